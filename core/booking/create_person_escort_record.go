package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/escortrecords"
)

// CreatePersonEscortRecord answers POST /api/person_escort_records.
type CreatePersonEscortRecord struct{ p EscortRecordPorts }

// NewCreatePersonEscortRecord builds the use case.
func NewCreatePersonEscortRecord(p EscortRecordPorts) *CreatePersonEscortRecord {
	return &CreatePersonEscortRecord{p: p}
}

// Create starts the record of the move's profile. An unknown move is a 404; a
// move without a profile, or a profile that already has a record, a 422. The
// framework version is kept as given: frameworks are not modelled yet.
func (u *CreatePersonEscortRecord) Create(ctx context.Context, moveID, version string) (EscortRecord, error) {
	if moveID == "" {
		return EscortRecord{}, apperr.Validation(apperr.FieldError{Field: "move", Code: "blank", Message: "must exist"})
	}
	m, err := u.p.Moves.Get(ctx, moveID)
	if err != nil {
		return EscortRecord{}, err
	}
	r, err := escortrecords.New(u.p.IDs.NewID(), moveID, m.Snapshot().ProfileID, version, u.p.Clock.Now())
	if err != nil {
		return EscortRecord{}, err
	}
	if err := u.p.Records.Create(ctx, r); err != nil {
		return EscortRecord{}, err
	}
	return EscortRecord{Record: r, Editable: r.Editable(m.Status())}, nil
}
