package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// PostTransactionTransfer answers POST /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/transfer.
type PostTransactionTransfer struct {
	resolver *Resolver
	finance  ports.PrisonerFinance
}

// NewPostTransactionTransfer builds the use case.
func NewPostTransactionTransfer(resolver *Resolver, finance ports.PrisonerFinance) *PostTransactionTransfer {
	return &PostTransactionTransfer{resolver: resolver, finance: finance}
}

// Handle validates the body (including the spends-to-savings rule), resolves
// the person and asks NOMIS to move the money.
func (h *PostTransactionTransfer) Handle(ctx context.Context, prisonID, hmppsID string, t prison.NewTransfer) (prison.Transfer, error) {
	if err := t.Validate(); err != nil {
		return prison.Transfer{}, err
	}
	noms, err := nomisNumberOf(ctx, h.resolver, hmppsID)
	if err != nil {
		return prison.Transfer{}, err
	}
	transfer, err := postReconciled(ctx,
		func(ctx context.Context) (prison.Transfer, error) {
			return h.finance.TransferToSavings(ctx, prisonID, noms, t)
		},
		func(ctx context.Context) (prison.Transfer, error) {
			debit, err := h.finance.TransactionByRef(ctx, prisonID, noms, t.ClientUniqueRef)
			if err != nil {
				return prison.Transfer{}, err
			}
			transfer, ok := prison.TransferFromDebitEntry(debit.ID)
			if !ok {
				// Recorded, but the ids cannot be rebuilt. Any error other than
				// NotFound stops the retry, so the money never moves twice.
				return prison.Transfer{}, apperr.New(apperr.Upstream,
					"The transfer %s was recorded as NOMIS entry %s, but its ids could not be read back", t.ClientUniqueRef, debit.ID)
			}
			return transfer, nil
		})
	if err != nil {
		return prison.Transfer{}, postFailure(err, prisonID, hmppsID)
	}
	return transfer, nil
}
