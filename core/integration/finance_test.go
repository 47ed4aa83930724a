package integration_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

var (
	lostResponse  = apperr.New(apperr.Upstream, "502 Bad Gateway from POST prison-api")
	noSuchRef     = apperr.New(apperr.NotFound, "404 Not Found from GET prison-api")
	lookupBroken  = apperr.New(apperr.Upstream, "500 Internal Server Error from GET prison-api")
	insufficient  = apperr.New(apperr.Invalid, "Insufficient Funds")
	duplicate     = apperr.New(apperr.Conflict, "Duplicate post")
	noToken       = apperr.New(apperr.UpstreamAuth, "HMPPS Auth token: refused")
	validPurchase = prison.NewTransaction{Type: "CANT", Amount: 250, ClientTransactionID: "CL1", ClientUniqueRef: "REF-1"}
	validTransfer = prison.NewTransfer{Description: "Saving", Amount: 500, ClientTransactionID: "CL2", ClientUniqueRef: "REF-2", FromAccount: "spends", ToAccount: "savings"}
)

func TestGetBalances(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		id       string
		upstream error // from prison-api; nil answers 1, 2, 3
		calls    bool  // whether prison-api is asked at all
		kind     apperr.Kind
	}{
		{"by NOMS number", "A1234AA", nil, true, 0},
		{"by CRN", "X00001", nil, true, 0},
		{"probation only has no accounts", "X00002", nil, false, apperr.NotFound},
		{"malformed id", "bogus", nil, false, apperr.Invalid},
		{"no accounts at that prison", "A1234AA", insufficient, true, apperr.Invalid},
		{"unknown to prison-api", "A1234AA", noSuchRef, true, apperr.NotFound},
		{"prison-api down", "A1234AA", lookupBroken, true, apperr.Upstream},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			finance := portsmocks.NewPrisonerFinance(t)
			if c.calls {
				finance.EXPECT().Balances(mock.Anything, "MDI", "A1234AA").Return(prison.Balances{Spends: 1, Savings: 2, Cash: 3}, c.upstream).Once()
			}
			got, err := integration.NewGetBalances(newWorld(t).resolver, finance).Handle(context.Background(), "MDI", c.id)
			if c.kind != 0 {
				require.Error(t, err)
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, []prison.AccountBalance{{Account: prison.Spends, Amount: 1}, {Account: prison.Savings, Amount: 2}, {Account: prison.Cash, Amount: 3}}, got)
		})
	}
}

func TestGetAccountBalance(t *testing.T) {
	t.Parallel()
	cases := []struct {
		code string
		want int64
		kind apperr.Kind
	}{
		{"spends", 1, 0}, {"savings", 2, 0}, {"cash", 3, 0},
		{"Spends", 0, apperr.Invalid}, {"current", 0, apperr.Invalid}, {"", 0, apperr.Invalid},
	}
	for _, c := range cases {
		t.Run(c.code, func(t *testing.T) {
			t.Parallel()
			finance := portsmocks.NewPrisonerFinance(t)
			if c.kind == 0 {
				finance.EXPECT().Balances(mock.Anything, "MDI", "A1234AA").Return(prison.Balances{Spends: 1, Savings: 2, Cash: 3}, nil).Once()
			}
			got, err := integration.NewGetAccountBalance(newWorld(t).resolver, finance).Handle(context.Background(), "MDI", "X00001", c.code)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err), "checked before any upstream call")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, prison.AccountBalance{Account: prison.AccountCode(c.code), Amount: c.want}, got)
		})
	}
}

