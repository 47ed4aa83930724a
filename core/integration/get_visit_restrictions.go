package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetVisitRestrictions answers GET /v1/persons/{hmppsId}/visit-restrictions.
type GetVisitRestrictions struct {
	resolver *Resolver
	visits   ports.PrisonVisits
}

// NewGetVisitRestrictions builds the use case.
func NewGetVisitRestrictions(resolver *Resolver, visits ports.PrisonVisits) *GetVisitRestrictions {
	return &GetVisitRestrictions{resolver: resolver, visits: visits}
}

// Handle returns the visit restrictions on the prisoner's latest booking.
func (h *GetVisitRestrictions) Handle(ctx context.Context, filters access.Filters, hmppsID string) ([]prison.VisitRestriction, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return nil, err
	}
	restrictions, err := h.visits.VisitRestrictions(ctx, identity.NomisNumber())
	if err != nil {
		return nil, notFoundAs(err, hmppsID)
	}
	return restrictions, nil
}
