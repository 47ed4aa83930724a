package simulator

import (
	"net/http"
	"slices"
	"time"

	"github.com/go-chi/chi/v5"
)

// The Case Notes API's list of a person's case notes (GET /case-notes/{id}),
// which the integration API reads; the worker's calls are in casenotes.go.

func (s *server) caseNotesListRoutes(r chi.Router) {
	r.Get("/case-notes/{personIdentifier}", s.listCaseNotes)
}

// listCaseNotes filters by locationId and by occurrence between startDate and
// endDate (date-times), newest occurrence first, in zero-based pages.
func (s *server) listCaseNotes(w http.ResponseWriter, r *http.Request) {
	noms := chi.URLParam(r, "personIdentifier")
	if p := s.world.ByPrisonerNumber(noms); failed(w, r, p, "case-notes", hmppsError) {
		return
	}
	q := r.URL.Query()
	bound := func(name string) (time.Time, bool) {
		v := q.Get(name)
		if v == "" {
			return time.Time{}, true
		}
		t, err := time.Parse("2006-01-02T15:04:05", v)
		return t, err == nil
	}
	from, ok1 := bound("startDate")
	to, ok2 := bound("endDate")
	if !ok1 || !ok2 {
		writeError(w, hmppsError, http.StatusBadRequest, "Invalid date", "startDate and endDate are date-times")
		return
	}
	page, size, _ := pageParams(r)
	s.world.mu.RLock()
	var matched []*CaseNote
	for i := range s.world.CaseNotes {
		n := &s.world.CaseNotes[i]
		switch {
		case n.PrisonerNumber != noms,
			q.Get("locationId") != "" && n.LocationID != q.Get("locationId"),
			!from.IsZero() && n.Occurred.Before(from),
			!to.IsZero() && n.Occurred.After(to):
			continue
		}
		matched = append(matched, n)
	}
	slices.SortStableFunc(matched, func(a, b *CaseNote) int { return b.Occurred.Compare(a.Occurred) })
	found := []cnCaseNote{}
	for _, n := range matched {
		found = append(found, toCNCaseNote(n))
	}
	s.world.mu.RUnlock()
	writeJSON(w, http.StatusOK, newPage(found, page, size))
}
