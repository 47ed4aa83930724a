// Package pom adapts the Manage POM Cases API (generated client) to
// ports.PrisonOffenderManagers.
package pom

import (
	"context"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/pom"
)

// Source names this upstream in errors and logs (seed-era name).
const Source = "MANAGE_POM_CASE"

// Client implements ports.PrisonOffenderManagers.
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

// PrimaryPOM implements ports.PrisonOffenderManagers. An unallocated
// prisoner is a 404 upstream and so NotFound here.
func (c *Client) PrimaryPOM(ctx context.Context, nomsNumber string) (probation.PrisonOffenderManager, error) {
	resp, err := c.api.GetApiAllocationNomsNumberPrimaryPomWithResponse(ctx, nomsNumber)
	if err != nil {
		return probation.PrisonOffenderManager{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return probation.PrisonOffenderManager{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	m, p := resp.JSON200.Manager, resp.JSON200.Prison
	return probation.PrisonOffenderManager{Forename: optional.String(m.Forename), Surname: optional.String(m.Surname), PrisonCode: optional.String(p.Code)}, nil
}
