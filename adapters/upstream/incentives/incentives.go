// Package incentives adapts the HMPPS Incentives API (generated client) to
// ports.Incentives.
package incentives

import (
	"context"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/incentives"
)

// Source names this upstream in errors and logs.
const Source = "INCENTIVES"

// Client implements ports.Incentives.
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

// CurrentLevel implements ports.Incentives. The review history's top level
// carries the level in force now; iepDetails below it are past reviews.
func (c *Client) CurrentLevel(ctx context.Context, nomsNumber string) (prison.IncentiveLevel, error) {
	resp, err := c.api.GetPrisonerIncentiveReviewHistoryWithResponse(ctx, nomsNumber)
	if err != nil {
		return prison.IncentiveLevel{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return prison.IncentiveLevel{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	return prison.IncentiveLevel{Code: resp.JSON200.IepCode, Description: resp.JSON200.IepLevel}, nil
}
