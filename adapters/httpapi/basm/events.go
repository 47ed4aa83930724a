package basm

import (
	"github.com/google/uuid"

	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/core/events"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// EventUseCases are the generic event use cases the handlers call.
type EventUseCases struct {
	Create *booking.CreateEvent
	Get    *booking.GetEvent
}

// toEvent renders a stored event: relationship ids under relationships (the
// original keeps them in details as <name>_id but shows them here), details
// as stored.
func toEvent(e events.Event) api.Event {
	out := api.Event{Id: uuid.MustParse(e.ID), Type: "events"}
	out.Attributes.EventType = api.EventType(e.Type)
	out.Attributes.OccurredAt = jsonTime(e.OccurredAt)
	out.Attributes.RecordedAt = jsonTime(e.RecordedAt)
	if e.Notes != "" {
		out.Attributes.Notes = &e.Notes
	}
	out.Attributes.Details = e.Details
	if out.Attributes.Details == nil {
		out.Attributes.Details = map[string]any{}
	}
	out.Relationships.Eventable.Data = api.EventableIdentifier{Id: uuid.MustParse(e.EventableID), Type: api.EventableType(e.EventableType)}
	rel := func(name, kind string) *api.ToOneRelationship {
		id := e.Relationships[name]
		if id == "" {
			return nil
		}
		r := toOne(id, kind)
		return &r
	}
	out.Relationships.Location = rel(events.Location, "locations")
	out.Relationships.CourtLocation = rel(events.CourtLocation, "locations")
	out.Relationships.FromLocation = rel(events.FromLocation, "locations")
	out.Relationships.ToLocation = rel(events.ToLocation, "locations")
	out.Relationships.PreviousMove = rel(events.PreviousMove, "moves")
	return out
}
