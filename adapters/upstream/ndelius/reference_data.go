package ndelius

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/refdata"
)

// ProbationReferenceData implements ports.ProbationReferenceData with
// GET /reference-data.
func (c *Client) ProbationReferenceData(ctx context.Context) (map[string][]refdata.Code, error) {
	resp, err := c.api.RefDataWithResponse(ctx)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := map[string][]refdata.Code{}
	if resp.JSON200.ProbationReferenceData == nil {
		return out, nil
	}
	for domain, codes := range *resp.JSON200.ProbationReferenceData {
		list := make([]refdata.Code, 0, len(codes))
		for _, c := range codes {
			list = append(list, refdata.Code{Code: optional.String(c.Code), Description: optional.String(c.Description)})
		}
		out[domain] = list
	}
	return out, nil
}
