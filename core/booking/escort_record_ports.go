package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/escortrecords"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// EscortRecordPorts are the ports every person escort record use case shares.
// Records are not scoped by supplier (§8): any caller sees any record.
type EscortRecordPorts struct {
	Records ports.EscortRecords
	Moves   ports.Moves
	Clock   ports.Clock
	IDs     ports.IDGenerator
}

// EscortRecord is a record as the API shows it: editable depends on its move.
type EscortRecord struct {
	*escortrecords.Record
	Editable bool
}

func (p EscortRecordPorts) view(ctx context.Context, r *escortrecords.Record) (EscortRecord, error) {
	m, err := p.Moves.Get(ctx, r.Snapshot().MoveID)
	if err != nil {
		return EscortRecord{}, err
	}
	return EscortRecord{Record: r, Editable: r.Editable(m.Status())}, nil
}
