package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/events"
	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
)

// CreateEvent answers POST /api/events (§6).
type CreateEvent struct{ p EventPorts }

// NewCreateEvent builds the use case.
func NewCreateEvent(p EventPorts) *CreateEvent { return &CreateEvent{p: p} }

// Create checks in against the event table (422s), finds its eventable and
// the locations it names (404s), then records it: move and journey events
// through their domain, which replays the eventable's events; the rest stored
// as they are. It returns the event as stored.
func (u *CreateEvent) Create(ctx context.Context, in events.Input) (events.Event, error) {
	caller, _ := CallerFrom(ctx)
	_, bySupplier := caller.SupplierID()
	e, err := events.Check(in, bySupplier)
	if err != nil {
		return events.Event{}, err
	}
	moveID, err := u.eventable(ctx, e)
	if err != nil {
		return events.Event{}, err
	}
	if err := u.related(ctx, e); err != nil {
		return events.Event{}, err
	}
	e.ID = u.p.IDs.NewID()
	e.SupplierID, e.CreatedBy = actor(ctx)
	switch e.Declaration().Domain {
	case events.DomainMove:
		err = u.p.MoveEvents.Record(ctx, e.EventableID, moves.Event{
			ID: e.ID, Type: moves.EventType(e.Type), OccurredAt: e.OccurredAt, RecordedAt: e.RecordedAt,
			Notes: e.Notes, Details: e.Details, Relationships: e.Relationships,
		})
	case events.DomainJourney:
		err = u.p.JourneyEvents.Record(ctx, moveID, e.EventableID, journeys.Event{
			ID: e.ID, Type: journeys.EventType(e.Type), OccurredAt: e.OccurredAt, RecordedAt: e.RecordedAt,
			Notes: e.Notes, Details: e.Details, Relationships: e.Relationships,
		})
	default:
		err = u.p.Events.Append(ctx, e)
	}
	if err != nil {
		return events.Event{}, err
	}
	// Read back what the domain stored rather than echo the request: the
	// domain may have filtered details further.
	return u.p.Events.Get(ctx, e.ID)
}

// eventable finds the event's eventable as the caller may see it (a supplier
// sees only its moves and journeys, §8); unknown is 404. For a journey it
// returns the journey's move, through which the journey ports address it.
func (u *CreateEvent) eventable(ctx context.Context, e events.Event) (moveID string, err error) {
	switch e.EventableType {
	case events.Moves:
		_, _, err = u.p.Moves.load(ctx, e.EventableID)
	case events.People:
		_, err = u.p.People.Get(ctx, e.EventableID)
	case events.PersonEscortRecords:
		_, err = u.p.EscortRecords.Get(ctx, e.EventableID)
	case events.Journeys:
		if moveID, err = u.p.Events.JourneyMove(ctx, e.EventableID); err == nil {
			_, err = u.p.Journeys.load(ctx, moveID, e.EventableID)
		}
	}
	return moveID, err
}

// related looks up every relationship the type names: a location required
// but missing, or unknown, is a 404, as the original finds it by id (§6).
func (u *CreateEvent) related(ctx context.Context, e events.Event) error {
	d := e.Declaration()
	for _, name := range d.Requires {
		if e.Relationships[name] == "" {
			return apperr.New(apperr.NotFound, "Couldn't find Location without an ID")
		}
	}
	for name, id := range e.Relationships {
		var err error
		if name == events.PreviousMove {
			_, err = u.p.Moves.Moves.Get(ctx, id)
		} else {
			_, err = u.p.Locations.Get(ctx, id)
		}
		if err != nil {
			return err
		}
	}
	if ref, ok := e.Details["previous_move_reference"].(string); ok {
		taken, err := u.p.Moves.Moves.ReferenceTaken(ctx, ref)
		if err != nil {
			return err
		}
		if !taken {
			return apperr.New(apperr.NotFound, "Couldn't find Move with 'reference'=%s", ref)
		}
	}
	return nil
}
