// Package epf adapts the Effective Proposal Framework and Delius API
// (generated client) to ports.EffectiveProposals.
package epf

import (
	"context"
	"net/http"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/epf"
)

// Source names this upstream in errors and logs.
const Source = "EFFECTIVE_PROPOSAL_FRAMEWORK"

// Client implements ports.EffectiveProposals.
type Client struct {
	api *api.ClientWithResponses
}

// New builds a client for the API at baseURL.
func New(baseURL string, httpClient *http.Client) (*Client, error) {
	c, err := api.NewClientWithResponses(baseURL, api.WithHTTPClient(httpClient))
	if err != nil {
		return nil, err
	}
	return &Client{api: c}, nil
}

// CaseDetail implements ports.EffectiveProposals with
// GET /case-details/{crn}/{eventNumber}.
func (c *Client) CaseDetail(ctx context.Context, crn string, eventNumber int) (probation.CaseDetail, error) {
	resp, err := c.api.GetCaseDetailsWithResponse(ctx, crn, int32(eventNumber))
	if err != nil {
		return probation.CaseDetail{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return probation.CaseDetail{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	b := resp.JSON200
	out := probation.CaseDetail{
		NomsID: str(b.NomsId), DateOfBirth: date(b.DateOfBirth), Gender: str(b.Gender),
		OGRSScore: b.OgrsScore, RSRScore: b.RsrScore, Age: b.Age, AgeAtRelease: b.AgeAtRelease,
	}
	if n := b.Name; n != nil {
		out.Forename, out.MiddleName, out.Surname = str(n.Forename), str(n.MiddleName), str(n.Surname)
	}
	if a := b.CourtAppearance; a != nil {
		out.CourtAppearanceDate = date(a.Date)
		if a.Court != nil {
			out.CourtName = str(a.Court.Name)
		}
	}
	if s := b.Sentence; s != nil {
		out.ExpectedReleaseDate = date(s.ExpectedReleaseDate)
	}
	if p := b.ResponsibleProvider; p != nil {
		out.ResponsibleProviderCode, out.ResponsibleProviderName = str(p.Code), str(p.Name)
	}
	return out, nil
}

func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func date(d *openapi_types.Date) *time.Time {
	if d == nil {
		return nil
	}
	t := d.Time
	return &t
}
