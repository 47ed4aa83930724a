package prison

import (
	"strconv"
	"strings"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// AccountCode names one of a prisoner's three NOMIS sub-accounts.
type AccountCode string

// The three sub-accounts, in the order the API always lists them.
const (
	Spends  AccountCode = "spends"
	Savings AccountCode = "savings"
	Cash    AccountCode = "cash"
)

// accountOrder is the fixed order of GET .../balances; consumers index into it.
var accountOrder = []AccountCode{Spends, Savings, Cash}

// ParseAccountCode accepts exactly spends, savings or cash; anything else is
// Invalid, so an unknown account never reaches prison-api.
func ParseAccountCode(s string) (AccountCode, error) {
	for _, code := range accountOrder {
		if s == string(code) {
			return code, nil
		}
	}
	return "", apperr.New(apperr.Invalid, "Invalid accountCode: %s. It must be one of spends, savings or cash", s)
}

// Balances are the amounts, in pence, in a prisoner's three sub-accounts at one prison.
type Balances struct {
	Spends  int64
	Savings int64
	Cash    int64
}

// AccountBalance is one sub-account's balance in pence.
type AccountBalance struct {
	Account AccountCode
	Amount  int64
}

// Of returns the balance of one sub-account.
func (b Balances) Of(code AccountCode) AccountBalance {
	switch code {
	case Savings:
		return AccountBalance{Account: Savings, Amount: b.Savings}
	case Cash:
		return AccountBalance{Account: Cash, Amount: b.Cash}
	}
	return AccountBalance{Account: Spends, Amount: b.Spends}
}

// All lists the three balances as spends, savings, cash.
func (b Balances) All() []AccountBalance {
	out := make([]AccountBalance, 0, len(accountOrder))
	for _, code := range accountOrder {
		out = append(out, b.Of(code))
	}
	return out
}

// Transaction is one entry on a prisoner's account.
type Transaction struct {
	ID              string // NOMIS "<transaction number>-<entry sequence>", e.g. 6179604-1
	TypeCode        string // e.g. CANT
	TypeDescription string // e.g. Canteen Spend
	Description     string
	Amount          int64 // pence
	Date            time.Time
}

// Period bounds a transaction history by calendar day, both ends included.
// The zero Period means "today" as prison-api counts it: the upstream applies
// that default itself, so no clock (or time zone) of ours can disagree with it.
type Period struct {
	From, To *time.Time
}

// NewPeriod accepts both dates or neither: a single bound would leave the
// other end silently defaulting to today, which no caller means.
func NewPeriod(from, to *time.Time) (Period, error) {
	switch {
	case from == nil && to == nil:
		return Period{}, nil
	case from == nil || to == nil:
		return Period{}, apperr.New(apperr.Invalid, "Both from_date and to_date must be supplied if one is populated")
	case from.After(*to):
		return Period{}, apperr.New(apperr.Invalid, "from_date must not be after to_date")
	}
	return Period{From: from, To: to}, nil
}

// NewTransaction is a consumer's request to post a transaction to NOMIS.
type NewTransaction struct {
	Type                string // e.g. CANT; prison-api decides which types a prison accepts
	Description         string // optional
	Amount              int64  // pence
	ClientTransactionID string
	ClientUniqueRef     string // prison-api's idempotency key
}

// Validate reports every blank required field at once, as the original's bean
// validation does. Anything subtler (known types, lengths, funds) is
// prison-api's to judge: it is the system of record and answers 400.
func (t NewTransaction) Validate() error {
	return requireNotBlank(
		field{"type", t.Type},
		field{"clientTransactionId", t.ClientTransactionID},
		field{"clientUniqueRef", t.ClientUniqueRef},
	)
}

// NewTransfer is a consumer's request to move money between a prisoner's accounts.
type NewTransfer struct {
	Description         string
	Amount              int64 // pence
	ClientTransactionID string
	ClientUniqueRef     string
	FromAccount         string
	ToAccount           string
}

// Validate checks the body first (every blank field), then the one movement
// prison-api supports: spends to savings.
func (t NewTransfer) Validate() error {
	if err := requireNotBlank(
		field{"description", t.Description},
		field{"clientTransactionId", t.ClientTransactionID},
		field{"clientUniqueRef", t.ClientUniqueRef},
		field{"fromAccount", t.FromAccount},
		field{"toAccount", t.ToAccount},
	); err != nil {
		return err
	}
	if t.FromAccount != string(Spends) || t.ToAccount != string(Savings) {
		return apperr.New(apperr.Invalid, "Invalid transfer from %s to %s: only transfers from spends to savings are supported", t.FromAccount, t.ToAccount)
	}
	return nil
}

// Transfer identifies a completed transfer: one NOMIS transaction with a
// debit entry and a credit entry.
type Transfer struct {
	DebitTransactionID  string
	CreditTransactionID string
	TransactionID       string
}

// TransferFromDebitEntry rebuilds a transfer's ids from its debit entry, found
// by clientUniqueRef when the response to the POST was lost. NOMIS numbers the
// two entries of the one transaction 1 (debit) and 2 (credit); an id of any
// other shape cannot be rebuilt, and ok is false.
func TransferFromDebitEntry(entryID string) (t Transfer, ok bool) {
	number, seq, found := strings.Cut(entryID, "-")
	if !found || seq != "1" {
		return Transfer{}, false
	}
	if _, err := strconv.ParseInt(number, 10, 64); err != nil {
		return Transfer{}, false
	}
	return Transfer{DebitTransactionID: entryID, CreditTransactionID: number + "-2", TransactionID: number}, true
}

// DuplicateTransaction is the error for a clientUniqueRef prison-api has
// already recorded, worded as the seed documents it.
func DuplicateTransaction() error {
	return apperr.New(apperr.Conflict, "Duplicate post - The client_unique_ref has been used before")
}

type field struct{ name, value string }

func requireNotBlank(fields ...field) error {
	var problems []apperr.FieldError
	for _, f := range fields {
		if strings.TrimSpace(f.value) == "" {
			problems = append(problems, apperr.FieldError{Field: f.name, Code: "blank", Message: "must not be blank"})
		}
	}
	if len(problems) > 0 {
		return apperr.Validation(problems...)
	}
	return nil
}
