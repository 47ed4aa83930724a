package main

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Component tests of the prisoner-finance operations against the simulator's
// stateful prison-api accounts. The seed person starts with spends 4250,
// savings 12000 and cash 1500 (pence) in Moorland.

func financePath(prisonID, id, rest string) string {
	return "/v1/prison/" + prisonID + "/prisoners/" + id + rest
}

// postJSON sends body as JSON, as the consumer named in header (if any).
func postJSON(t *testing.T, s *service, path, body string, header map[string]string) (int, map[string]any) {
	t.Helper()
	all := map[string]string{"Content-Type": "application/json"}
	for k, v := range header {
		all[k] = v
	}
	status, _, resp := s.do(t, http.MethodPost, path, body, all)
	return status, resp
}

func balancesOf(t *testing.T, s *service) []any {
	t.Helper()
	status, _, body := s.do(t, http.MethodGet, financePath("MDI", "A1234AA", "/balances"), "", nil)
	require.Equal(t, http.StatusOK, status, body)
	return data(t, body)["balances"].([]any)
}

func balances(spends, savings, cash float64) []any {
	return []any{
		map[string]any{"accountCode": "spends", "amount": spends},
		map[string]any{"accountCode": "savings", "amount": savings},
		map[string]any{"accountCode": "cash", "amount": cash},
	}
}

func TestFinanceGetBalances(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, financePath("MDI", id, "/balances"), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, map[string]any{"balances": balances(4250, 12000, 1500)}, body["data"], id)
	}

	cases := []struct {
		name, path string
		consumer   string
		status     int
	}{
		{"no accounts at that prison is prison-api's 400", financePath("LEI", "A1234AA", "/balances"), "full-access", http.StatusBadRequest},
		{"probation only has no accounts", financePath("MDI", "X00002", "/balances"), "full-access", http.StatusNotFound},
		{"prison outside the consumer's filter", financePath("MDI", "A1234AA", "/balances"), "leeds-only", http.StatusNotFound},
		{"prison-api failing", financePath("LEI", "A5000EE", "/balances"), "full-access", http.StatusInternalServerError},
	}
	for _, c := range cases {
		status, _, body := s.do(t, http.MethodGet, c.path, "", as(c.consumer))
		require.Equal(t, c.status, status, "%s: %v", c.name, body)
	}
	_, _, body := s.do(t, http.MethodGet, financePath("MDI", "A1234AA", "/balances"), "", as("leeds-only"))
	assert.Equal(t, personNotFound("A1234AA"), body, "hidden like an unknown person")

	commonErrors(t, s, func(id string) string { return financePath("MDI", id, "/balances") })
}

func TestFinanceGetAccountBalance(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	for code, amount := range map[string]float64{"spends": 4250, "savings": 12000, "cash": 1500} {
		for _, id := range seedIDs {
			status, _, body := s.do(t, http.MethodGet, financePath("MDI", id, "/accounts/"+code+"/balances"), "", nil)
			require.Equal(t, http.StatusOK, status, id)
			assert.Equal(t, map[string]any{"balance": map[string]any{"accountCode": code, "amount": amount}}, body["data"], id)
		}
	}
	status, _, _ := s.do(t, http.MethodGet, financePath("MDI", "A1234AA", "/accounts/current/balances"), "", nil)
	assert.Equal(t, http.StatusBadRequest, status)
	status, _, _ = s.do(t, http.MethodGet, financePath("MDI", "A1234AA", "/accounts/spends/balances"), "", as("leeds-only"))
	assert.Equal(t, http.StatusNotFound, status)
	commonErrors(t, s, func(id string) string { return financePath("MDI", id, "/accounts/cash/balances") })
}

