package people_test

import (
	"testing"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
)

func TestNewNormalisesIdentifiers(t *testing.T) {
	t.Parallel()
	p, err := people.New("id", people.Details{FirstNames: " Fred ", LastName: "Bloggs", PrisonNumber: " g8133ua", PoliceNationalComputer: "14/120018r "}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if p.PrisonNumber != "G8133UA" || p.PoliceNationalComputer != "14/120018R" || p.FirstNames != "Fred" {
		t.Errorf("not normalised: %+v", p)
	}
}

func TestNewRejectsBrokenRules(t *testing.T) {
	t.Parallel()
	old := time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)
	_, err := people.New("id", people.Details{PrisonNumber: "A:1", DateOfBirth: &old}, time.Now())
	e, ok := apperr.As(err)
	if !ok || e.Kind != apperr.Unprocessable {
		t.Fatalf("want Unprocessable, got %v", err)
	}
	var fields []string
	for _, f := range e.Fields {
		fields = append(fields, f.Field+":"+f.Code)
	}
	want := []string{"first_names:blank", "last_name:blank", "prison_number:invalid", "date_of_birth:invalid"}
	if len(fields) != len(want) {
		t.Fatalf("fields %v, want %v", fields, want)
	}
	for i := range want {
		if fields[i] != want[i] {
			t.Errorf("field %d = %s, want %s", i, fields[i], want[i])
		}
	}
}
