package prisonapi

import (
	"context"
	"math"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/refdata"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/prisonapi"
)

// ReferenceDomain implements ports.PrisonReferenceCodes with
// GET /api/reference-domains/domains/{domain}. prison-api pages this list by
// headers; a Page-Limit of the largest int asks for all of it at once, as the
// original does.
func (c *Client) ReferenceDomain(ctx context.Context, domain string) ([]refdata.Code, error) {
	limit := int64(math.MaxInt32)
	resp, err := c.api.GetReferenceCodesByDomainWithResponse(ctx, domain, &api.GetReferenceCodesByDomainParams{PageLimit: &limit},
		func(_ context.Context, req *http.Request) error {
			req.Header.Set("version", "1.0")
			return nil
		})
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]refdata.Code, 0, len(*resp.JSON200))
	for _, rc := range *resp.JSON200 {
		out = append(out, refdata.Code{Code: rc.Code, Description: rc.Description})
	}
	return out, nil
}
