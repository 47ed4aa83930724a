package person

import (
	"slices"
	"strings"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// SearchQuery is a search of both prison and probation records.
type SearchQuery struct {
	FirstName      string
	LastName       string
	PNC            string
	DateOfBirth    *time.Time
	IncludeAliases bool
}

// NewPersonQuery checks that the query says something about the person
// (blank values count as absent): an empty search would list everyone.
func NewPersonQuery(firstName, lastName, pnc string, dateOfBirth *time.Time, includeAliases bool) (SearchQuery, error) {
	q := SearchQuery{
		FirstName: strings.TrimSpace(firstName), LastName: strings.TrimSpace(lastName), PNC: strings.TrimSpace(pnc),
		DateOfBirth: dateOfBirth, IncludeAliases: includeAliases,
	}
	if q.FirstName == "" && q.LastName == "" && q.PNC == "" && q.DateOfBirth == nil {
		return SearchQuery{}, apperr.New(apperr.Invalid, "No query parameters specified.")
	}
	return q, nil
}

// SearchesPrison reports whether prison records are searched too. Prisoner
// search cannot match a PNC number, so a PNC search would otherwise return
// every prisoner matching the rest of the query.
func (q SearchQuery) SearchesPrison() bool { return q.PNC == "" }

// Prisoners is the prison half of the query.
func (q SearchQuery) Prisoners() PrisonerQuery {
	return PrisonerQuery{FirstName: q.FirstName, LastName: q.LastName, DateOfBirth: q.DateOfBirth, IncludeAliases: q.IncludeAliases}
}

// SortCasesYoungestFirst orders probation cases by date of birth, newest
// first, unknown dates last, CRN breaking ties so pages are stable.
func SortCasesYoungestFirst(cases []ProbationCase) {
	slices.SortStableFunc(cases, func(a, b ProbationCase) int {
		return youngestFirst(a.DateOfBirth, b.DateOfBirth, a.CRN, b.CRN)
	})
}
