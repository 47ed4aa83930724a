package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
)

// GetJourney answers GET /api/moves/{moveId}/journeys/{id}.
type GetJourney struct{ p JourneyPorts }

// NewGetJourney builds the use case.
func NewGetJourney(p JourneyPorts) *GetJourney { return &GetJourney{p: p} }

// Get returns a journey the caller drives (or any, for full access).
func (u *GetJourney) Get(ctx context.Context, moveID, id string) (*journeys.Journey, error) {
	return u.p.load(ctx, moveID, id)
}
