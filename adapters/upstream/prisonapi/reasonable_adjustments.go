package prisonapi

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/prisonapi"
)

// healthTreatmentDomain lists the treatment codes reasonable adjustments are
// recorded under.
const healthTreatmentDomain = "HEALTH_TREAT"

// ReasonableAdjustments implements ports.ReasonableAdjustments. prison-api
// only returns the treatment types it is asked for, so, as the original does,
// it first reads every HEALTH_TREAT code
// (GET /api/reference-domains/domains/HEALTH_TREAT/codes) and asks for all of
// them (GET /api/bookings/{bookingId}/reasonable-adjustments?type=...).
func (c *Client) ReasonableAdjustments(ctx context.Context, bookingID int64) ([]person.ReasonableAdjustment, error) {
	codes, err := c.api.GetReferenceCodesByDomain1WithResponse(ctx, healthTreatmentDomain)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if codes.JSON200 == nil {
		return nil, transport.Unexpected(Source, codes.HTTPResponse)
	}
	types := make([]string, 0, len(*codes.JSON200))
	for _, code := range *codes.JSON200 {
		types = append(types, code.Code)
	}
	resp, err := c.api.GetReasonableAdjustmentsWithResponse(ctx, bookingID, &api.GetReasonableAdjustmentsParams{Type: types})
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := []person.ReasonableAdjustment{}
	if resp.JSON200.ReasonableAdjustments == nil {
		return out, nil
	}
	for _, a := range *resp.JSON200.ReasonableAdjustments {
		out = append(out, person.ReasonableAdjustment{
			TreatmentCode: optional.String(a.TreatmentCode), TreatmentDescription: optional.String(a.TreatmentDescription),
			CommentText: optional.String(a.CommentText), StartDate: optional.Date(a.StartDate), EndDate: optional.Date(a.EndDate),
		})
	}
	return out, nil
}
