package prison_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

func TestBalancesAreListedSpendsSavingsCash(t *testing.T) {
	t.Parallel()
	got := prison.Balances{Cash: 3, Savings: 2, Spends: 1}.All()
	assert.Equal(t, []prison.AccountBalance{{Account: "spends", Amount: 1}, {Account: "savings", Amount: 2}, {Account: "cash", Amount: 3}}, got)
}

func TestTransferFromDebitEntry(t *testing.T) {
	t.Parallel()
	cases := []struct {
		id   string
		want prison.Transfer
		ok   bool
	}{
		{"6179611-1", prison.Transfer{DebitTransactionID: "6179611-1", CreditTransactionID: "6179611-2", TransactionID: "6179611"}, true},
		{"6179611-2", prison.Transfer{}, false}, // a credit entry is not what the look-up returns
		{"6179611", prison.Transfer{}, false},
		{"abc-1", prison.Transfer{}, false},
		{"", prison.Transfer{}, false},
	}
	for _, c := range cases {
		got, ok := prison.TransferFromDebitEntry(c.id)
		assert.Equal(t, c.ok, ok, c.id)
		assert.Equal(t, c.want, got, c.id)
	}
}

func TestNewPeriod(t *testing.T) {
	t.Parallel()
	d1 := time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)
	d2 := d1.AddDate(0, 0, 1)
	cases := []struct {
		name     string
		from, to *time.Time
		valid    bool
	}{
		{"neither", nil, nil, true},
		{"both", &d1, &d2, true},
		{"same day", &d1, &d1, true},
		{"only from", &d1, nil, false},
		{"only to", nil, &d2, false},
		{"backwards", &d2, &d1, false},
	}
	for _, c := range cases {
		_, err := prison.NewPeriod(c.from, c.to)
		if c.valid {
			assert.NoError(t, err, c.name)
		} else {
			assert.Equal(t, apperr.Invalid, apperr.KindOf(err), c.name)
		}
	}
}
