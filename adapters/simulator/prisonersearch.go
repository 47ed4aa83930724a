package simulator

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
)

// Prisoner search (prisoner-search.json): everyone with a NOMIS record.
// The responseFields query parameter is accepted and ignored (all fields are
// always returned).

func (s *server) prisonerSearchRoutes(r chi.Router) {
	r.Get("/prisoner/{id}", s.getPrisoner)
	r.Post("/global-search", s.globalSearch)
	r.Post("/prisoner-detail", s.prisonerDetail)
	r.Post("/attribute-search", s.attributeSearch)
}

func (s *server) getPrisoner(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	p := s.world.ByPrisonerNumber(id)
	if p == nil || !inPrisonSystem(p) {
		writeError(w, prisonerSearchError, http.StatusNotFound, "Not found: "+id+" not found", id+" not found")
		return
	}
	writeJSON(w, http.StatusOK, s.world.toPrisoner(p))
}

// globalSearch matches on identifier, names, date of birth, gender and
// location; results are ordered by prisoner number.
func (s *server) globalSearch(w http.ResponseWriter, r *http.Request) {
	var c psGlobalSearchCriteria
	if err := decodeJSON(r, &c); err != nil {
		psBadRequest(w, err.Error())
		return
	}
	dob, err := parseDate(c.DateOfBirth)
	if err != nil {
		psBadRequest(w, "Invalid date of birth: "+c.DateOfBirth)
		return
	}
	gender, ok := psGenders[strings.ToUpper(c.Gender)]
	if !ok {
		psBadRequest(w, "Invalid gender: "+c.Gender)
		return
	}
	names := nameQuery{first: c.FirstName, last: c.LastName, dob: dob}
	if names.empty() && strings.TrimSpace(c.PrisonerIdentifier) == "" {
		psBadRequest(w, "Invalid search - please provide at least one search criteria")
		return
	}
	location := strings.ToUpper(c.Location)

	id := strings.TrimSpace(c.PrisonerIdentifier)
	found := s.prisoners(func(p *Person) bool {
		out := p.Custody.PrisonID == "OUT"
		return matchesPrisonerIdentifier(p, id) &&
			names.matchesPerson(p, c.IncludeAliases) &&
			(gender == "" || p.Gender == gender) &&
			(location != "IN" || !out) && (location != "OUT" || out)
	})
	page, size, _ := pageParams(r)
	writeJSON(w, http.StatusOK, newPage(found, page, size))
}

// psGenders maps global-search gender codes to NOMIS genders ("" = any).
var psGenders = map[string]string{
	"": "", "ALL": "", "M": "Male", "F": "Female",
	"NK": "Not Known / Not Recorded", "NS": "Not Specified (Indeterminate)",
}

// prisonerDetail searches within prisonIds; names and NOMS/CRO numbers
// accept '*' and '?' wildcards.
func (s *server) prisonerDetail(w http.ResponseWriter, r *http.Request) {
	var q psPrisonerDetailRequest
	if err := decodeJSON(r, &q); err != nil {
		psBadRequest(w, err.Error())
		return
	}
	dob, err := parseDate(q.DateOfBirth)
	switch {
	case err != nil:
		psBadRequest(w, "Invalid date of birth: "+q.DateOfBirth)
		return
	case len(q.PrisonIDs) == 0:
		psBadRequest(w, "Invalid search - please provide at least 1 prison id")
		return
	case q.Pagination == nil || q.Pagination.Page < 0 || q.Pagination.Size < 1:
		psBadRequest(w, "Invalid pagination - page must be 0 or more and size 1 or more")
		return
	}
	includeAliases := q.IncludeAliases == nil || *q.IncludeAliases
	names := nameQuery{first: q.FirstName, last: q.LastName, dob: dob, wildcards: true}
	found := s.prisoners(func(p *Person) bool {
		return slices.Contains(q.PrisonIDs, p.Custody.PrisonID) &&
			names.matchesPerson(p, includeAliases) &&
			(strings.TrimSpace(q.NomsNumber) == "" || wildcardMatch(q.NomsNumber, p.PrisonerNumber)) &&
			(strings.TrimSpace(q.CRONumber) == "" || wildcardMatch(q.CRONumber, p.CRO)) &&
			optionalPNC(q.PNCNumber, p.PNC)
	})
	writeJSON(w, http.StatusOK, newPage(found, q.Pagination.Page, q.Pagination.Size))
}

// prisoners returns, ordered by prisoner number, the prison records of
// everyone in the prison system for whom keep is true.
func (s *server) prisoners(keep func(*Person) bool) []psPrisoner {
	people := s.world.Filter(func(p *Person) bool { return inPrisonSystem(p) && keep(p) })
	slices.SortFunc(people, func(a, b *Person) int { return strings.Compare(a.PrisonerNumber, b.PrisonerNumber) })
	out := make([]psPrisoner, 0, len(people))
	for _, p := range people {
		out = append(out, s.world.toPrisoner(p))
	}
	return out
}

// matchesPrisonerIdentifier: the identifier may be a prisoner number, PNC,
// CRO, book number or booking id.
func matchesPrisonerIdentifier(p *Person, id string) bool {
	c := p.Custody
	return id == "" || sameText(id, p.PrisonerNumber) || samePNC(id, p.PNC) ||
		(p.CRO != "" && sameText(id, p.CRO)) || sameText(id, c.BookNumber) ||
		id == strconv.FormatInt(c.BookingID, 10)
}

func psBadRequest(w http.ResponseWriter, msg string) {
	writeError(w, prisonerSearchError, http.StatusBadRequest, "Validation failure: "+msg, msg)
}
