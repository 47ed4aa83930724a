package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// SearchPrisoners answers GET /v1/prison/prisoners.
type SearchPrisoners struct {
	finder ports.PrisonerFinder
}

// NewSearchPrisoners builds the use case.
func NewSearchPrisoners(finder ports.PrisonerFinder) *SearchPrisoners {
	return &SearchPrisoners{finder: finder}
}

// Handle searches prison records, youngest first, and returns one page. A
// consumer with a prison filter only searches its own prisons; one whose
// filter lists no prison may not search at all.
func (h *SearchPrisoners) Handle(ctx context.Context, filters access.Filters, q person.PrisonerQuery, page paging.Request) (paging.Page[person.Prisoner], error) {
	if filters.HasPrisonFilter() {
		if len(filters.Prisons) == 0 {
			return paging.Page[person.Prisoner]{}, apperr.New(apperr.Denied, "Consumer configured with no access to any prisons")
		}
		q.PrisonIDs = filters.Prisons
	}
	found, err := h.finder.FindPrisoners(ctx, q)
	if err != nil {
		return paging.Page[person.Prisoner]{}, err
	}
	person.SortYoungestFirst(found)
	return paging.Slice(found, page), nil
}
