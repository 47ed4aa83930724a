package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// AdjudicationsPerPage is the seed's default page size for adjudications,
// smaller than elsewhere because each one is large.
const AdjudicationsPerPage = 8

// GetReportedAdjudications answers GET /v1/persons/{hmppsId}/reported-adjudications.
type GetReportedAdjudications struct {
	resolver      *Resolver
	adjudications ports.Adjudications
}

// NewGetReportedAdjudications builds the use case.
func NewGetReportedAdjudications(resolver *Resolver, adjudications ports.Adjudications) *GetReportedAdjudications {
	return &GetReportedAdjudications{resolver: resolver, adjudications: adjudications}
}

// Handle returns one page of the prisoner's adjudications, newest incident first.
func (h *GetReportedAdjudications) Handle(ctx context.Context, filters access.Filters, hmppsID string, page paging.Request) (paging.Page[prison.Adjudication], error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return paging.Page[prison.Adjudication]{}, err
	}
	all, err := h.adjudications.ReportedAdjudications(ctx, identity.NomisNumber())
	if err != nil {
		return paging.Page[prison.Adjudication]{}, notFoundAs(err, hmppsID)
	}
	prison.SortAdjudicationsNewestFirst(all)
	return paging.Slice(all, page), nil
}
