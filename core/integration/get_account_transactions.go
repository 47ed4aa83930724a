package integration

import (
	"context"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetAccountTransactions answers GET /v1/prison/{prisonId}/prisoners/{hmppsId}/accounts/{accountCode}/transactions.
type GetAccountTransactions struct {
	resolver *Resolver
	finance  ports.PrisonerFinance
}

// NewGetAccountTransactions builds the use case.
func NewGetAccountTransactions(resolver *Resolver, finance ports.PrisonerFinance) *GetAccountTransactions {
	return &GetAccountTransactions{resolver: resolver, finance: finance}
}

// Handle lists one sub-account's transactions between from and to (both or
// neither; neither means today). The whole list is returned: the seed's
// shape is not paginated.
func (h *GetAccountTransactions) Handle(ctx context.Context, prisonID, hmppsID, accountCode string, from, to *time.Time) ([]prison.Transaction, error) {
	code, err := prison.ParseAccountCode(accountCode)
	if err != nil {
		return nil, err
	}
	period, err := prison.NewPeriod(from, to)
	if err != nil {
		return nil, err
	}
	noms, err := nomisNumberOf(ctx, h.resolver, hmppsID)
	if err != nil {
		return nil, err
	}
	transactions, err := h.finance.Transactions(ctx, prisonID, noms, code, period)
	if err != nil {
		return nil, notFoundAs(err, hmppsID)
	}
	return transactions, nil
}
