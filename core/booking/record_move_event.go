package booking

import (
	"context"
	"math/rand/v2"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
)

// RecordMoveEvent answers the move event endpoints (approve, accept, start,
// complete, cancel, reject, redirects, lockouts).
type RecordMoveEvent struct{ p MovePorts }

// NewRecordMoveEvent builds the use case.
func NewRecordMoveEvent(p MovePorts) *RecordMoveEvent { return &RecordMoveEvent{p: p} }

// Record stores e against the move and derives its status again, all under
// the move's lock, so concurrent events are applied one after the other. Who
// may see the move is checked under the lock too, on the move as locked: one
// read of the move instead of two.
func (u *RecordMoveEvent) Record(ctx context.Context, moveID string, e moves.Event) error {
	// The event's own locations do not depend on the move, so they are looked
	// up before the lock; an unknown one is reported after the move's 404, as
	// a caller who may not see the move must not learn about its locations.
	to, relErr := u.eventLocations(ctx, e)
	// POST /api/events hands over an event already stamped with its id and
	// the client's recorded_at; the dedicated endpoints leave them to us.
	if e.ID == "" {
		e.ID = u.p.IDs.NewID()
	}
	if e.RecordedAt.IsZero() {
		e.RecordedAt = u.p.Clock.Now()
	}
	e.SupplierID, e.CreatedBy = actor(ctx)
	var c moves.Context
	m, err := u.p.Moves.Update(ctx, moveID, func(ctx context.Context, m *moves.Move) error {
		var err error
		if c, err = u.p.visibleContext(ctx, m.Snapshot()); err != nil {
			return err
		}
		if relErr != nil {
			return relErr
		}
		if to != nil {
			c.To = to
		}
		return m.Record(e, c)
	})
	if err != nil || e.Type != moves.MoveReject || !m.RebookRequested() {
		return err
	}
	return u.rebook(ctx, m, c)
}

// eventLocations checks the locations e names and returns its to_location.
func (u *RecordMoveEvent) eventLocations(ctx context.Context, e moves.Event) (*reference.Location, error) {
	var to *reference.Location
	for _, rel := range []string{"to_location", "from_location"} {
		id := e.Relationships[rel]
		if id == "" {
			continue
		}
		loc, err := u.p.Locations.Get(ctx, id)
		if apperr.Is(err, apperr.NotFound) {
			return nil, &apperr.Error{Kind: apperr.Unprocessable, Title: "Invalid " + rel + "_id", Message: "Validation failed: " + humanName(rel) + " was not found"}
		}
		if err != nil {
			return nil, err
		}
		if rel == "to_location" {
			to = &loc
		}
	}
	return to, nil
}

// rebook creates the proposed move that follows a rejection with rebook, once:
// a repeated reject of the same move finds the rebooking already there. A
// rebooking the rules refuse (a move without a profile cannot be proposed) is
// skipped: the rejection itself stands.
func (u *RecordMoveEvent) rebook(ctx context.Context, m *moves.Move, c moves.Context) error {
	existing, err := u.p.Moves.RebookOf(ctx, m.ID())
	if err != nil || existing != "" {
		return err
	}
	if id := m.Snapshot().ProfileID; id != "" {
		withProfile, err := u.p.context(ctx, "", "", id)
		if err != nil {
			return err
		}
		c.Profile = withProfile.Profile
	}
	ref, err := moves.UniqueReference(ctx, rand.IntN, u.p.Moves.ReferenceTaken)
	if err != nil {
		return err
	}
	next, err := m.Rebook(u.p.IDs.NewID(), u.p.IDs.NewID(), ref, c, u.p.Clock.Now())
	if apperr.Is(err, apperr.Unprocessable) {
		return nil
	}
	if err != nil {
		return err
	}
	return u.p.Moves.Create(ctx, next)
}

func humanName(rel string) string {
	if rel == "to_location" {
		return "To location"
	}
	return "From location"
}
