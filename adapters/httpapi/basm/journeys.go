package basm

import (
	"context"
	"strings"

	"github.com/google/uuid"
	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// JourneyUseCases are the journey use cases the handlers call.
type JourneyUseCases struct {
	Create *booking.CreateJourney
	Get    *booking.GetJourney
	Update *booking.UpdateJourney
	List   *booking.ListJourneys
	Record *booking.RecordJourneyEvent
}

// The include paths of §3 for journeys; every prefix of one is allowed too.
var (
	journeysIncludes = []string{"from_location", "to_location"}
	journeyIncludes  = []string{"from_location.suppliers", "to_location.suppliers"}
)

func toJourney(j *journeys.Journey) api.Journey {
	s := j.Snapshot()
	out := api.Journey{Id: uuid.MustParse(s.ID), Type: "journeys"}
	out.Attributes.State = api.JourneyState(s.State)
	out.Attributes.Billable = s.Billable
	out.Attributes.Date = date(s.Date)
	out.Attributes.Number = s.Number
	out.Attributes.Timestamp = jsonTime(s.Timestamp)
	out.Attributes.Vehicle = &api.Vehicle{Registration: optional(s.Vehicle.Registration), Depot: optional(s.Vehicle.Depot)}
	out.Relationships.FromLocation = toOne(s.FromLocationID, "locations")
	out.Relationships.ToLocation = toOne(s.ToLocationID, "locations")
	return out
}

// journeyIncluded side-loads the locations (and their suppliers) include asks
// for, each once.
func (s *Server) journeyIncluded(ctx context.Context, include map[string]bool, list ...*journeys.Journey) (*[]api.IncludedResource, error) {
	if len(include) == 0 {
		return nil, nil
	}
	out := []api.IncludedResource{}
	seen := map[string]bool{}
	var withSuppliers []reference.Location
	for _, j := range list {
		snap := j.Snapshot()
		for _, l := range []struct{ path, id string }{{"from_location", snap.FromLocationID}, {"to_location", snap.ToLocationID}} {
			if !include[l.path] && !include[l.path+".suppliers"] {
				continue
			}
			loc, err := s.uc.Locations.Get(ctx, l.id)
			if err != nil {
				return nil, err
			}
			if include[l.path+".suppliers"] {
				withSuppliers = append(withSuppliers, loc)
			}
			if seen[l.id] {
				continue
			}
			seen[l.id] = true
			doc := toLocation(loc)
			out = append(out, api.IncludedResource{"id": doc.Id, "type": doc.Type, "attributes": doc.Attributes, "relationships": doc.Relationships})
		}
	}
	if len(withSuppliers) > 0 {
		suppliers, err := s.locationIncluded(ctx, map[string]bool{"suppliers": true}, withSuppliers...)
		if err != nil {
			return nil, err
		}
		out = append(out, *suppliers...)
	}
	return &out, nil
}

// recordJourneyEvent is the shared body of the eight journey event endpoints:
// the request's timestamp becomes the event's occurred_at; the answer is 204.
func (s *Server) recordJourneyEvent(ctx context.Context, moveID, id openapi_types.UUID, t journeys.EventType, a api.JourneyEventAttributes, rels map[string]string) error {
	e := journeys.Event{Type: t, OccurredAt: a.Timestamp, Notes: notes(a.Notes), Details: map[string]any{}, Relationships: rels}
	return s.uc.Journeys.Record.Record(ctx, moveID.String(), id.String(), e)
}

// journeyVehicle reads the optional vehicle object.
func journeyVehicle(v *api.Vehicle) *journeys.Vehicle {
	if v == nil {
		return nil
	}
	return &journeys.Vehicle{Registration: strings.TrimSpace(value(v.Registration)), Depot: value(v.Depot)}
}
