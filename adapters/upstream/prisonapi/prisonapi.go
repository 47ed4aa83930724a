// Package prisonapi adapts the NOMIS Prison API (generated client) to the
// prison ports: alerts, visit restrictions and visit balances.
package prisonapi

import (
	"context"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/prisonapi"
)

// Source names this upstream in errors and logs (seed-era name).
const Source = "NOMIS"

// Client implements ports.PrisonAlerts and ports.PrisonVisits.
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

// Alerts implements ports.PrisonAlerts with the alerts of every booking (v2).
func (c *Client) Alerts(ctx context.Context, nomsNumber string) ([]prison.Alert, error) {
	//nolint:staticcheck // the seed-era alerts call the fact sheet specifies; today's alerts-api is not used here.
	resp, err := c.api.GetAlertsForAllBookingByOffenderNoWithResponse(ctx, nomsNumber, nil)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]prison.Alert, 0, len(*resp.JSON200))
	for _, a := range *resp.JSON200 {
		out = append(out, toAlert(a))
	}
	return out, nil
}

func toAlert(a api.Alert) prison.Alert {
	return prison.Alert{
		OffenderNo:      optional.String(a.OffenderNo),
		Type:            optional.String(a.AlertType),
		TypeDescription: optional.String(a.AlertTypeDescription),
		Code:            optional.String(a.AlertCode),
		CodeDescription: optional.String(a.AlertCodeDescription),
		Comment:         optional.String(a.Comment),
		DateCreated:     optional.Date(a.DateCreated),
		DateExpired:     optional.Date(a.DateExpires),
		Expired:         a.Expired != nil && *a.Expired,
		Active:          a.Active != nil && *a.Active,
	}
}

// VisitRestrictions implements ports.PrisonVisits: the restrictions NOMIS
// holds on the latest booking (by default only those in force today).
func (c *Client) VisitRestrictions(ctx context.Context, nomsNumber string) ([]prison.VisitRestriction, error) {
	resp, err := c.api.GetVisitRestrictionsWithResponse(ctx, nomsNumber, nil)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := []prison.VisitRestriction{}
	if resp.JSON200.OffenderRestrictions == nil {
		return out, nil
	}
	for _, r := range *resp.JSON200.OffenderRestrictions {
		out = append(out, prison.VisitRestriction{
			RestrictionID:              r.RestrictionId,
			Comment:                    optional.String(r.Comment),
			RestrictionType:            r.RestrictionType,
			RestrictionTypeDescription: r.RestrictionTypeDescription,
			StartDate:                  r.StartDate.Time,
			ExpiryDate:                 optional.Date(r.ExpiryDate),
			Active:                     r.Active,
		})
	}
	return out, nil
}

// VisitBalances implements ports.PrisonVisits. A balance NOMIS leaves null
// decodes as 0, which is what "none left" means to callers.
func (c *Client) VisitBalances(ctx context.Context, nomsNumber string) (prison.VisitBalances, error) {
	resp, err := c.api.GetBookingVisitBalancesWithResponse(ctx, nomsNumber, nil)
	if err != nil {
		return prison.VisitBalances{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return prison.VisitBalances{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	return prison.VisitBalances{
		RemainingVisitOrders:          int(resp.JSON200.RemainingVo),
		RemainingPrivilegeVisitOrders: int(resp.JSON200.RemainingPvo),
	}, nil
}
