package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// prisonAPIFinanceCalls run in order against one world: the posts change the
// balances and history that the later reads see.
func prisonAPIFinanceCalls() []call {
	const base = "/api/v1/prison/MDI/offenders/A1234AA"
	fin := func(name, method, path, body string, status int, check func(*testing.T, []byte)) call {
		return call{name: "prison-api finance/" + name, spec: prisonAPISpec, method: method, path: path, body: body, status: status, check: check}
	}
	balances := func(spends, savings, cash int64) func(*testing.T, []byte) {
		return func(t *testing.T, b []byte) {
			assert.Equal(t, paAccountBalance{Spends: spends, Savings: savings, Cash: cash}, decode[paAccountBalance](t, b))
		}
	}
	ids := func(want ...string) func(*testing.T, []byte) {
		return func(t *testing.T, b []byte) {
			got := []string{}
			for _, tr := range decode[struct{ Transactions []paAccountTransaction }](t, b).Transactions {
				got = append(got, tr.ID)
			}
			assert.Equal(t, append([]string{}, want...), got)
		}
	}
	canteen := func(ref string, amount string) string {
		return `{"type":"CANT","description":"Canteen","amount":` + amount + `,"client_transaction_id":"CL1","client_unique_ref":"` + ref + `"}`
	}
	transfer := func(ref string, amount string) string {
		return `{"description":"Weekly saving","amount":` + amount + `,"client_transaction_id":"CL2","client_unique_ref":"` + ref + `"}`
	}
	return []call{
		fin("balances", "GET", base+"/accounts", "", 200, balances(4250, 12000, 1500)),
		fin("balances at another prison", "GET", "/api/v1/prison/LEI/offenders/A1234AA/accounts", "", 400, nil),
		fin("balances of an unknown prisoner", "GET", "/api/v1/prison/MDI/offenders/Z9999ZZ/accounts", "", 404, nil),
		fin("balances of a broken record", "GET", "/api/v1/prison/LEI/offenders/A5000EE/accounts", "", 500, nil),
		fin("spends history, newest first", "GET", base+"/accounts/spends/transactions?from_date=2025-10-01&to_date=2025-10-31", "", 200, ids("6179602-1", "6179601-1")),
		fin("history defaults to today", "GET", base+"/accounts/spends/transactions", "", 200, ids()),

		fin("post a canteen spend", "POST", base+"/transactions", canteen("REF-1", "250"), 201, func(t *testing.T, b []byte) {
			assert.Equal(t, "6179610-1", decode[paTransaction](t, b).ID)
		}),
		fin("spends went down", "GET", base+"/accounts", "", 200, balances(4000, 12000, 1500)),
		fin("read back by reference", "GET", base+"/transactions/REF-1", "", 200, func(t *testing.T, b []byte) {
			got := decode[paAccountTransaction](t, b)
			assert.Equal(t, []any{"6179610-1", "CANT", "Canteen Spend", int64(-250), "2025-11-20"}, []any{got.ID, got.Type.Code, got.Type.Desc, got.Amount, got.Date})
		}),
		fin("reused reference", "POST", base+"/transactions", canteen("REF-1", "250"), 409, nil),
		fin("insufficient funds", "POST", base+"/transactions", canteen("REF-2", "999999"), 400, nil),
		fin("type not set up", "POST", base+"/transactions", `{"type":"MRPR","amount":1,"client_transaction_id":"CL1","client_unique_ref":"REF-3"}`, 400, nil),
		fin("unknown reference", "GET", base+"/transactions/NOPE", "", 404, nil),

		fin("transfer to savings", "POST", "/api/finance/prison/MDI/offenders/A1234AA/transfer-to-savings", transfer("REF-4", "1000"), 200, func(t *testing.T, b []byte) {
			assert.Equal(t, paTransferTransactionDetail{DebitTransaction: paTransaction{"6179611-1"}, CreditTransaction: paTransaction{"6179611-2"}, TransactionID: 6179611}, decode[paTransferTransactionDetail](t, b))
		}),
		fin("money moved", "GET", base+"/accounts", "", 200, balances(3000, 13000, 1500)),
		fin("transfer read back as its debit", "GET", base+"/transactions/REF-4", "", 200, func(t *testing.T, b []byte) {
			assert.Equal(t, "6179611-1", decode[paAccountTransaction](t, b).ID)
		}),
		fin("today's savings", "GET", base+"/accounts/savings/transactions", "", 200, ids("6179611-2")),

		fin("lost response still commits", "POST", base+"/transactions", canteen("SIM-LOST-1", "100"), 502, nil),
		fin("the lost one is there", "GET", base+"/transactions/SIM-LOST-1", "", 200, nil),
		fin("flaky first attempt", "POST", base+"/transactions", canteen("SIM-FLAKY-1", "100"), 503, nil),
		fin("flaky first attempt recorded nothing", "GET", base+"/transactions/SIM-FLAKY-1", "", 404, nil),
		fin("flaky second attempt", "POST", base+"/transactions", canteen("SIM-FLAKY-1", "100"), 201, nil),
		fin("both debited once", "GET", base+"/accounts", "", 200, balances(2800, 13000, 1500)),
	}
}

func TestFinanceEntriesMoveBalances(t *testing.T) {
	t.Parallel()
	acc := &Accounts{Spends: 100, NextTransaction: 5}
	acc.add(AccountEntry{Account: "savings", Amount: 40})
	acc.add(AccountEntry{Account: "spends", Amount: -40})
	acc.add(AccountEntry{Account: "cash", Amount: 7})
	require.Equal(t, int64(5), acc.nextNumber())
	assert.Equal(t, []int64{60, 40, 7, 6}, []int64{acc.Spends, acc.Savings, acc.Cash, acc.NextTransaction})
}
