package person_test

import (
	"testing"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

func TestParseID(t *testing.T) {
	t.Parallel()
	cases := []struct {
		raw  string
		want person.IDKind
	}{
		{"A1234AA", person.NOMS},
		{"G8133UA", person.NOMS},
		{"X00001", person.CRN},
		{"X123456", person.CRN},
		{"AB123456", person.CRN},
		{"2008/0545166T", person.PNC},
		{"14/120018R", person.PNC},
	}
	for _, c := range cases {
		id, err := person.ParseID(c.raw)
		if err != nil {
			t.Errorf("%s: %v", c.raw, err)
			continue
		}
		if id.Kind() != c.want || id.String() != c.raw {
			t.Errorf("%s parsed as %s %q, want %s", c.raw, id.Kind(), id.String(), c.want)
		}
	}
	// CRO numbers are not HMPPS ids; neither are lower-case or padded shapes.
	for _, raw := range []string{"", "SF80/655108T-", "a1234aa", "A1234A", "bogus!", "2008%2F0545166T", "123456/08A/"} {
		if _, err := person.ParseID(raw); !apperr.Is(err, apperr.Invalid) {
			t.Errorf("%q: want Invalid, got %v", raw, err)
		}
	}
}