func TestGetAccountTransactions(t *testing.T) {
	t.Parallel()
	oct1, oct31 := date(2025, 10, 1), date(2025, 10, 31)
	cases := []struct {
		name     string
		code     string
		from, to *time.Time
		period   *prison.Period // what prison-api is asked for; nil: not asked
		kind     apperr.Kind
	}{
		{"both dates", "spends", oct1, oct31, &prison.Period{From: oct1, To: oct31}, 0},
		{"neither date is today upstream", "cash", nil, nil, &prison.Period{}, 0},
		{"one day", "savings", oct1, oct1, &prison.Period{From: oct1, To: oct1}, 0},
		{"only from", "spends", oct1, nil, nil, apperr.Invalid},
		{"only to", "spends", nil, oct31, nil, apperr.Invalid},
		{"backwards", "spends", oct31, oct1, nil, apperr.Invalid},
		{"bad account", "current", oct1, oct31, nil, apperr.Invalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			finance := portsmocks.NewPrisonerFinance(t)
			entries := []prison.Transaction{{ID: "6179601-1", Amount: -750}}
			if c.period != nil {
				finance.EXPECT().Transactions(mock.Anything, "MDI", "A1234AA", prison.AccountCode(c.code), *c.period).Return(entries, nil).Once()
			}
			got, err := integration.NewGetAccountTransactions(newWorld(t).resolver, finance).Handle(context.Background(), "MDI", "A1234AA", c.code, c.from, c.to)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, entries, got)
		})
	}
}

func TestGetTransaction(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		upstream error
		kind     apperr.Kind
		message  string
	}{
		{"found", nil, 0, ""},
		{"unknown reference", noSuchRef, apperr.NotFound, "Could not find transaction with clientUniqueRef: REF-1."},
		{"prison-api 400 is not ours to explain", apperr.New(apperr.Upstream, "400 Bad Request"), apperr.Upstream, "400 Bad Request"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			finance := portsmocks.NewPrisonerFinance(t)
			finance.EXPECT().TransactionByRef(mock.Anything, "MDI", "A1234AA", "REF-1").Return(prison.Transaction{ID: "6179610-1"}, c.upstream).Once()
			got, err := integration.NewGetTransaction(newWorld(t).resolver, finance).Handle(context.Background(), "MDI", "A1234AA", "REF-1")
			if c.kind != 0 {
				e, ok := apperr.As(err)
				require.True(t, ok)
				assert.Equal(t, []any{c.kind, c.message}, []any{e.Kind, e.Message})
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "6179610-1", got.ID)
		})
	}
}

// attempt is one POST and, when it fails, what the look-up by clientUniqueRef answers.
type attempt struct {
	post   error
	lookup error // used only when the POST's failure is looked up
	looked bool  // whether the failure is looked up at all
}

func TestPostTransactionReconcilesBeforeRetrying(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		attempts []attempt
		wantID   string
		kind     apperr.Kind
		message  string
	}{
		{"posted", []attempt{{}}, "6179610-1", 0, ""},
		{"lost response, recorded", []attempt{{post: lostResponse, looked: true}}, "6179610-1", 0, ""},
		{"lost request, sent again", []attempt{{post: lostResponse, lookup: noSuchRef, looked: true}, {}}, "6179610-1", 0, ""},
		{"our first attempt landed late", []attempt{{post: lostResponse, lookup: noSuchRef, looked: true}, {post: duplicate, looked: true}}, "6179610-1", 0, ""},
		{"gives up after two attempts", []attempt{{post: lostResponse, lookup: noSuchRef, looked: true}, {post: lostResponse, lookup: noSuchRef, looked: true}}, "", apperr.Upstream, ""},
		{"look-up fails too: never sent again", []attempt{{post: lostResponse, lookup: lookupBroken, looked: true}}, "", apperr.Upstream, ""},
		{"timeout is looked up", []attempt{{post: apperr.New(apperr.UpstreamTimeout, "slow"), looked: true}}, "6179610-1", 0, ""},
		{"no token: nothing was sent", []attempt{{post: noToken}}, "", apperr.UpstreamAuth, ""},
		{"prison-api refuses", []attempt{{post: insufficient}}, "", apperr.Invalid,
			"Either invalid HMPPS ID: X00001, or incorrect prison: MDI, or invalid request body: Insufficient Funds"},
		{"reused reference", []attempt{{post: duplicate}}, "", apperr.Conflict, "Duplicate post - The client_unique_ref has been used before"},
		{"unknown to prison-api", []attempt{{post: noSuchRef}}, "", apperr.NotFound, "Could not find person with HMPPS id: X00001."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			finance := portsmocks.NewPrisonerFinance(t)
			var posts, lookups []*mock.Call
			for _, a := range c.attempts {
				id := "6179610-1"
				if a.post != nil {
					id = ""
				}
				posts = append(posts, finance.EXPECT().PostTransaction(mock.Anything, "MDI", "A1234AA", validPurchase).Return(id, a.post).Once())
				if a.looked {
					lookups = append(lookups, finance.EXPECT().TransactionByRef(mock.Anything, "MDI", "A1234AA", "REF-1").Return(prison.Transaction{ID: "6179610-1"}, a.lookup).Once())
				}
			}
			// Each look-up happens after its POST and before the next one.
			for i, l := range lookups {
				l.NotBefore(posts[i])
				if i+1 < len(posts) {
					posts[i+1].NotBefore(l)
				}
			}
			id, err := integration.NewPostTransaction(newWorld(t).resolver, finance).Handle(context.Background(), "MDI", "X00001", validPurchase)
			if c.kind != 0 {
				e, ok := apperr.As(err)
				require.True(t, ok, "%v", err)
				assert.Equal(t, c.kind, e.Kind)
				if c.message != "" {
					assert.Equal(t, c.message, e.Message)
				}
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.wantID, id)
		})
	}
}

