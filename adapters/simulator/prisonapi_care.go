package simulator

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

// CareNeed is a NOMIS personal care need (health, disability, maternity).
type CareNeed struct {
	ID          int64
	Type        string // PHY | DISAB | MATSTAT ...
	Code        string
	Description string
	Status      string // ON | I
	Comment     string
	Start       time.Time
	End         time.Time // zero: open-ended
}

// careNeeds are the personal care needs NOMIS holds, by prison number. FRED
// BLOGGS's match the Book a Secure Move walkthrough (seed 001): a disability
// that becomes a health_issue answer on NOMIS sync.
var careNeeds = map[string][]CareNeed{
	"G8133UA": {
		{ID: 8101, Type: "DISAB", Code: "ND", Description: "No Disability", Status: "ON", Comment: "Self-declared at reception", Start: day(2024, time.June, 3)},
	},
	"A1234AA": {
		{ID: 8001, Type: "PHY", Code: "EPI", Description: "Epilepsy", Status: "ON", Comment: "Medication in possession", Start: day(2019, time.May, 1)},
	},
}

func (s *server) prisonAPICareRoutes(r chi.Router) {
	r.Post("/api/bookings/offenderNo/personal-care-needs", s.prisonPersonalCareNeeds)
}

type paPersonalCareNeed struct {
	PersonalCareNeedID int64  `json:"personalCareNeedId"`
	ProblemType        string `json:"problemType"`
	ProblemCode        string `json:"problemCode"`
	ProblemStatus      string `json:"problemStatus"`
	ProblemDescription string `json:"problemDescription"`
	CommentText        string `json:"commentText,omitempty"`
	StartDate          string `json:"startDate"`
	EndDate            string `json:"endDate,omitempty"`
}

type paPersonalCareNeeds struct {
	OffenderNo        string               `json:"offenderNo"`
	PersonalCareNeeds []paPersonalCareNeed `json:"personalCareNeeds"`
}

// prisonPersonalCareNeeds answers the batch lookup: the needs of each known
// prisoner whose type (or type+subtype) is asked for.
func (s *server) prisonPersonalCareNeeds(w http.ResponseWriter, r *http.Request) {
	types := r.URL.Query()["type"]
	var numbers []string
	if err := json.NewDecoder(r.Body).Decode(&numbers); err != nil || len(numbers) == 0 || len(types) == 0 {
		writeError(w, hmppsError, http.StatusBadRequest, "Invalid request", "a type and a JSON array of offender numbers are required")
		return
	}
	out := []paPersonalCareNeeds{}
	for _, noms := range numbers {
		p := s.world.ByPrisonerNumber(noms)
		if p == nil || !inPrisonSystem(p) {
			continue
		}
		entry := paPersonalCareNeeds{OffenderNo: noms, PersonalCareNeeds: []paPersonalCareNeed{}}
		for _, n := range careNeeds[noms] {
			if !slices.ContainsFunc(types, func(t string) bool { return t == n.Type || strings.HasPrefix(t, n.Type+"+") }) {
				continue
			}
			need := paPersonalCareNeed{
				PersonalCareNeedID: n.ID, ProblemType: n.Type, ProblemCode: n.Code, ProblemStatus: n.Status,
				ProblemDescription: n.Description, CommentText: n.Comment, StartDate: n.Start.Format(time.DateOnly),
			}
			if !n.End.IsZero() {
				need.EndDate = n.End.Format(time.DateOnly)
			}
			entry.PersonalCareNeeds = append(entry.PersonalCareNeeds, need)
		}
		out = append(out, entry)
	}
	writeJSON(w, http.StatusOK, out)
}
