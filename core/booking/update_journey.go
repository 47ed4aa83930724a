package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
)

// UpdateJourney answers PATCH /api/moves/{moveId}/journeys/{id}.
type UpdateJourney struct{ p JourneyPorts }

// NewUpdateJourney builds the use case.
func NewUpdateJourney(p JourneyPorts) *UpdateJourney { return &UpdateJourney{p: p} }

// Update applies ch to a journey the caller drives, under the journey's lock.
func (u *UpdateJourney) Update(ctx context.Context, moveID, id string, ch journeys.Change) (*journeys.Journey, error) {
	if _, err := u.p.load(ctx, moveID, id); err != nil {
		return nil, err
	}
	supplierID, createdBy := actor(ctx)
	now := u.p.Clock.Now()
	eventID := u.p.IDs.NewID()
	return u.p.Journeys.Update(ctx, moveID, id, func(j *journeys.Journey) error {
		j.Update(ch, eventID, now, supplierID, createdBy)
		return nil
	})
}
