package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetRiskCategories answers GET /v1/persons/{hmppsId}/risks/categories.
type GetRiskCategories struct {
	resolver   *Resolver
	categories ports.PrisonerCategories
}

// NewGetRiskCategories builds the use case.
func NewGetRiskCategories(resolver *Resolver, categories ports.PrisonerCategories) *GetRiskCategories {
	return &GetRiskCategories{resolver: resolver, categories: categories}
}

// Handle returns the prisoner's security category and assessments.
func (h *GetRiskCategories) Handle(ctx context.Context, filters access.Filters, hmppsID string) (prison.RiskCategory, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return prison.RiskCategory{}, err
	}
	category, err := h.categories.RiskCategory(ctx, identity.NomisNumber())
	if err != nil {
		return prison.RiskCategory{}, notFoundAs(err, hmppsID)
	}
	return category, nil
}