func TestFinanceGetAccountTransactions(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	october := "?from_date=2025-10-01&to_date=2025-10-31"
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, financePath("MDI", id, "/accounts/spends/transactions"+october), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, map[string]any{"transactions": []any{
			map[string]any{"id": "6179602-1", "type": map[string]any{"code": "A_EARN", "desc": "Offender Payroll"}, "description": "Kitchen work", "amount": float64(1500), "date": "2025-10-10"},
			map[string]any{"id": "6179601-1", "type": map[string]any{"code": "CANT", "desc": "Canteen Spend"}, "description": "Canteen purchase", "amount": float64(-750), "date": "2025-10-03"},
		}}, body["data"], id)
	}

	// No dates: today's, which start empty and show what is posted today.
	path := financePath("MDI", "A1234AA", "/accounts/spends/transactions")
	status, _, body := s.do(t, http.MethodGet, path, "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, map[string]any{"transactions": []any{}}, body["data"])
	status, _ = postJSON(t, s, financePath("MDI", "A1234AA", "/transactions"), purchase("TODAY-1", 100), nil)
	require.Equal(t, http.StatusOK, status)
	_, _, body = s.do(t, http.MethodGet, path, "", nil)
	assert.Equal(t, []any{float64(-100)}, field(data(t, body)["transactions"].([]any), "amount"))

	for _, query := range []string{"?from_date=2025-10-01", "?to_date=2025-10-01", "?from_date=2025-10-31&to_date=2025-10-01", "?from_date=01-10-2025&to_date=2025-10-31"} {
		status, _, body := s.do(t, http.MethodGet, path+query, "", nil)
		require.Equal(t, http.StatusBadRequest, status, query)
		assert.Equal(t, float64(400), body["status"], query)
	}
	status, _, _ = s.do(t, http.MethodGet, financePath("MDI", "A1234AA", "/accounts/current/transactions"), "", nil)
	assert.Equal(t, http.StatusBadRequest, status)
	status, _, _ = s.do(t, http.MethodGet, path, "", as("leeds-only"))
	assert.Equal(t, http.StatusNotFound, status)
	commonErrors(t, s, func(id string) string { return financePath("MDI", id, "/accounts/spends/transactions") })
}

func purchase(ref string, amount int) string {
	return fmt.Sprintf(`{"type":"CANT","description":"Canteen purchase","amount":%d,"clientTransactionId":"CL123212","clientUniqueRef":%q}`, amount, ref)
}

func TestFinancePostTransaction(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	post := func(id, body string, header map[string]string) (int, map[string]any) {
		return postJSON(t, s, financePath("MDI", id, "/transactions"), body, header)
	}

	// Every id shape posts to the same account; each debit is applied once.
	for i, id := range seedIDs {
		status, body := post(id, purchase(fmt.Sprintf("REF-%d", i), 250), nil)
		require.Equal(t, http.StatusOK, status, "%s: %v", id, body)
		assert.Equal(t, map[string]any{"transactionId": fmt.Sprintf("6179%d-1", 610+i)}, body["data"], id)
	}
	assert.Equal(t, balances(3500, 12000, 1500), balancesOf(t, s))

	// Read back by its reference; the reference itself is not echoed.
	status, _, body := s.do(t, http.MethodGet, financePath("MDI", "X00001", "/transactions/REF-0"), "", nil)
	require.Equal(t, http.StatusOK, status)
	d := data(t, body)
	assert.Equal(t, []any{"6179610-1", map[string]any{"code": "CANT", "desc": "Canteen Spend"}, "Canteen purchase", float64(-250)},
		[]any{d["id"], d["type"], d["description"], d["amount"]})
	status, _, body = s.do(t, http.MethodGet, financePath("MDI", "A1234AA", "/transactions/NEVER-POSTED"), "", nil)
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, "Could not find transaction with clientUniqueRef: NEVER-POSTED.", body["developerMessage"])
	status, _, _ = s.do(t, http.MethodGet, financePath("MDI", "A1234AA", "/transactions/REF-0"), "", as("leeds-only"))
	assert.Equal(t, http.StatusNotFound, status)

	// A reused reference is the seed's 409, and nothing moves.
	status, body = post("A1234AA", purchase("REF-0", 250), nil)
	require.Equal(t, http.StatusConflict, status)
	assert.Equal(t, map[string]any{"status": float64(409), "errorCode": nil, "userMessage": "Conflict",
		"developerMessage": "Duplicate post - The client_unique_ref has been used before", "moreInfo": nil}, body)

	// A response lost after the commit is found by reference, not posted twice;
	// a request lost before it is sent again.
	for _, ref := range []string{"SIM-LOST-1", "SIM-FLAKY-1"} {
		status, body = post("A1234AA", purchase(ref, 500), nil)
		require.Equal(t, http.StatusOK, status, "%s: %v", ref, body)
	}
	assert.Equal(t, balances(2500, 12000, 1500), balancesOf(t, s))

	// prison-api's refusals are the consumer's 400, with its reason.
	status, body = post("A1234AA", purchase("REF-BIG", 999999), nil)
	require.Equal(t, http.StatusBadRequest, status)
	assert.Equal(t, "Either invalid HMPPS ID: A1234AA, or incorrect prison: MDI, or invalid request body: Insufficient Funds", body["developerMessage"])
	status, body = post("A1234AA", `{"type":"MRPR","amount":1,"clientTransactionId":"CL1","clientUniqueRef":"REF-MRPR"}`, nil)
	require.Equal(t, http.StatusBadRequest, status)
	assert.Contains(t, body["developerMessage"], "not set up for prison MDI")
	status, _ = postJSON(t, s, financePath("LEI", "A1234AA", "/transactions"), purchase("REF-LEI", 1), nil)
	assert.Equal(t, http.StatusBadRequest, status, "not in that prison")

	// Our own body checks: every blank field listed.
	status, body = post("A1234AA", `{"type":"  ","amount":1,"clientTransactionId":" ","clientUniqueRef":"REF-X"}`, nil)
	require.Equal(t, http.StatusBadRequest, status)
	assert.Equal(t, "Validation issues in request body", body["developerMessage"])
	assert.Equal(t, []any{"type: must not be blank", "clientTransactionId: must not be blank"}, body["validationErrors"])
	for _, bad := range []string{`{"amount":1,"clientTransactionId":"CL1","clientUniqueRef":"REF-Y"}`, `{"type":"CANT","amount":"ten","clientTransactionId":"CL1","clientUniqueRef":"REF-Y"}`, `{`, ``} {
		status, body = post("A1234AA", bad, nil)
		require.Equal(t, http.StatusBadRequest, status, bad)
		assert.Equal(t, float64(400), body["status"], bad)
	}
	_, body = post("A1234AA", `{"amount":1,"clientTransactionId":"CL1","clientUniqueRef":"REF-Y"}`, nil)
	assert.Len(t, body["validationErrors"], 1, "a missing field is listed too")

	// Outside the filter, unknown, malformed or probation-only: nothing is posted.
	status, _ = post("A1234AA", purchase("REF-F", 1), as("leeds-only"))
	assert.Equal(t, http.StatusNotFound, status)
	for id, want := range map[string]int{"Z9999ZZ": http.StatusNotFound, "X00002": http.StatusNotFound, "bogus": http.StatusBadRequest} {
		status, _ = post(id, purchase("REF-ID", 1), nil)
		assert.Equal(t, want, status, id)
	}
	assert.Equal(t, balances(2500, 12000, 1500), balancesOf(t, s))
}

