package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetIepLevel answers GET /v1/persons/{hmppsId}/iep-level.
type GetIepLevel struct {
	resolver   *Resolver
	incentives ports.Incentives
}

// NewGetIepLevel builds the use case.
func NewGetIepLevel(resolver *Resolver, incentives ports.Incentives) *GetIepLevel {
	return &GetIepLevel{resolver: resolver, incentives: incentives}
}

// Handle returns the prisoner's current incentive level.
func (h *GetIepLevel) Handle(ctx context.Context, filters access.Filters, hmppsID string) (prison.IncentiveLevel, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return prison.IncentiveLevel{}, err
	}
	level, err := h.incentives.CurrentLevel(ctx, identity.NomisNumber())
	if err != nil {
		return prison.IncentiveLevel{}, notFoundAs(err, hmppsID)
	}
	return level, nil
}
