package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetVisit answers GET /v1/visit/{visitReference}.
type GetVisit struct {
	visits ports.Visits
}

// NewGetVisit builds the use case.
func NewGetVisit(visits ports.Visits) *GetVisit {
	return &GetVisit{visits: visits}
}

// Handle returns the visit with the reference. The reference is passed on
// as given; the prison filter is applied to the prison the visit is at, and
// a visit with no prison cannot pass any filter, so both read as not found.
func (h *GetVisit) Handle(ctx context.Context, filters access.Filters, reference string) (prison.Visit, error) {
	v, err := h.visits.Visit(ctx, reference)
	if apperr.Is(err, apperr.NotFound) {
		return prison.Visit{}, prison.VisitNotFound(reference)
	}
	if err != nil {
		return prison.Visit{}, err
	}
	if v.PrisonID == "" || !filters.AllowsPrison(v.PrisonID) {
		return prison.Visit{}, prison.VisitNotFound(reference)
	}
	return v, nil
}