func transfer(ref, from, to string, amount int) string {
	return fmt.Sprintf(`{"description":"Weekly saving","amount":%d,"clientTransactionId":"CL123213","clientUniqueRef":%q,"fromAccount":%q,"toAccount":%q}`, amount, ref, from, to)
}

func TestFinancePostTransactionTransfer(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	post := func(id, body string, header map[string]string) (int, map[string]any) {
		return postJSON(t, s, financePath("MDI", id, "/transactions/transfer"), body, header)
	}
	for i, id := range seedIDs {
		status, body := post(id, transfer(fmt.Sprintf("TR-%d", i), "spends", "savings", 1000), nil)
		require.Equal(t, http.StatusOK, status, "%s: %v", id, body)
		n := 6179610 + i
		assert.Equal(t, map[string]any{"debitTransactionId": fmt.Sprintf("%d-1", n), "creditTransactionId": fmt.Sprintf("%d-2", n), "transactionId": fmt.Sprint(n)}, body["data"], id)
	}
	assert.Equal(t, balances(1250, 15000, 1500), balancesOf(t, s))

	// The response lost after the commit: the ids are rebuilt from the debit found by reference.
	status, body := post("A1234AA", transfer("SIM-LOST-T", "spends", "savings", 250), nil)
	require.Equal(t, http.StatusOK, status, body)
	assert.Equal(t, map[string]any{"debitTransactionId": "6179613-1", "creditTransactionId": "6179613-2", "transactionId": "6179613"}, body["data"])
	assert.Equal(t, balances(1000, 15250, 1500), balancesOf(t, s))

	status, body = post("A1234AA", transfer("TR-0", "spends", "savings", 1), nil)
	require.Equal(t, http.StatusConflict, status)
	assert.Equal(t, "Conflict", body["userMessage"])

	for _, accounts := range [][2]string{{"savings", "spends"}, {"spends", "cash"}, {"cash", "savings"}} {
		status, body = post("A1234AA", transfer("TR-BAD", accounts[0], accounts[1], 1), nil)
		require.Equal(t, http.StatusBadRequest, status, accounts)
		assert.Contains(t, body["developerMessage"], "only transfers from spends to savings", accounts)
	}
	status, body = post("A1234AA", `{"description":" ","amount":1,"clientTransactionId":"CL1","clientUniqueRef":"TR-B","fromAccount":"spends","toAccount":"savings"}`, nil)
	require.Equal(t, http.StatusBadRequest, status)
	assert.Equal(t, []any{"description: must not be blank"}, body["validationErrors"])
	status, body = post("A1234AA", transfer("TR-BIG", "spends", "savings", 999999), nil)
	require.Equal(t, http.StatusBadRequest, status)
	assert.Contains(t, body["developerMessage"], "Insufficient Funds")

	status, _ = post("A1234AA", transfer("TR-F", "spends", "savings", 1), as("leeds-only"))
	assert.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, balances(1000, 15250, 1500), balancesOf(t, s))
}
