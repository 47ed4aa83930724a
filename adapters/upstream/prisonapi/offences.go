package prisonapi

import (
	"context"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/offending"
)

// OffenceHistory implements ports.OffenceHistory with
// GET /api/bookings/offenderNo/{offenderNo}/offenceHistory (all offences, not
// only those with a conviction, as the original asks).
func (c *Client) OffenceHistory(ctx context.Context, nomsNumber string) ([]offending.Offence, error) {
	resp, err := c.api.GetOffenceHistoryWithResponse(ctx, nomsNumber, nil)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]offending.Offence, 0, len(*resp.JSON200))
	for _, o := range *resp.JSON200 {
		out = append(out, offending.Offence{
			Source:      offending.NOMIS,
			CJSCode:     optional.String(o.OffenceCode),
			StatuteCode: optional.String(o.StatuteCode),
			Description: optional.String(o.OffenceDescription),
			CourtDates:  []*time.Time{optional.Date(o.CourtDate)},
			StartDate:   optional.Date(o.OffenceDate),
			EndDate:     optional.Date(o.OffenceRangeDate),
		})
	}
	return out, nil
}
