package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/escortrecords"
)

// UpdatePersonEscortRecord answers PATCH /api/person_escort_records/{id}.
type UpdatePersonEscortRecord struct{ p EscortRecordPorts }

// NewUpdatePersonEscortRecord builds the use case.
func NewUpdatePersonEscortRecord(p EscortRecordPorts) *UpdatePersonEscortRecord {
	return &UpdatePersonEscortRecord{p: p}
}

// Update applies ch under the record's lock. The move's status (which decides
// whether the record is editable) and its from location (where a handover
// happens) are read first.
func (u *UpdatePersonEscortRecord) Update(ctx context.Context, id string, ch escortrecords.Change) (EscortRecord, error) {
	current, err := u.p.Records.Get(ctx, id)
	if err != nil {
		return EscortRecord{}, err
	}
	m, err := u.p.Moves.Get(ctx, current.Snapshot().MoveID)
	if err != nil {
		return EscortRecord{}, err
	}
	supplierID, createdBy := actor(ctx)
	by := escortrecords.Actor{SupplierID: supplierID, CreatedBy: createdBy, Location: m.Snapshot().FromLocationID, NewID: u.p.IDs.NewID}
	now := u.p.Clock.Now()
	r, err := u.p.Records.Update(ctx, id, func(r *escortrecords.Record) error {
		return r.Update(ch, m.Status(), now, by)
	})
	if err != nil {
		return EscortRecord{}, err
	}
	return EscortRecord{Record: r, Editable: r.Editable(m.Status())}, nil
}
