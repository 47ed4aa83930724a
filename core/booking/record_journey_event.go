package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
)

// RecordJourneyEvent answers the journey event endpoints (start, reject,
// complete, uncomplete, cancel, uncancel, lockouts, lodgings).
type RecordJourneyEvent struct{ p JourneyPorts }

// NewRecordJourneyEvent builds the use case.
func NewRecordJourneyEvent(p JourneyPorts) *RecordJourneyEvent { return &RecordJourneyEvent{p: p} }

// Record stores e against a journey the caller drives and derives its state
// again, under the journey's lock. A transition the state does not allow is
// stored and changes nothing (§6.3): the answer is still 204.
func (u *RecordJourneyEvent) Record(ctx context.Context, moveID, id string, e journeys.Event) error {
	if _, err := u.p.load(ctx, moveID, id); err != nil {
		return err
	}
	for _, rel := range []string{"from_location", "to_location"} {
		if loc := e.Relationships[rel]; loc != "" {
			if _, err := u.p.Locations.Get(ctx, loc); err != nil {
				if apperr.Is(err, apperr.NotFound) {
					return &apperr.Error{Kind: apperr.Unprocessable, Title: "Invalid " + rel + "_id", Message: "Validation failed: " + humanName(rel) + " was not found"}
				}
				return err
			}
		}
	}
	// POST /api/events hands over an event already stamped with its id and
	// the client's recorded_at; the dedicated endpoints leave them to us.
	if e.ID == "" {
		e.ID = u.p.IDs.NewID()
	}
	if e.RecordedAt.IsZero() {
		e.RecordedAt = u.p.Clock.Now()
	}
	e.SupplierID, e.CreatedBy = actor(ctx)
	_, err := u.p.Journeys.Update(ctx, moveID, id, func(j *journeys.Journey) error { return j.Record(e) })
	return err
}
