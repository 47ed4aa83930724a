package simulator

import (
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

// NOMIS Prison API prisoner finance (prison-api.prism.json). Unlike the rest
// of the simulator this part is stateful: a posted transaction changes the
// balances, can be read back by its client_unique_ref, and a reused
// reference is a 409, as on the real service. Accounts exist only at the
// prisoner's current prison; any other prison is prison-api's 400.
//
// Two reference prefixes inject the failures finance callers must survive:
//   - SIM-LOST-...: the transaction is recorded, then the answer is a 502, as
//     when a gateway drops the response of a POST that committed;
//   - SIM-FLAKY-...: the first attempt answers 503 without recording
//     anything; later attempts succeed.

// Accounts are a prisoner's NOMIS trust accounts, in pence.
type Accounts struct {
	Spends, Savings, Cash int64
	Entries               []AccountEntry // oldest first
	NextTransaction       int64          // the next NOMIS transaction number
	flakyRefs             map[string]bool
}

// AccountEntry is one entry on one sub-account. A transaction has one entry,
// a transfer two (debit -1 and credit -2 of the same transaction number).
type AccountEntry struct {
	ID          string // "<transaction number>-<entry sequence>"
	Account     string // spends | savings | cash
	Type        string // e.g. CANT
	TypeDesc    string
	Description string
	Amount      int64 // pence; negative for a debit
	Date        time.Time
	ClientRef   string // client_unique_ref it was posted with; "" for history
}

// transactionTypes are the types the simulated prisons are set up for, and
// the sub-account each debits (-1) or credits (+1). prison-api knows more;
// which a prison accepts depends on its set-up, and any other here is a 400.
var transactionTypes = map[string]struct {
	account string
	sign    int64
	desc    string
}{
	"CANT":  {"spends", -1, "Canteen Spend"},
	"REFND": {"spends", +1, "Canteen Refund"},
	"PHONE": {"spends", -1, "Phone Credit"},
	"CASHD": {"cash", -1, "Cash Disbursement"},
}

var clientRefShape = regexp.MustCompile(`^[a-zA-Z0-9_-]{1,64}$`)

func (s *server) prisonAPIFinanceRoutes(r chi.Router) {
	r.Get("/api/v1/prison/{prison_id}/offenders/{noms_id}/accounts", s.financeBalances)
	r.Get("/api/v1/prison/{prison_id}/offenders/{noms_id}/accounts/{account_code}/transactions", s.financeHistory)
	r.Get("/api/v1/prison/{prison_id}/offenders/{noms_id}/transactions/{client_unique_ref}", s.financeTransactionByRef)
	r.Post("/api/v1/prison/{prison_id}/offenders/{noms_id}/transactions", s.financePost)
	r.Post("/api/finance/prison/{prison_id}/offenders/{noms_id}/transfer-to-savings", s.financeTransfer)
}

// financeAccounts finds the prisoner's accounts at the path's prison,
// answering the error itself when it returns nil.
func (s *server) financeAccounts(w http.ResponseWriter, r *http.Request) (*Person, *Accounts) {
	noms, prisonID := chi.URLParam(r, "noms_id"), chi.URLParam(r, "prison_id")
	p := s.world.ByPrisonerNumber(noms)
	if p == nil || !inPrisonSystem(p) {
		writeError(w, hmppsError, http.StatusNotFound, "Resource with id ["+noms+"] not found.", "Resource with id ["+noms+"] not found.")
		return nil, nil
	}
	if failed(w, r, p, "prison-api", hmppsError) {
		return nil, nil
	}
	if p.Custody.Accounts == nil || p.Custody.PrisonID != prisonID {
		msg := fmt.Sprintf("Offender %s has no accounts at prison %s", p.PrisonerNumber, prisonID)
		writeError(w, hmppsError, http.StatusBadRequest, msg, msg)
		return nil, nil
	}
	return p, p.Custody.Accounts
}

type paAccountBalance struct {
	Spends  int64 `json:"spends"`
	Savings int64 `json:"savings"`
	Cash    int64 `json:"cash"`
}

func (s *server) financeBalances(w http.ResponseWriter, r *http.Request) {
	_, acc := s.financeAccounts(w, r)
	if acc == nil {
		return
	}
	var out paAccountBalance
	s.world.read(func() { out = paAccountBalance{Spends: acc.Spends, Savings: acc.Savings, Cash: acc.Cash} })
	writeJSON(w, http.StatusOK, out)
}

type paCodeDescription struct {
	Code string `json:"code"`
	Desc string `json:"desc"`
}

type paAccountTransaction struct {
	ID          string            `json:"id"`
	Type        paCodeDescription `json:"type"`
	Description string            `json:"description"`
	Amount      int64             `json:"amount"`
	Date        string            `json:"date"`
}

func toPATransaction(e AccountEntry) paAccountTransaction {
	return paAccountTransaction{ID: e.ID, Type: paCodeDescription{Code: e.Type, Desc: e.TypeDesc},
		Description: e.Description, Amount: e.Amount, Date: fmtDate(e.Date)}
}

// financeHistory lists one sub-account's entries between from_date and
// to_date (each defaulting to today), newest first then by id, as NOMIS orders them.
func (s *server) financeHistory(w http.ResponseWriter, r *http.Request) {
	account := chi.URLParam(r, "account_code")
	if !slices.Contains([]string{"spends", "savings", "cash"}, account) {
		writeError(w, hmppsError, http.StatusBadRequest, "Invalid account_code: "+account, "account_code must be spends, savings or cash")
		return
	}
	q := r.URL.Query()
	from, errFrom := parseDate(q.Get("from_date"))
	to, errTo := parseDate(q.Get("to_date"))
	if errFrom != nil || errTo != nil {
		writeError(w, hmppsError, http.StatusBadRequest, "Invalid date", "from_date and to_date must be yyyy-MM-dd")
		return
	}
	if from.IsZero() {
		from = s.today()
	}
	if to.IsZero() {
		to = s.today()
	}
	_, acc := s.financeAccounts(w, r)
	if acc == nil {
		return
	}
	out := struct {
		Transactions []paAccountTransaction `json:"transactions"`
	}{Transactions: []paAccountTransaction{}}
	s.world.read(func() {
		for _, e := range acc.Entries {
			if e.Account == account && !e.Date.Before(from) && !e.Date.After(to) {
				out.Transactions = append(out.Transactions, toPATransaction(e))
			}
		}
	})
	slices.SortStableFunc(out.Transactions, func(a, b paAccountTransaction) int {
		if c := strings.Compare(b.Date, a.Date); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	writeJSON(w, http.StatusOK, out)
}

// financeTransactionByRef finds the first entry posted with the reference
// (for a transfer, its debit).
func (s *server) financeTransactionByRef(w http.ResponseWriter, r *http.Request) {
	ref := chi.URLParam(r, "client_unique_ref")
	noms, prisonID := chi.URLParam(r, "noms_id"), chi.URLParam(r, "prison_id")
	p := s.world.ByPrisonerNumber(noms)
	if p == nil || !inPrisonSystem(p) {
		writeError(w, hmppsError, http.StatusNotFound, "Resource with id ["+noms+"] not found.", "Resource with id ["+noms+"] not found.")
		return
	}
	if failed(w, r, p, "prison-api", hmppsError) {
		return
	}
	var found *AccountEntry
	s.world.read(func() {
		if acc := p.Custody.Accounts; acc != nil && p.Custody.PrisonID == prisonID {
			if i := acc.entryByRef(ref); i >= 0 {
				e := acc.Entries[i]
				found = &e
			}
		}
	})
	if found == nil {
		msg := "Transaction with client_unique_ref [" + ref + "] not found."
		writeError(w, hmppsError, http.StatusNotFound, msg, msg)
		return
	}
	writeJSON(w, http.StatusOK, toPATransaction(*found))
}

type paCreateTransaction struct {
	Type                string  `json:"type"`
	Description         *string `json:"description"`
	Amount              *int64  `json:"amount"`
	ClientTransactionID string  `json:"client_transaction_id"`
	ClientUniqueRef     string  `json:"client_unique_ref"`
}

// validate applies prison-api's bean validation; "" means valid.
func (b paCreateTransaction) validate(requireType bool) string {
	switch {
	case requireType && b.Type == "":
		return "type must not be null"
	case b.Amount == nil:
		return "amount must not be null"
	case *b.Amount < 1:
		return "amount must be greater than or equal to 1"
	case b.ClientTransactionID == "" || len(b.ClientTransactionID) > 12:
		return "client_transaction_id must be 1 to 12 characters"
	case !clientRefShape.MatchString(b.ClientUniqueRef):
		return "client_unique_ref must be 1 to 64 letters, digits, '-' or '_'"
	case b.Description != nil && len(*b.Description) > 240:
		return "description must be at most 240 characters"
	}
	return ""
}

func (s *server) financePost(w http.ResponseWriter, r *http.Request) {
	s.financeWrite(w, r, true, func(p *Person, acc *Accounts, b paCreateTransaction) (int, any) {
		t, ok := transactionTypes[b.Type]
		if !ok {
			msg := fmt.Sprintf("Finance Exception: transaction type %s is not set up for prison %s", b.Type, p.Custody.PrisonID)
			return http.StatusBadRequest, hmppsError(http.StatusBadRequest, msg, msg)
		}
		amount := t.sign * *b.Amount
		if acc.balance(t.account)+amount < 0 {
			return http.StatusBadRequest, hmppsError(http.StatusBadRequest, "Insufficient Funds", "Insufficient Funds")
		}
		number := acc.nextNumber()
		id := strconv.FormatInt(number, 10) + "-1"
		acc.add(AccountEntry{ID: id, Account: t.account, Type: b.Type, TypeDesc: t.desc,
			Description: deref(b.Description), Amount: amount, Date: s.today(), ClientRef: b.ClientUniqueRef})
		return http.StatusCreated, struct {
			ID string `json:"id"`
		}{id}
	})
}

type paTransaction struct {
	ID string `json:"id"`
}

type paTransferTransactionDetail struct {
	DebitTransaction  paTransaction `json:"debitTransaction"`
	CreditTransaction paTransaction `json:"creditTransaction"`
	TransactionID     int64         `json:"transactionId"`
}

func (s *server) financeTransfer(w http.ResponseWriter, r *http.Request) {
	s.financeWrite(w, r, false, func(_ *Person, acc *Accounts, b paCreateTransaction) (int, any) {
		if acc.Spends < *b.Amount {
			return http.StatusBadRequest, hmppsError(http.StatusBadRequest, "Insufficient Funds", "Insufficient Funds")
		}
		number := acc.nextNumber()
		prefix := strconv.FormatInt(number, 10)
		desc := deref(b.Description)
		acc.add(AccountEntry{ID: prefix + "-1", Account: "spends", Type: "OT", TypeDesc: "Sub Account Transfer",
			Description: desc, Amount: -*b.Amount, Date: s.today(), ClientRef: b.ClientUniqueRef})
		acc.add(AccountEntry{ID: prefix + "-2", Account: "savings", Type: "OT", TypeDesc: "Sub Account Transfer",
			Description: desc, Amount: *b.Amount, Date: s.today(), ClientRef: b.ClientUniqueRef})
		return http.StatusOK, paTransferTransactionDetail{
			DebitTransaction: paTransaction{prefix + "-1"}, CreditTransaction: paTransaction{prefix + "-2"}, TransactionID: number,
		}
	})
}

// financeWrite does what both POSTs share: find the accounts, validate the
// body, refuse a reused reference, apply the injected failures, and run
// apply under the world's write lock so concurrent posts cannot overdraw.
func (s *server) financeWrite(w http.ResponseWriter, r *http.Request, requireType bool, apply func(*Person, *Accounts, paCreateTransaction) (int, any)) {
	p, acc := s.financeAccounts(w, r)
	if acc == nil {
		return
	}
	var b paCreateTransaction
	if err := decodeJSON(r, &b); err != nil {
		writeError(w, hmppsError, http.StatusBadRequest, "Invalid request body", err.Error())
		return
	}
	if problem := b.validate(requireType); problem != "" {
		writeError(w, hmppsError, http.StatusBadRequest, problem, problem)
		return
	}
	var status int
	var body any
	s.world.update(func() {
		switch {
		case acc.entryByRef(b.ClientUniqueRef) >= 0:
			msg := "Duplicate post - The client_unique_ref has been used before"
			status, body = http.StatusConflict, hmppsError(http.StatusConflict, msg, msg)
		case strings.HasPrefix(b.ClientUniqueRef, "SIM-FLAKY-") && !acc.flakyRefs[b.ClientUniqueRef]:
			if acc.flakyRefs == nil {
				acc.flakyRefs = map[string]bool{}
			}
			acc.flakyRefs[b.ClientUniqueRef] = true
			status, body = http.StatusServiceUnavailable, hmppsError(http.StatusServiceUnavailable, "Service Unavailable", "Simulated failure before commit")
		default:
			status, body = apply(p, acc, b)
			if status < 300 && strings.HasPrefix(b.ClientUniqueRef, "SIM-LOST-") {
				status, body = http.StatusBadGateway, hmppsError(http.StatusBadGateway, "Bad Gateway", "Simulated loss of the response after commit")
			}
		}
	})
	writeJSON(w, status, body)
}

func (a *Accounts) entryByRef(ref string) int {
	return slices.IndexFunc(a.Entries, func(e AccountEntry) bool { return e.ClientRef != "" && e.ClientRef == ref })
}

func (a *Accounts) balance(account string) int64 {
	switch account {
	case "savings":
		return a.Savings
	case "cash":
		return a.Cash
	}
	return a.Spends
}

func (a *Accounts) nextNumber() int64 {
	n := a.NextTransaction
	a.NextTransaction++
	return n
}

func (a *Accounts) add(e AccountEntry) {
	a.Entries = append(a.Entries, e)
	switch e.Account {
	case "savings":
		a.Savings += e.Amount
	case "cash":
		a.Cash += e.Amount
	default:
		a.Spends += e.Amount
	}
}

// read runs f under the world's read lock, for state that posts change.
func (w *World) read(f func()) {
	w.mu.RLock()
	defer w.mu.RUnlock()
	f()
}

// update runs f under the world's write lock.
func (w *World) update(f func()) {
	w.mu.Lock()
	defer w.mu.Unlock()
	f()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
