package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetDynamicRisks answers GET /v1/persons/{encodedHmppsId}/risks/dynamic.
type GetDynamicRisks struct {
	resolver *Resolver
	records  ports.ProbationRecords
}

// NewGetDynamicRisks builds the use case.
func NewGetDynamicRisks(resolver *Resolver, records ports.ProbationRecords) *GetDynamicRisks {
	return &GetDynamicRisks{resolver: resolver, records: records}
}

// Handle returns one page of the dynamic risk registrations, in nDelius
// order. A person probation does not know has none.
func (h *GetDynamicRisks) Handle(ctx context.Context, hmppsID string, page paging.Request) (paging.Page[probation.Registration], error) {
	record, _, err := probationRecordOf(ctx, h.resolver, h.records, hmppsID)
	if err != nil {
		return paging.Page[probation.Registration]{}, err
	}
	risks := record.DynamicRisks
	if risks == nil {
		risks = []probation.Registration{}
	}
	return paging.Slice(risks, page), nil
}
