// Package epf adapts the Effective Proposal Framework and Delius API
// (generated client) to ports.EffectiveProposals.
package epf

import (
	"context"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

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
		NomsID: optional.String(b.NomsId), DateOfBirth: optional.Date(b.DateOfBirth), Gender: optional.String(b.Gender),
		OGRSScore: b.OgrsScore, RSRScore: b.RsrScore, Age: b.Age, AgeAtRelease: b.AgeAtRelease,
	}
	if n := b.Name; n != nil {
		out.Forename, out.MiddleName, out.Surname = optional.String(n.Forename), optional.String(n.MiddleName), optional.String(n.Surname)
	}
	if a := b.CourtAppearance; a != nil {
		out.CourtAppearanceDate = optional.Date(a.Date)
		if a.Court != nil {
			out.CourtName = optional.String(a.Court.Name)
		}
	}
	if s := b.Sentence; s != nil {
		out.ExpectedReleaseDate = optional.Date(s.ExpectedReleaseDate)
	}
	if p := b.ResponsibleProvider; p != nil {
		out.ResponsibleProviderCode, out.ResponsibleProviderName = optional.String(p.Code), optional.String(p.Name)
	}
	return out, nil
}
