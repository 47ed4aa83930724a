package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// JourneyPorts are the ports every journey use case shares.
type JourneyPorts struct {
	Journeys  ports.Journeys
	Moves     ports.Moves
	Locations ports.Locations
	Reference ports.ReferenceData
	Clock     ports.Clock
	IDs       ports.IDGenerator
}

// callerSupplier is the supplier the caller is limited to, or "" for full access.
func callerSupplier(ctx context.Context) string {
	caller, ok := CallerFrom(ctx)
	if !ok {
		return ""
	}
	id, _ := caller.SupplierID()
	return id
}

// load returns a journey of the move the caller may see: a supplier sees only
// the journeys it drives (§8); another supplier's journey is the same 404 as
// one that does not exist.
func (p JourneyPorts) load(ctx context.Context, moveID, id string) (*journeys.Journey, error) {
	j, err := p.Journeys.Get(ctx, moveID, id)
	if err != nil {
		return nil, err
	}
	if !j.VisibleTo(callerSupplier(ctx)) {
		return nil, notFoundJourney(id)
	}
	return j, nil
}

// move returns the move whose journeys are asked for, if the caller may see
// it: a supplier can neither list nor add journeys on a move hidden from it,
// which would reveal that the move exists (and its date).
func (p JourneyPorts) move(ctx context.Context, id string) (*moves.Move, error) {
	m, err := p.Moves.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	_, err = MovePorts{Moves: p.Moves, Locations: p.Locations}.visibleContext(ctx, m.Snapshot())
	return m, err
}

func notFoundJourney(id string) error {
	return apperr.New(apperr.NotFound, "Couldn't find Journey with 'id'=%s", id)
}

// location checks that a journey's location exists: an unknown one is a 422 on
// the relationship, not a 404, as the original validates the journey model.
func (p JourneyPorts) location(ctx context.Context, field, id string) error {
	if _, err := p.Locations.Get(ctx, id); err != nil {
		if apperr.Is(err, apperr.NotFound) {
			return apperr.Validation(apperr.FieldError{Field: field, Code: "blank", Message: "must exist"})
		}
		return err
	}
	return nil
}
