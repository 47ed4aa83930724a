package booking

import "context"

// GetPersonEscortRecord answers GET /api/person_escort_records/{id}.
type GetPersonEscortRecord struct{ p EscortRecordPorts }

// NewGetPersonEscortRecord builds the use case.
func NewGetPersonEscortRecord(p EscortRecordPorts) *GetPersonEscortRecord {
	return &GetPersonEscortRecord{p: p}
}

// Get returns one record with whether it may still change.
func (u *GetPersonEscortRecord) Get(ctx context.Context, id string) (EscortRecord, error) {
	r, err := u.p.Records.Get(ctx, id)
	if err != nil {
		return EscortRecord{}, err
	}
	return u.p.view(ctx, r)
}
