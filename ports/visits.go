package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

// Visits is the manage-prison-visits orchestration API.
type Visits interface {
	// Visit returns the visit with the reference, or an apperr.NotFound error.
	Visit(ctx context.Context, reference string) (prison.Visit, error)
	// SearchVisits returns one page (1-based) of the visits matching q; the
	// upstream pages, so the totals are its own. Its 400 is apperr.Invalid.
	SearchVisits(ctx context.Context, q prison.VisitQuery, page paging.Request) (paging.Page[prison.Visit], error)
	// FutureVisits returns every visit the prisoner has booked from today on.
	FutureVisits(ctx context.Context, nomsNumber string) ([]prison.Visit, error)
}
