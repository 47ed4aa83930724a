package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetFutureVisits answers GET /v1/persons/{hmppsId}/visit/future.
type GetFutureVisits struct {
	resolver *Resolver
	visits   ports.Visits
}

// NewGetFutureVisits builds the use case.
func NewGetFutureVisits(resolver *Resolver, visits ports.Visits) *GetFutureVisits {
	return &GetFutureVisits{resolver: resolver, visits: visits}
}

// Handle returns every visit booked for the prisoner from today on, in the
// visits service's order (not paginated).
func (h *GetFutureVisits) Handle(ctx context.Context, filters access.Filters, hmppsID string) ([]prison.Visit, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return nil, err
	}
	visits, err := h.visits.FutureVisits(ctx, identity.NomisNumber())
	if err != nil {
		return nil, notFoundAs(err, hmppsID)
	}
	return visits, nil
}
