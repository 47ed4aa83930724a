package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetAccountBalance answers GET /v1/prison/{prisonId}/prisoners/{hmppsId}/accounts/{accountCode}/balances.
type GetAccountBalance struct {
	resolver *Resolver
	finance  ports.PrisonerFinance
}

// NewGetAccountBalance builds the use case.
func NewGetAccountBalance(resolver *Resolver, finance ports.PrisonerFinance) *GetAccountBalance {
	return &GetAccountBalance{resolver: resolver, finance: finance}
}

// Handle returns one sub-account's balance. The account code is checked
// before any upstream call, so a typo costs no lookups.
func (h *GetAccountBalance) Handle(ctx context.Context, prisonID, hmppsID, accountCode string) (prison.AccountBalance, error) {
	code, err := prison.ParseAccountCode(accountCode)
	if err != nil {
		return prison.AccountBalance{}, err
	}
	balances, err := loadBalances(ctx, h.resolver, h.finance, prisonID, hmppsID)
	if err != nil {
		return prison.AccountBalance{}, err
	}
	return balances.Of(code), nil
}
