package main

import (
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/basm"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/core/idempotency"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// moveUseCases wires the moves, their events and the Idempotency-Key guard.
func moveUseCases(db *store.DB, locations ports.Locations, reference ports.ReferenceData, policy idempotency.Policy, clock ports.Clock, ids ports.IDGenerator) basm.MoveUseCases {
	p := booking.MovePorts{
		Moves:     store.NewMoves(db),
		Profiles:  store.NewMoveProfiles(db),
		Locations: store.NewCachedLocations(locations, time.Minute),
		Clock:     clock,
		IDs:       ids,
	}
	return basm.MoveUseCases{
		Create:      booking.NewCreateMove(p),
		Get:         booking.NewGetMove(p),
		Update:      booking.NewUpdateMove(p),
		List:        booking.NewListMoves(p),
		Record:      booking.NewRecordMoveEvent(p),
		Relations:   booking.NewLoadMoveRelations(locations, reference, store.NewMoveRelations(db)),
		Idempotency: booking.NewGuardIdempotency(store.NewIdempotencyKeys(db), policy, clock),
	}
}
