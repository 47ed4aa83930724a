// Package alerts adapts the Prisoner Alerts API (generated client) to ports.PrisonerAlerts.
package alerts

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/google/uuid"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/detailurl"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/localtime"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/casenotes"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/alertsapi"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// Source names this upstream in errors and logs.
const Source = "PRISONER_ALERTS"

var _ ports.PrisonerAlerts = (*Client)(nil)

// Client implements ports.PrisonerAlerts.
type Client struct {
	api     *api.ClientWithResponses // at the configured base URL
	http    *http.Client
	allowed detailurl.AllowList
}

// New builds a client for the API at baseURL, fetching detail URLs only on allowed origins.
func New(baseURL string, httpClient *http.Client, allowed detailurl.AllowList) (*Client, error) {
	c, err := api.NewClientWithResponses(baseURL, api.WithHTTPClient(httpClient))
	if err != nil {
		return nil, err
	}
	return &Client{api: c, http: httpClient, allowed: allowed}, nil
}

// Alert implements ports.PrisonerAlerts: GET {server}/alerts/{uuid} where the detail
// URL names the server, once its origin is allowed.
func (c *Client) Alert(ctx context.Context, detailURL string) (casenotes.Alert, error) {
	u, err := c.allowed.Check(detailURL)
	if err != nil {
		return casenotes.Alert{}, err
	}
	server, rest, err := detailurl.Server(u, "/alerts/")
	if err != nil {
		return casenotes.Alert{}, err
	}
	id, err := uuid.Parse(rest)
	if err != nil || strings.Contains(rest, "/") {
		return casenotes.Alert{}, apperr.New(apperr.Invalid, "detail URL %s is not /alerts/{uuid}", u.Redacted())
	}
	client, err := api.NewClientWithResponses(server, api.WithHTTPClient(c.http))
	if err != nil {
		return casenotes.Alert{}, err
	}
	resp, err := client.RetrieveAlertWithResponse(ctx, id)
	if err != nil {
		return casenotes.Alert{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return casenotes.Alert{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	return toAlert(*resp.JSON200), nil
}

// ActiveAlerts implements ports.PrisonerAlerts.
func (c *Client) ActiveAlerts(ctx context.Context, noms string) ([]casenotes.Alert, error) {
	active := true
	resp, err := c.api.RetrievePrisonerAlerts1WithResponse(ctx, noms, &api.RetrievePrisonerAlerts1Params{IsActive: &active})
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	var out []casenotes.Alert
	if resp.JSON200.Content != nil {
		for _, a := range *resp.JSON200.Content {
			out = append(out, toAlert(a))
		}
	}
	return out, nil
}

func toAlert(a api.Alert) casenotes.Alert {
	return casenotes.Alert{
		UUID: a.AlertUuid.String(), PrisonNumber: a.PrisonNumber,
		TypeCode: a.AlertCode.AlertTypeCode, TypeDescription: a.AlertCode.AlertTypeDescription,
		Code: a.AlertCode.Code, CodeDescription: a.AlertCode.Description,
		Description: optional.String(a.Description), ActiveFrom: a.ActiveFrom.Time, ActiveTo: optional.Date(a.ActiveTo), IsActive: a.IsActive,
		CreatedAt: a.CreatedAt.Time, CreatedByDisplayName: a.CreatedByDisplayName,
		LastModifiedAt: instant(a.LastModifiedAt), LastModifiedByDisplayName: optional.String(a.LastModifiedByDisplayName),
		ActiveToLastSetAt: instant(a.ActiveToLastSetAt), PrisonCodeWhenCreated: optional.String(a.PrisonCodeWhenCreated),
	}
}

func instant(d *localtime.DateTime) *time.Time {
	if d == nil {
		return nil
	}
	t := d.Time
	return &t
}
