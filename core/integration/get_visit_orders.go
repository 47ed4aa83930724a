package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetVisitOrders answers GET /v1/persons/{hmppsId}/visit-orders.
type GetVisitOrders struct {
	resolver *Resolver
	visits   ports.PrisonVisits
}

// NewGetVisitOrders builds the use case.
func NewGetVisitOrders(resolver *Resolver, visits ports.PrisonVisits) *GetVisitOrders {
	return &GetVisitOrders{resolver: resolver, visits: visits}
}

// Handle returns the visit orders the prisoner has left.
func (h *GetVisitOrders) Handle(ctx context.Context, filters access.Filters, hmppsID string) (prison.VisitBalances, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return prison.VisitBalances{}, err
	}
	balances, err := h.visits.VisitBalances(ctx, identity.NomisNumber())
	if err != nil {
		return prison.VisitBalances{}, notFoundAs(err, hmppsID)
	}
	return balances, nil
}
