package main

import (
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/basm"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// journeyUseCases wires the journeys of moves and their events.
func journeyUseCases(db *store.DB, locations ports.Locations, reference ports.ReferenceData, clock ports.Clock, ids ports.IDGenerator) basm.JourneyUseCases {
	p := booking.JourneyPorts{
		Journeys:  store.NewJourneys(db),
		Moves:     store.NewMoves(db),
		Locations: store.NewCachedLocations(locations, time.Minute),
		Reference: reference,
		Clock:     clock,
		IDs:       ids,
	}
	return basm.JourneyUseCases{
		Create: booking.NewCreateJourney(p),
		Get:    booking.NewGetJourney(p),
		Update: booking.NewUpdateJourney(p),
		List:   booking.NewListJourneys(p),
		Record: booking.NewRecordJourneyEvent(p),
	}
}

// courtHearingUseCase wires POST /api/court_hearings: it sees moves as the
// move use cases do, to refuse a hearing on a move the caller cannot see.
func courtHearingUseCase(db *store.DB, locations ports.Locations, clock ports.Clock, ids ports.IDGenerator) *booking.CreateCourtHearing {
	p := booking.MovePorts{
		Moves:     store.NewMoves(db),
		Profiles:  store.NewMoveProfiles(db),
		Locations: store.NewCachedLocations(locations, time.Minute),
		Clock:     clock,
		IDs:       ids,
	}
	return booking.NewCreateCourtHearing(p, store.NewCourtHearings(db))
}

// escortRecordUseCases wires the person escort records.
func escortRecordUseCases(db *store.DB, clock ports.Clock, ids ports.IDGenerator) basm.EscortRecordUseCases {
	p := booking.EscortRecordPorts{Records: store.NewEscortRecords(db), Moves: store.NewMoves(db), Clock: clock, IDs: ids}
	return basm.EscortRecordUseCases{
		Create: booking.NewCreatePersonEscortRecord(p),
		Get:    booking.NewGetPersonEscortRecord(p),
		Update: booking.NewUpdatePersonEscortRecord(p),
	}
}
