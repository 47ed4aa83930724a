package prisonapi

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/prisonapi"
)

// The finance calls implement ports.PrisonerFinance. No X-Client-Name header is
// sent: prison-api would prefix the client's reference with it, and the
// reference a consumer reads back must be the one it posted.

// Balances implements ports.PrisonerFinance. prison-api's 400 (not a digital
// prison, no account there) is the consumer's to fix, so it is Invalid.
func (c *Client) Balances(ctx context.Context, prisonID, nomsNumber string) (prison.Balances, error) {
	resp, err := c.api.GetAccountBalanceWithResponse(ctx, prisonID, nomsNumber)
	if err != nil {
		return prison.Balances{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return prison.Balances{}, financeFailure(resp.HTTPResponse, resp.JSON400, http.StatusBadRequest)
	}
	b := resp.JSON200
	return prison.Balances{Spends: pence(b.Spends), Savings: pence(b.Savings), Cash: pence(b.Cash)}, nil
}

// Transactions implements ports.PrisonerFinance over the seed-era history
// call. Its 400 is not opted in: the account code and dates are checked
// before the call, so one here is prison-api's problem (a 500 to consumers).
func (c *Client) Transactions(ctx context.Context, prisonID, nomsNumber string, account prison.AccountCode, period prison.Period) ([]prison.Transaction, error) {
	params := &api.GetAccountTransactionsParams{FromDate: apiDate(period.From), ToDate: apiDate(period.To)}
	resp, err := c.api.GetAccountTransactionsWithResponse(ctx, prisonID, nomsNumber, api.GetAccountTransactionsParamsAccountCode(account), params)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := []prison.Transaction{}
	if resp.JSON200.Transactions == nil {
		return out, nil
	}
	for _, t := range *resp.JSON200.Transactions {
		out = append(out, toTransaction(t))
	}
	return out, nil
}

// TransactionByRef implements ports.PrisonerFinance. A 400 is not opted in,
// as in the original.
func (c *Client) TransactionByRef(ctx context.Context, prisonID, nomsNumber, clientUniqueRef string) (prison.Transaction, error) {
	resp, err := c.api.GetTransactionByClientUniqueRefWithResponse(ctx, prisonID, nomsNumber, clientUniqueRef, nil)
	if err != nil {
		return prison.Transaction{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return prison.Transaction{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	return toTransaction(*resp.JSON200), nil
}

// PostTransaction implements ports.PrisonerFinance: 400 and 409 are the
// consumer's to act on, so both are opted in.
func (c *Client) PostTransaction(ctx context.Context, prisonID, nomsNumber string, t prison.NewTransaction) (string, error) {
	body := api.CreateTransaction{
		Type:                api.CreateTransactionType(t.Type),
		Description:         nonEmpty(t.Description),
		Amount:              t.Amount,
		ClientTransactionId: t.ClientTransactionID,
		ClientUniqueRef:     t.ClientUniqueRef,
	}
	resp, err := c.api.CreateTransactionWithResponse(ctx, prisonID, nomsNumber, nil, body)
	if err != nil {
		return "", transport.Failed(Source, err)
	}
	if resp.JSON201 == nil {
		return "", financeFailure(resp.HTTPResponse, firstOf(resp.JSON400, resp.JSON409), http.StatusBadRequest, http.StatusConflict)
	}
	return resp.JSON201.Id, nil
}

// TransferToSavings implements ports.PrisonerFinance. The accounts are not
// sent: this prison-api call only ever moves spends to savings.
func (c *Client) TransferToSavings(ctx context.Context, prisonID, nomsNumber string, t prison.NewTransfer) (prison.Transfer, error) {
	body := api.TransferTransaction{
		Description:         nonEmpty(t.Description),
		Amount:              t.Amount,
		ClientTransactionId: nonEmpty(t.ClientTransactionID),
		ClientUniqueRef:     nonEmpty(t.ClientUniqueRef),
	}
	resp, err := c.api.TransferToSavingsWithResponse(ctx, prisonID, nomsNumber, nil, body)
	if err != nil {
		return prison.Transfer{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return prison.Transfer{}, financeFailure(resp.HTTPResponse, firstOf(resp.JSON400, resp.JSON409), http.StatusBadRequest, http.StatusConflict)
	}
	d := resp.JSON200
	out := prison.Transfer{}
	if d.DebitTransaction != nil {
		out.DebitTransactionID = d.DebitTransaction.Id
	}
	if d.CreditTransaction != nil {
		out.CreditTransactionID = d.CreditTransaction.Id
	}
	if d.TransactionId != nil {
		out.TransactionID = formatInt(*d.TransactionId)
	}
	return out, nil
}

// financeFailure classifies a finance response like transport.Unexpected and,
// for the opted-in statuses, carries prison-api's own explanation (e.g.
// "Insufficient Funds") instead of the request line, so the consumer learns
// what to fix.
func financeFailure(resp *http.Response, body *api.ErrorResponse, optIn ...int) error {
	err := transport.Unexpected(Source, resp, optIn...)
	e, ok := apperr.As(err)
	if !ok || body == nil || (e.Kind != apperr.Invalid && e.Kind != apperr.Conflict) {
		return err
	}
	msg := body.UserMessage
	if body.DeveloperMessage != nil && *body.DeveloperMessage != "" {
		msg = *body.DeveloperMessage
	}
	if msg != "" {
		e.Message = msg
	}
	return e
}

func toTransaction(t api.AccountTransaction) prison.Transaction {
	return prison.Transaction{
		ID:              t.Id,
		TypeCode:        optional.String(t.Type.Code),
		TypeDescription: optional.String(t.Type.Desc),
		Description:     t.Description,
		Amount:          t.Amount,
		Date:            t.Date.Time,
	}
}

func firstOf(bodies ...*api.ErrorResponse) *api.ErrorResponse {
	for _, b := range bodies {
		if b != nil {
			return b
		}
	}
	return nil
}

func pence(v *int64) int64 {
	if v == nil {
		return 0
	}
	return *v
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func apiDate(t *time.Time) *openapi_types.Date {
	if t == nil {
		return nil
	}
	return &openapi_types.Date{Time: *t}
}

func formatInt(v int64) string { return strconv.FormatInt(v, 10) }
