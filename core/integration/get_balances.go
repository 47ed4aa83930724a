package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetBalances answers GET /v1/prison/{prisonId}/prisoners/{hmppsId}/balances.
type GetBalances struct {
	resolver *Resolver
	finance  ports.PrisonerFinance
}

// NewGetBalances builds the use case.
func NewGetBalances(resolver *Resolver, finance ports.PrisonerFinance) *GetBalances {
	return &GetBalances{resolver: resolver, finance: finance}
}

// Handle returns the spends, savings and cash balances, in that order. A
// prison where the prisoner has no accounts is prison-api's 400, passed on.
func (h *GetBalances) Handle(ctx context.Context, prisonID, hmppsID string) ([]prison.AccountBalance, error) {
	balances, err := loadBalances(ctx, h.resolver, h.finance, prisonID, hmppsID)
	if err != nil {
		return nil, err
	}
	return balances.All(), nil
}

func loadBalances(ctx context.Context, resolver *Resolver, finance ports.PrisonerFinance, prisonID, hmppsID string) (prison.Balances, error) {
	noms, err := nomisNumberOf(ctx, resolver, hmppsID)
	if err != nil {
		return prison.Balances{}, err
	}
	balances, err := finance.Balances(ctx, prisonID, noms)
	if err != nil {
		return prison.Balances{}, notFoundAs(err, hmppsID)
	}
	return balances, nil
}
