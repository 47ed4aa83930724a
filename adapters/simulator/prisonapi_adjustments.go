package simulator

import (
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
)

// prison-api GET /api/reference-domains/domains/{domain}/codes (here
// HEALTH_TREAT, the treatment codes) and
// GET /api/bookings/{bookingId}/reasonable-adjustments?type=... (the
// treatments recorded on a booking, of the types asked for).

// ReasonableAdjustment is a health treatment recorded on a NOMIS booking.
type ReasonableAdjustment struct {
	ID         int64
	Code       string // a HEALTH_TREAT code
	Comment    string
	Start, End time.Time // End zero: still in place
	AgencyID   string
}

// healthTreatments is the HEALTH_TREAT domain: code and description.
var healthTreatments = [][2]string{
	{"WHEELCHR_ACC", "Wheelchair accessibility"},
	{"AMP TEL", "Amplified telephone"},
	{"BEH", "Behavioural responses/Body language"},
	{"HEARING_LOOP", "Hearing loop"},
}

func (s *server) prisonAPIAdjustmentRoutes(r chi.Router) {
	r.Get("/api/reference-domains/domains/{domain}/codes", s.nomisDomainCodes)
	r.Get("/api/bookings/{bookingId}/reasonable-adjustments", s.prisonReasonableAdjustments)
}

type paDomainCode struct {
	Domain      string `json:"domain"`
	Code        string `json:"code"`
	Description string `json:"description"`
	ActiveFlag  string `json:"activeFlag"`
	ListSeq     int    `json:"listSeq"`
}

// nomisDomainCodes serves the HEALTH_TREAT domain; the simulator knows no
// other through this path.
func (s *server) nomisDomainCodes(w http.ResponseWriter, r *http.Request) {
	domain := chi.URLParam(r, "domain")
	if domain != "HEALTH_TREAT" {
		writeError(w, hmppsError, http.StatusNotFound, "Reference domain ["+domain+"] not found.", "Reference domain ["+domain+"] not found.")
		return
	}
	out := []paDomainCode{}
	for i, c := range healthTreatments {
		out = append(out, paDomainCode{Domain: domain, Code: c[0], Description: c[1], ActiveFlag: "Y", ListSeq: i + 1})
	}
	writeJSON(w, http.StatusOK, out)
}

type paReasonableAdjustment struct {
	PersonalCareNeedID   int64  `json:"personalCareNeedId"`
	TreatmentCode        string `json:"treatmentCode"`
	CommentText          string `json:"commentText,omitempty"`
	StartDate            string `json:"startDate"`
	EndDate              string `json:"endDate,omitempty"`
	AgencyID             string `json:"agencyId"`
	AgencyDescription    string `json:"agencyDescription"`
	TreatmentDescription string `json:"treatmentDescription"`
}

// prisonReasonableAdjustments answers the booking's treatments of the types
// asked for, as prison-api does: types not asked for are left out.
func (s *server) prisonReasonableAdjustments(w http.ResponseWriter, r *http.Request) {
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
	types := r.URL.Query()["type"]
	out := []paReasonableAdjustment{}
	for _, a := range p.Custody.ReasonableAdjustments {
		if !slices.Contains(types, a.Code) {
			continue
		}
		out = append(out, paReasonableAdjustment{
			PersonalCareNeedID: a.ID, TreatmentCode: a.Code, CommentText: a.Comment,
			StartDate: fmtDate(a.Start), EndDate: fmtDate(a.End), AgencyID: a.AgencyID,
			AgencyDescription: s.world.PrisonName(a.AgencyID), TreatmentDescription: healthTreatment(a.Code),
		})
	}
	writeJSON(w, http.StatusOK, struct {
		ReasonableAdjustments []paReasonableAdjustment `json:"reasonableAdjustments"`
	}{out})
}

func healthTreatment(code string) string {
	for _, c := range healthTreatments {
		if c[0] == code {
			return c[1]
		}
	}
	return ""
}

// arthurMorganAdjustments are the treatments on the seed person's booking:
// one in place, one ended.
func arthurMorganAdjustments() []ReasonableAdjustment {
	return []ReasonableAdjustment{
		{ID: 7101, Code: "WHEELCHR_ACC", Comment: "Knee injury; ground floor cell.", Start: day(2023, time.February, 10), AgencyID: Moorland},
		{ID: 7102, Code: "HEARING_LOOP", Start: day(2023, time.February, 10), End: day(2024, time.February, 9), AgencyID: Moorland},
	}
}
