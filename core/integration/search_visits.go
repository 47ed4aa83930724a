package integration

import (
	"context"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// SearchVisits answers GET /v1/prison/{prisonId}/visit/search.
type SearchVisits struct {
	resolver *Resolver
	visits   ports.Visits
}

// NewSearchVisits builds the use case.
func NewSearchVisits(resolver *Resolver, visits ports.Visits) *SearchVisits {
	return &SearchVisits{resolver: resolver, visits: visits}
}

// Handle returns one page of the visits at prisonID (already checked against
// the consumer's prisons filter) with the given status, optionally for one
// person (any hmppsId shape, resolved to the NOMIS number) and date range.
func (h *SearchVisits) Handle(ctx context.Context, prisonID, hmppsID, status string, from, to *time.Time, page paging.Request) (paging.Page[prison.Visit], error) {
	q, err := prison.NewVisitQuery(prisonID, status, from, to)
	if err != nil {
		return paging.Page[prison.Visit]{}, err
	}
	if hmppsID != "" {
		if q.PrisonerID, err = nomisNumberOf(ctx, h.resolver, hmppsID); err != nil {
			return paging.Page[prison.Visit]{}, err
		}
	}
	return h.visits.SearchVisits(ctx, q, page)
}
