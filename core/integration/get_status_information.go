package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetStatusInformation answers GET /v1/persons/{encodedHmppsId}/status-information.
type GetStatusInformation struct {
	resolver *Resolver
	records  ports.ProbationRecords
}

// NewGetStatusInformation builds the use case.
func NewGetStatusInformation(resolver *Resolver, records ports.ProbationRecords) *GetStatusInformation {
	return &GetStatusInformation{resolver: resolver, records: records}
}

// Handle returns one page of the person's status flags of interest (ASFO,
// WRSM), in nDelius order. A person probation does not know has none.
func (h *GetStatusInformation) Handle(ctx context.Context, hmppsID string, page paging.Request) (paging.Page[probation.Registration], error) {
	record, _, err := probationRecordOf(ctx, h.resolver, h.records, hmppsID)
	if err != nil {
		return paging.Page[probation.Registration]{}, err
	}
	return paging.Slice(record.StatusInformation(), page), nil
}
