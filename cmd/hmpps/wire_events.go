package main

import (
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/basm"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// eventUseCases wires POST and GET /api/events. Move and journey events go
// through the same use cases as their dedicated endpoints, built on the same
// ports, so both paths drive one state machine.
func eventUseCases(db *store.DB, locations ports.Locations, reference ports.ReferenceData, people ports.People, clock ports.Clock, ids ports.IDGenerator) basm.EventUseCases {
	cached := store.NewCachedLocations(locations, time.Minute)
	movePorts := booking.MovePorts{
		Moves: store.NewMoves(db), Profiles: store.NewMoveProfiles(db), Locations: cached, Clock: clock, IDs: ids,
	}
	journeyPorts := booking.JourneyPorts{
		Journeys: store.NewJourneys(db), Moves: store.NewMoves(db), Locations: cached, Reference: reference, Clock: clock, IDs: ids,
	}
	p := booking.EventPorts{
		Events:        store.NewEvents(db),
		Locations:     cached,
		People:        people,
		EscortRecords: store.NewEscortRecords(db),
		Moves:         movePorts,
		MoveEvents:    booking.NewRecordMoveEvent(movePorts),
		Journeys:      journeyPorts,
		JourneyEvents: booking.NewRecordJourneyEvent(journeyPorts),
		IDs:           ids,
	}
	return basm.EventUseCases{Create: booking.NewCreateEvent(p), Get: booking.NewGetEvent(p)}
}
