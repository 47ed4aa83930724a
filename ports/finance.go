package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

// PrisonerFinance is the prisoner-finance part of the NOMIS Prison API. Every
// call names the prison that holds the accounts. Besides the apperr.NotFound
// for an unknown prisoner, an error of kind apperr.Invalid carries prison-api's
// own 400 text (no accounts there, insufficient funds, type not set up) and
// apperr.Conflict a clientUniqueRef already used.
type PrisonerFinance interface {
	// Balances returns the three sub-account balances at the prison.
	Balances(ctx context.Context, prisonID, nomsNumber string) (prison.Balances, error)
	// Transactions lists one sub-account's entries within the period, in NOMIS order.
	Transactions(ctx context.Context, prisonID, nomsNumber string, account prison.AccountCode, period prison.Period) ([]prison.Transaction, error)
	// TransactionByRef finds the entry posted with clientUniqueRef, or an apperr.NotFound error.
	TransactionByRef(ctx context.Context, prisonID, nomsNumber, clientUniqueRef string) (prison.Transaction, error)
	// PostTransaction records a transaction and returns its id. It is not
	// retried: the caller reconciles a failure with TransactionByRef first.
	PostTransaction(ctx context.Context, prisonID, nomsNumber string, t prison.NewTransaction) (string, error)
	// TransferToSavings moves money from spends to savings, not retried either.
	TransferToSavings(ctx context.Context, prisonID, nomsNumber string, t prison.NewTransfer) (prison.Transfer, error)
}
