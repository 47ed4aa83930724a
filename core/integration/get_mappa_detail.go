package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetMappaDetail answers GET /v1/persons/{encodedHmppsId}/risks/mappadetail.
type GetMappaDetail struct {
	resolver *Resolver
	records  ports.ProbationRecords
}

// NewGetMappaDetail builds the use case.
func NewGetMappaDetail(resolver *Resolver, records ports.ProbationRecords) *GetMappaDetail {
	return &GetMappaDetail{resolver: resolver, records: records}
}

// Handle returns the person's MAPPA entry. Nothing recorded (including a
// person probation does not know) is NotFound: the spec documents a 404
// rather than an object whose every field is null.
func (h *GetMappaDetail) Handle(ctx context.Context, hmppsID string) (probation.Mappa, error) {
	record, ok, err := probationRecordOf(ctx, h.resolver, h.records, hmppsID)
	if err != nil {
		return probation.Mappa{}, err
	}
	if !ok || record.Mappa.IsEmpty() {
		return probation.Mappa{}, person.NotFound(hmppsID)
	}
	return record.Mappa, nil
}
