package person

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// PrisonerQuery is a search of prison records by name and date of birth.
type PrisonerQuery struct {
	FirstName      string
	LastName       string
	DateOfBirth    *time.Time
	IncludeAliases bool
	// PrisonIDs limits the search to these prisons; nil searches everywhere.
	PrisonIDs []string
}

// NewPrisonerQuery checks that the query says something about the person:
// a search with no name and no date of birth (blank names count as none)
// would list every prisoner.
func NewPrisonerQuery(firstName, lastName string, dateOfBirth *time.Time, includeAliases bool) (PrisonerQuery, error) {
	q := PrisonerQuery{
		FirstName: strings.TrimSpace(firstName), LastName: strings.TrimSpace(lastName),
		DateOfBirth: dateOfBirth, IncludeAliases: includeAliases,
	}
	if q.FirstName == "" && q.LastName == "" && q.DateOfBirth == nil {
		return PrisonerQuery{}, apperr.New(apperr.Invalid, "No query parameters specified.")
	}
	return q, nil
}

// SortYoungestFirst orders prisoners by date of birth, newest first, as the
// integration API lists search results; unknown dates of birth go last and
// prisoner number breaks ties so pages are stable.
func SortYoungestFirst(prisoners []Prisoner) {
	slices.SortStableFunc(prisoners, func(a, b Prisoner) int {
		return youngestFirst(a.DateOfBirth, b.DateOfBirth, a.NomisNumber, b.NomisNumber)
	})
}

// youngestFirst compares by date of birth, newest first, unknown dates last,
// then by id so the order is stable.
func youngestFirst(aBorn, bBorn *time.Time, aID, bID string) int {
	switch {
	case aBorn == nil && bBorn == nil:
	case aBorn == nil:
		return 1
	case bBorn == nil:
		return -1
	default:
		if c := bBorn.Compare(*aBorn); c != 0 {
			return c
		}
	}
	return cmp.Compare(aID, bID)
}
