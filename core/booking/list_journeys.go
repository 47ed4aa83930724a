package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
)

// ListJourneys answers GET /api/moves/{moveId}/journeys.
type ListJourneys struct{ p JourneyPorts }

// NewListJourneys builds the use case.
func NewListJourneys(p JourneyPorts) *ListJourneys { return &ListJourneys{p: p} }

// List returns a page of the move's journeys that the caller drives; an
// unknown move, or one the caller may not see, is a 404.
func (u *ListJourneys) List(ctx context.Context, moveID string, page paging.Request) (paging.Page[*journeys.Journey], error) {
	if _, err := u.p.move(ctx, moveID); err != nil {
		return paging.Page[*journeys.Journey]{}, err
	}
	return u.p.Journeys.List(ctx, moveID, callerSupplier(ctx), page)
}
