package simulator

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
)

// prison-api GET /api/bookings/offenderNo/{offenderNo}/offenceHistory: the
// offences NOMIS holds against the prisoner's bookings.

// NomisOffence is an offence charged on a NOMIS booking.
type NomisOffence struct {
	Code        string // CJS offence code, e.g. TH68023
	StatuteCode string // e.g. TH68
	Description string
	Date        time.Time
	RangeDate   time.Time // zero: a single day
	CourtDate   time.Time
	MostSerious bool
	CaseID      int64
}

func (s *server) prisonAPIOffenceRoutes(r chi.Router) {
	r.Get("/api/bookings/offenderNo/{offenderNo}/offenceHistory", s.prisonOffenceHistory)
}

type paOffenceHistoryDetail struct {
	BookingID                int64  `json:"bookingId"`
	OffenceDate              string `json:"offenceDate,omitempty"`
	OffenceRangeDate         string `json:"offenceRangeDate,omitempty"`
	OffenceDescription       string `json:"offenceDescription"`
	OffenceCode              string `json:"offenceCode"`
	StatuteCode              string `json:"statuteCode"`
	MostSerious              bool   `json:"mostSerious"`
	PrimaryResultCode        string `json:"primaryResultCode"`
	PrimaryResultDescription string `json:"primaryResultDescription"`
	PrimaryResultConviction  bool   `json:"primaryResultConviction"`
	CourtDate                string `json:"courtDate,omitempty"`
	CaseID                   int64  `json:"caseId"`
}

func (s *server) prisonOffenceHistory(w http.ResponseWriter, r *http.Request) {
	p := s.nomisPrisoner(w, r)
	if p == nil {
		return
	}
	out := []paOffenceHistoryDetail{}
	for _, o := range p.Custody.Offences {
		out = append(out, paOffenceHistoryDetail{
			BookingID: p.Custody.BookingID, OffenceDate: fmtDate(o.Date), OffenceRangeDate: fmtDate(o.RangeDate),
			OffenceDescription: o.Description, OffenceCode: o.Code, StatuteCode: o.StatuteCode, MostSerious: o.MostSerious,
			PrimaryResultCode: "1002", PrimaryResultDescription: "Imprisonment", PrimaryResultConviction: true,
			CourtDate: fmtDate(o.CourtDate), CaseID: o.CaseID,
		})
	}
	writeJSON(w, http.StatusOK, out)
}

// arthurMorganOffences are the NOMIS charges behind nDelius event 1.
func arthurMorganOffences() []NomisOffence {
	return []NomisOffence{
		{Code: "CJ88116", StatuteCode: "CJ88", Description: "Assault by beating", Date: day(2022, time.November, 2),
			CourtDate: day(2023, time.March, 15), CaseID: 1500101},
		{Code: "TH68023", StatuteCode: "TH68", Description: "Robbery", Date: day(2022, time.October, 30),
			RangeDate: day(2022, time.November, 2), CourtDate: day(2023, time.March, 15), MostSerious: true, CaseID: 1500101},
	}
}
