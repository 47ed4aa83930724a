package simulator

import (
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
)

// prison-api GET /api/offender-sentences?offenderNo= (the prisoner's
// bookings) and GET /api/offender-sentences/booking/{bookingId}/sentences-and-offences
// (the sentences on one booking).
//
// The real service answers sentences-and-offences with a list, one entry per
// sentence line, as the original reads it; prison-api.prism.json declares a
// single object. The simulator sends the list (see sentencesAndOffencesAsList
// in the tests, which corrects the spec before checking).

// NomisSentence is one sentence line on a NOMIS booking.
type NomisSentence struct {
	Sequence        int32
	Date            time.Time // sentence (court) date
	TypeDescription string    // e.g. "Standard Determinate Sentence"
	Status          string    // A (active) | I (inactive)
	FineAmount      float64   // 0: no fine
	Terms           []NomisSentenceTerm
}

// NomisSentenceTerm is one part of a sentence's length (IMP, LIC...).
type NomisSentenceTerm struct {
	Code                       string
	Years, Months, Weeks, Days int32
}

func (s *server) prisonAPIOffenderSentenceRoutes(r chi.Router) {
	r.Get("/api/offender-sentences", s.prisonOffenderBookings)
	r.Get("/api/offender-sentences/booking/{bookingId}/sentences-and-offences", s.prisonBookingSentences)
}

// prisonOffenderBookings lists the bookings of the offenderNo given (the
// simulator holds only the latest); an unknown number matches nothing.
func (s *server) prisonOffenderBookings(w http.ResponseWriter, r *http.Request) {
	out := []paOffenderSentenceDetail{}
	for _, noms := range r.URL.Query()["offenderNo"] {
		p := s.world.ByPrisonerNumber(noms)
		if p == nil || !inPrisonSystem(p) {
			continue
		}
		if failed(w, r, p, "prison-api", hmppsError) {
			return
		}
		c := p.Custody
		out = append(out, paOffenderSentenceDetail{
			OffenderNo: p.PrisonerNumber, BookingID: c.BookingID, FirstName: upper(p.FirstName), LastName: upper(p.LastName),
			DateOfBirth: fmtDate(p.DateOfBirth), AgencyLocationID: c.PrisonID, AgencyLocationDesc: s.world.PrisonName(c.PrisonID),
			InternalLocationDesc: c.CellLocation(), MostRecentActiveBooking: c.InOutStatus != "OUT",
		})
	}
	writeJSON(w, http.StatusOK, out)
}

type paSentenceAndOffences struct {
	BookingID               int64            `json:"bookingId"`
	SentenceSequence        int32            `json:"sentenceSequence"`
	LineSequence            int64            `json:"lineSequence"`
	CaseSequence            int32            `json:"caseSequence"`
	SentenceStatus          string           `json:"sentenceStatus"`
	SentenceCategory        string           `json:"sentenceCategory"`
	SentenceCalculationType string           `json:"sentenceCalculationType"`
	SentenceTypeDescription string           `json:"sentenceTypeDescription"`
	SentenceDate            string           `json:"sentenceDate,omitempty"`
	FineAmount              *float64         `json:"fineAmount,omitempty"`
	Terms                   []paSentenceTerm `json:"terms"`
}

type paSentenceTerm struct {
	Code   string `json:"code"`
	Years  int32  `json:"years"`
	Months int32  `json:"months"`
	Weeks  int32  `json:"weeks"`
	Days   int32  `json:"days"`
}

// prisonBookingSentences answers the booking's sentence lines in NOMIS
// order (by sequence, not by date).
func (s *server) prisonBookingSentences(w http.ResponseWriter, r *http.Request) {
	raw := chi.URLParam(r, "bookingId")
	id, err := strconv.ParseInt(raw, 10, 64)
	p := s.world.first(func(p *Person) bool { return inPrisonSystem(p) && p.Custody.BookingID == id })
	if err != nil || p == nil {
		writeError(w, hmppsError, http.StatusNotFound, "Offender booking with id "+raw+" not found.", "Offender booking with id "+raw+" not found.")
		return
	}
	if failed(w, r, p, "prison-api", hmppsError) {
		return
	}
	out := []paSentenceAndOffences{}
	for _, ns := range p.Custody.Sentences {
		line := paSentenceAndOffences{
			BookingID: id, SentenceSequence: ns.Sequence, LineSequence: int64(ns.Sequence), CaseSequence: 1,
			SentenceStatus: ns.Status, SentenceCategory: "2020", SentenceCalculationType: "ADIMP_ORA",
			SentenceTypeDescription: ns.TypeDescription, SentenceDate: fmtDate(ns.Date), Terms: []paSentenceTerm{},
		}
		if ns.FineAmount != 0 {
			fine := ns.FineAmount
			line.FineAmount = &fine
		}
		for _, t := range ns.Terms {
			line.Terms = append(line.Terms, paSentenceTerm(t))
		}
		out = append(out, line)
	}
	writeJSON(w, http.StatusOK, out)
}

// arthurMorganSentences are the NOMIS sentence lines behind nDelius event 1,
// listed oldest first so consumers' newest-first order is visible.
func arthurMorganSentences() []NomisSentence {
	return []NomisSentence{
		{Sequence: 1, Date: day(2022, time.November, 4), TypeDescription: "Suspended Sentence Order", Status: "I", FineAmount: 250,
			Terms: []NomisSentenceTerm{{Code: "SUSP", Months: 12}}},
		{Sequence: 2, Date: day(2023, time.March, 15), TypeDescription: "Standard Determinate Sentence", Status: "A",
			Terms: []NomisSentenceTerm{{Code: "IMP", Years: 7}, {Code: "LIC", Years: 1, Months: 6}}},
	}
}