func TestPostTransactionValidatesBeforeAnyCall(t *testing.T) {
	t.Parallel()
	blank := prison.NewTransaction{Type: " ", Amount: 1, ClientTransactionID: "", ClientUniqueRef: "\t"}
	_, err := integration.NewPostTransaction(newWorld(t).resolver, portsmocks.NewPrisonerFinance(t)).Handle(context.Background(), "MDI", "A1234AA", blank)
	e, ok := apperr.As(err)
	require.True(t, ok)
	assert.Equal(t, apperr.Unprocessable, e.Kind)
	var fields []string
	for _, f := range e.Fields {
		fields = append(fields, f.Field)
	}
	assert.Equal(t, []string{"type", "clientTransactionId", "clientUniqueRef"}, fields)
}

func TestPostTransactionTransfer(t *testing.T) {
	t.Parallel()
	rebuilt := prison.Transfer{DebitTransactionID: "6179611-1", CreditTransactionID: "6179611-2", TransactionID: "6179611"}
	withAccounts := func(from, to string) prison.NewTransfer {
		t := validTransfer
		t.FromAccount, t.ToAccount = from, to
		return t
	}
	cases := []struct {
		name     string
		transfer prison.NewTransfer
		post     error           // nil: posted
		found    string          // debit entry id the look-up finds; "" not looked up
		want     prison.Transfer // zero: an error of kind
		kind     apperr.Kind
	}{
		{"posted", validTransfer, nil, "", rebuilt, 0},
		{"lost response, rebuilt from the debit entry", validTransfer, lostResponse, "6179611-1", rebuilt, 0},
		{"lost response, ids of another shape", validTransfer, lostResponse, "ABC", prison.Transfer{}, apperr.Upstream},
		{"savings to spends", withAccounts("savings", "spends"), nil, "", prison.Transfer{}, apperr.Invalid},
		{"spends to cash", withAccounts("spends", "cash"), nil, "", prison.Transfer{}, apperr.Invalid},
		{"blank account", withAccounts("spends", " "), nil, "", prison.Transfer{}, apperr.Unprocessable},
		{"reused reference", validTransfer, duplicate, "", prison.Transfer{}, apperr.Conflict},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			finance := portsmocks.NewPrisonerFinance(t)
			if c.transfer == validTransfer {
				result := rebuilt
				if c.post != nil {
					result = prison.Transfer{}
				}
				finance.EXPECT().TransferToSavings(mock.Anything, "MDI", "A1234AA", c.transfer).Return(result, c.post).Once()
			}
			if c.found != "" {
				finance.EXPECT().TransactionByRef(mock.Anything, "MDI", "A1234AA", "REF-2").Return(prison.Transaction{ID: c.found}, nil).Once()
			}
			got, err := integration.NewPostTransactionTransfer(newWorld(t).resolver, finance).Handle(context.Background(), "MDI", "A1234AA", c.transfer)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err), "%v", err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
		})
	}
}
