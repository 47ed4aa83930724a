package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/events"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// CreateEvent implements POST /api/events: the request's text goes to the core
// unparsed, so timestamps, event types and eventable types get the original's
// 422s rather than a 400 from decoding.
func (s *Server) CreateEvent(ctx context.Context, req api.CreateEventRequestObject) (api.CreateEventResponseObject, error) {
	d := req.Body.Data
	in := events.Input{
		EventType:     d.Attributes.EventType,
		OccurredAt:    d.Attributes.OccurredAt,
		RecordedAt:    d.Attributes.RecordedAt,
		Notes:         notes(d.Attributes.Notes),
		EventableType: d.Relationships.Eventable.Data.Type,
		EventableID:   d.Relationships.Eventable.Data.Id.String(),
		Relationships: map[string]string{},
	}
	if d.Attributes.Details != nil {
		in.Details = *d.Attributes.Details
	}
	for name, rel := range map[string]*api.LocationRelationship{
		events.Location: d.Relationships.Location, events.CourtLocation: d.Relationships.CourtLocation,
		events.FromLocation: d.Relationships.FromLocation, events.ToLocation: d.Relationships.ToLocation,
	} {
		if rel != nil {
			in.Relationships[name] = rel.Data.Id.String()
		}
	}
	if id := relatedID(d.Relationships.PreviousMove); id != "" {
		in.Relationships[events.PreviousMove] = id
	}
	e, err := s.uc.Events.Create.Create(ctx, in)
	if err != nil {
		return nil, err
	}
	return api.CreateEvent201ApplicationVndAPIPlusJSONResponse{Data: toEvent(e)}, nil
}
