package integration

import (
	"context"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// The prisoner-finance operations. Their path prisonId has already been
// checked against the consumer's prisons filter by the access middleware.

// GetBalances implements GET /v1/prison/{prisonId}/prisoners/{hmppsId}/balances.
func (s *Server) GetBalances(ctx context.Context, req api.GetBalancesRequestObject) (api.GetBalancesResponseObject, error) {
	balances, err := s.uc.PrisonRecords.Balances.Handle(ctx, req.PrisonId, req.HmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetBalances200JSONResponse{Data: api.Balances{Balances: mapItems(balances, toAccountBalance)}}, nil
}

// GetAccountBalance implements GET /v1/prison/{prisonId}/prisoners/{hmppsId}/accounts/{accountCode}/balances.
func (s *Server) GetAccountBalance(ctx context.Context, req api.GetAccountBalanceRequestObject) (api.GetAccountBalanceResponseObject, error) {
	balance, err := s.uc.PrisonRecords.AccountBalance.Handle(ctx, req.PrisonId, req.HmppsId, string(req.AccountCode))
	if err != nil {
		return nil, err
	}
	return api.GetAccountBalance200JSONResponse{Data: api.Balance{Balance: toAccountBalance(balance)}}, nil
}

// GetAccountTransactions implements GET /v1/prison/{prisonId}/prisoners/{hmppsId}/accounts/{accountCode}/transactions.
func (s *Server) GetAccountTransactions(ctx context.Context, req api.GetAccountTransactionsRequestObject) (api.GetAccountTransactionsResponseObject, error) {
	transactions, err := s.uc.PrisonRecords.AccountTransactions.Handle(ctx, req.PrisonId, req.HmppsId, string(req.AccountCode),
		dateOf(req.Params.FromDate), dateOf(req.Params.ToDate))
	if err != nil {
		return nil, err
	}
	return api.GetAccountTransactions200JSONResponse{Data: api.Transactions{Transactions: mapItems(transactions, toTransaction)}}, nil
}

// GetTransaction implements GET /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/{clientUniqueRef}.
func (s *Server) GetTransaction(ctx context.Context, req api.GetTransactionRequestObject) (api.GetTransactionResponseObject, error) {
	t, err := s.uc.PrisonRecords.Transaction.Handle(ctx, req.PrisonId, req.HmppsId, req.ClientUniqueRef)
	if err != nil {
		return nil, err
	}
	return api.GetTransaction200JSONResponse{Data: toTransaction(t)}, nil
}

// PostTransaction implements POST /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions.
func (s *Server) PostTransaction(ctx context.Context, req api.PostTransactionRequestObject) (api.PostTransactionResponseObject, error) {
	if req.Body == nil {
		return nil, missingBody()
	}
	b := req.Body
	id, err := s.uc.PrisonRecords.PostTransaction.Handle(ctx, req.PrisonId, req.HmppsId, prison.NewTransaction{
		Type:                b.Type,
		Description:         deref(b.Description),
		Amount:              b.Amount,
		ClientTransactionID: b.ClientTransactionId,
		ClientUniqueRef:     b.ClientUniqueRef,
	})
	if err != nil {
		return nil, err
	}
	return api.PostTransaction200JSONResponse{Data: api.TransactionCreateResponse{TransactionId: id}}, nil
}

// PostTransactionTransfer implements POST /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/transfer.
func (s *Server) PostTransactionTransfer(ctx context.Context, req api.PostTransactionTransferRequestObject) (api.PostTransactionTransferResponseObject, error) {
	if req.Body == nil {
		return nil, missingBody()
	}
	b := req.Body
	transfer, err := s.uc.PrisonRecords.PostTransfer.Handle(ctx, req.PrisonId, req.HmppsId, prison.NewTransfer{
		Description:         b.Description,
		Amount:              b.Amount,
		ClientTransactionID: b.ClientTransactionId,
		ClientUniqueRef:     b.ClientUniqueRef,
		FromAccount:         b.FromAccount,
		ToAccount:           b.ToAccount,
	})
	if err != nil {
		return nil, err
	}
	return api.PostTransactionTransfer200JSONResponse{Data: api.TransactionTransferCreateResponse{
		DebitTransactionId:  transfer.DebitTransactionID,
		CreditTransactionId: transfer.CreditTransactionID,
		TransactionId:       transfer.TransactionID,
	}}, nil
}

func missingBody() error {
	return apperr.New(apperr.Invalid, "Required request body is missing")
}

func toAccountBalance(b prison.AccountBalance) api.AccountBalance {
	return api.AccountBalance{AccountCode: api.AccountBalanceAccountCode(b.Account), Amount: b.Amount}
}

func toTransaction(t prison.Transaction) api.Transaction {
	return api.Transaction{
		Id:          t.ID,
		Type:        api.TransactionType{Code: t.TypeCode, Desc: t.TypeDescription},
		Description: t.Description,
		Amount:      t.Amount,
		Date:        openapi_types.Date{Time: t.Date},
	}
}

func dateOf(d *openapi_types.Date) *time.Time {
	if d == nil {
		return nil
	}
	t := d.Time
	return &t
}
