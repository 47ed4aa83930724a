package booking

import (
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// EventPorts are the ports the generic event use cases (POST and GET
// /api/events) share. Events whose eventable has a state go through that
// domain's own use case, the same code path as its dedicated endpoints.
type EventPorts struct {
	Events        ports.Events
	Locations     ports.Locations
	People        ports.People
	EscortRecords ports.EscortRecords
	Moves         MovePorts
	MoveEvents    *RecordMoveEvent
	Journeys      JourneyPorts
	JourneyEvents *RecordJourneyEvent
	IDs           ports.IDGenerator
}
