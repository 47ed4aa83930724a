// Package cvl adapts the Create and Vary a Licence public API (generated
// client) to ports.Licences.
package cvl

import (
	"context"
	"net/http"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/localtime"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/licences"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/cvl"
)

// Source names this upstream in errors and logs.
const Source = "CVL"

// Client implements ports.Licences.
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

// Summaries implements ports.Licences with GET /public/licence-summaries/crn/{crn}.
func (c *Client) Summaries(ctx context.Context, crn string) ([]licences.Summary, error) {
	resp, err := c.api.GetLicenceByCrnWithResponse(ctx, crn)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]licences.Summary, 0, len(*resp.JSON200))
	for _, s := range *resp.JSON200 {
		out = append(out, licences.Summary{ID: s.Id, PrisonNumber: s.PrisonNumber, Created: s.CreatedDateTime.Time})
	}
	return out, nil
}

// Licence implements ports.Licences with GET /public/licences/id/{licenceId}.
func (c *Client) Licence(ctx context.Context, id int64) (licences.Licence, error) {
	resp, err := c.api.GetLicenceByIdWithResponse(ctx, id)
	if err != nil {
		return licences.Licence{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return licences.Licence{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	l := resp.JSON200
	created := l.CreatedDateTime.Time
	ap, pss := l.Conditions.AP, l.Conditions.PSS
	out := licences.Licence{
		StatusCode: string(l.StatusCode), LicenceType: string(l.LicenceType),
		Created: &created, Approved: instant(l.ApprovedDateTime), Updated: instant(l.UpdatedDateTime),
		Conditions: licences.Conditions{
			APStandard: standard(ap.Standard), APAdditional: additional(ap.Additional),
			PSSAdditional: additional(pss.Additional), PSSStandard: standard(pss.Standard),
		},
	}
	for _, b := range ap.Bespoke {
		out.Conditions.APBespoke = append(out.Conditions.APBespoke, b.Text)
	}
	return out, nil
}

func standard(in []api.StandardCondition) []licences.Coded {
	out := make([]licences.Coded, 0, len(in))
	for _, s := range in {
		out = append(out, licences.Coded{Code: s.Code, Text: s.Text})
	}
	return out
}

func additional(in []api.AdditionalCondition) []licences.Additional {
	out := make([]licences.Additional, 0, len(in))
	for _, a := range in {
		out = append(out, licences.Additional{Code: a.Code, Category: a.Category, Text: a.Text})
	}
	return out
}

func instant(d *localtime.DateTime) *time.Time {
	if d == nil {
		return nil
	}
	t := d.Time
	return &t
}
