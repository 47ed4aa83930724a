package simulator

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
)

// Learning and work progress (plp.json): prisoners' induction schedules,
// the start of their personal learning plan.

// InductionScheduleVersion is one version of a prisoner's induction schedule.
type InductionScheduleVersion struct {
	PrisonerNumber    string
	Reference         string // the schedule's UUID, the same for every version
	Version           int
	Deadline          time.Time
	Status            string // SCHEDULED | COMPLETED | EXEMPT_...
	Rule              string // e.g. NEW_PRISON_ADMISSION
	PerformedBy       string
	PerformedByRole   string
	PerformedAt       time.Time // zero until completed
	PerformedAtPrison string
	By                string // username that made this version
	ByName            string
	Prison            string
	At                time.Time
}

// fixtureInductionSchedules: the seed person's induction was scheduled on
// admission and completed; nobody else has one.
func fixtureInductionSchedules() []InductionScheduleVersion {
	ref := "0f7d1c8e-5d2a-4c2b-9a55-3b1c2d4e5f60"
	return []InductionScheduleVersion{
		{PrisonerNumber: "A1234AA", Reference: ref, Version: 1, Deadline: day(2023, time.March, 10), Status: "SCHEDULED",
			Rule: "NEW_PRISON_ADMISSION", By: "SYSTEM", ByName: "System", Prison: Moorland, At: at(2023, time.February, 10, 11, 0)},
		{PrisonerNumber: "A1234AA", Reference: ref, Version: 2, Deadline: day(2023, time.March, 10), Status: "COMPLETED",
			Rule: "NEW_PRISON_ADMISSION", PerformedBy: "Ellie Hart", PerformedByRole: "CIAG", PerformedAt: day(2023, time.March, 1),
			PerformedAtPrison: Moorland, By: "EHART_GEN", ByName: "Ellie Hart", Prison: Moorland, At: at(2023, time.March, 1, 15, 30)},
	}
}

func (s *server) plpRoutes(r chi.Router) {
	r.Get("/inductions/{prisonNumber}/induction-schedule", s.inductionSchedule)
	r.Get("/inductions/{prisonNumber}/induction-schedule/history", s.inductionScheduleHistory)
}

type plpInductionSchedule struct {
	Reference                  string `json:"reference"`
	PrisonNumber               string `json:"prisonNumber"`
	DeadlineDate               string `json:"deadlineDate"`
	ScheduleCalculationRule    string `json:"scheduleCalculationRule"`
	ScheduleStatus             string `json:"scheduleStatus"`
	InductionPerformedBy       string `json:"inductionPerformedBy,omitempty"`
	InductionPerformedByRole   string `json:"inductionPerformedByRole,omitempty"`
	InductionPerformedAt       string `json:"inductionPerformedAt,omitempty"`
	InductionPerformedAtPrison string `json:"inductionPerformedAtPrison,omitempty"`
	CreatedBy                  string `json:"createdBy"`
	CreatedByDisplayName       string `json:"createdByDisplayName"`
	CreatedAt                  string `json:"createdAt"`
	CreatedAtPrison            string `json:"createdAtPrison"`
	UpdatedBy                  string `json:"updatedBy"`
	UpdatedByDisplayName       string `json:"updatedByDisplayName"`
	UpdatedAt                  string `json:"updatedAt"`
	UpdatedAtPrison            string `json:"updatedAtPrison"`
	Version                    int    `json:"version"`
}

// inductionVersions renders every version of the prisoner's schedule, oldest
// first; each carries the first version's creation and its own update.
func (s *server) inductionVersions(noms string) []plpInductionSchedule {
	out := []plpInductionSchedule{}
	var first *InductionScheduleVersion
	for i, v := range s.world.InductionSchedules {
		if v.PrisonerNumber != noms {
			continue
		}
		if first == nil {
			first = &s.world.InductionSchedules[i]
		}
		out = append(out, plpInductionSchedule{
			Reference: v.Reference, PrisonNumber: noms, DeadlineDate: fmtDate(v.Deadline),
			ScheduleCalculationRule: v.Rule, ScheduleStatus: v.Status,
			InductionPerformedBy: v.PerformedBy, InductionPerformedByRole: v.PerformedByRole,
			InductionPerformedAt: fmtDate(v.PerformedAt), InductionPerformedAtPrison: v.PerformedAtPrison,
			CreatedBy: first.By, CreatedByDisplayName: first.ByName, CreatedAt: fmtDateTime(first.At), CreatedAtPrison: first.Prison,
			UpdatedBy: v.By, UpdatedByDisplayName: v.ByName, UpdatedAt: fmtDateTime(v.At), UpdatedAtPrison: v.Prison,
			Version: v.Version,
		})
	}
	return out
}

// inductionSchedule answers the latest version, or 404 when there is none.
func (s *server) inductionSchedule(w http.ResponseWriter, r *http.Request) {
	noms := chi.URLParam(r, "prisonNumber")
	if p := s.world.ByPrisonerNumber(noms); failed(w, r, p, "plp", hmppsError) {
		return
	}
	versions := s.inductionVersions(noms)
	if len(versions) == 0 {
		msg := "Induction schedule not found for prisoner [" + noms + "]"
		writeError(w, hmppsError, http.StatusNotFound, msg, msg)
		return
	}
	writeJSON(w, http.StatusOK, versions[len(versions)-1])
}

func (s *server) inductionScheduleHistory(w http.ResponseWriter, r *http.Request) {
	noms := chi.URLParam(r, "prisonNumber")
	if p := s.world.ByPrisonerNumber(noms); failed(w, r, p, "plp", hmppsError) {
		return
	}
	writeJSON(w, http.StatusOK, struct {
		InductionSchedules []plpInductionSchedule `json:"inductionSchedules"`
	}{s.inductionVersions(noms)})
}

// ReviewScheduleVersion is one version of a learning plan review schedule.
type ReviewScheduleVersion struct {
	PrisonerNumber string
	Reference      string
	Version        int
	Rule           string // e.g. BETWEEN_12_AND_60_MONTHS_TO_SERVE
	Status         string
	From, To       time.Time
	By, ByName     string
	At             time.Time
}

// PlanReview is a review that took place.
type PlanReview struct {
	PrisonerNumber    string
	Reference         string
	ScheduleReference string
	Completed         time.Time
	ConductedBy       string // "" when the recorder conducted it
	ConductedByRole   string
	PreRelease        bool
	RecordedBy        string // username
	RecordedByName    string
	At                time.Time
}

// fixtureReviewSchedules: the seed person's first review was completed by the
// adviser who recorded it, the review after his transfer by a named mentor,
// and the next is scheduled.
func fixtureReviewSchedules() []ReviewScheduleVersion {
	return []ReviewScheduleVersion{
		{PrisonerNumber: "A1234AA", Reference: "6b1c2d3e-0000-4000-8000-000000000001", Version: 1, Rule: "BETWEEN_12_AND_60_MONTHS_TO_SERVE",
			Status: "SCHEDULED", From: day(2023, time.September, 1), To: day(2023, time.December, 1), By: "SYSTEM", ByName: "System", At: at(2023, time.March, 1, 15, 31)},
		{PrisonerNumber: "A1234AA", Reference: "6b1c2d3e-0000-4000-8000-000000000001", Version: 2, Rule: "BETWEEN_12_AND_60_MONTHS_TO_SERVE",
			Status: "COMPLETED", From: day(2023, time.September, 1), To: day(2023, time.December, 1), By: "EHART_GEN", ByName: "Ellie Hart", At: at(2023, time.November, 15, 10, 0)},
		{PrisonerNumber: "A1234AA", Reference: "6b1c2d3e-0000-4000-8000-000000000002", Version: 1, Rule: "PRISONER_TRANSFER",
			Status: "COMPLETED", From: day(2024, time.May, 1), To: day(2024, time.June, 1), By: "EHART_GEN", ByName: "Ellie Hart", At: at(2024, time.May, 20, 14, 0)},
		{PrisonerNumber: "A1234AA", Reference: "6b1c2d3e-0000-4000-8000-000000000003", Version: 1, Rule: "BETWEEN_12_AND_60_MONTHS_TO_SERVE",
			Status: "SCHEDULED", From: day(2030, time.May, 1), To: day(2030, time.August, 1), By: "SYSTEM", ByName: "System", At: at(2024, time.May, 20, 14, 1)},
	}
}

func fixturePlanReviews() []PlanReview {
	return []PlanReview{
		{PrisonerNumber: "A1234AA", Reference: "7c2d3e4f-0000-4000-8000-000000000001", ScheduleReference: "6b1c2d3e-0000-4000-8000-000000000001",
			Completed: day(2023, time.November, 15), RecordedBy: "EHART_GEN", RecordedByName: "Ellie Hart", At: at(2023, time.November, 15, 10, 0)},
		{PrisonerNumber: "A1234AA", Reference: "7c2d3e4f-0000-4000-8000-000000000002", ScheduleReference: "6b1c2d3e-0000-4000-8000-000000000002",
			Completed: day(2024, time.May, 20), ConductedBy: "Sam Lowe", ConductedByRole: "Peer mentor", PreRelease: true,
			RecordedBy: "EHART_GEN", RecordedByName: "Ellie Hart", At: at(2024, time.May, 20, 14, 0)},
	}
}

func (s *server) plpReviewRoutes(r chi.Router) {
	r.Get("/action-plans/{prisonNumber}/reviews", s.planReviews)
	r.Get("/action-plans/{prisonNumber}/reviews/review-schedules", s.reviewSchedules)
}

type plpReviewSchedule struct {
	Reference            string `json:"reference"`
	ReviewDateFrom       string `json:"reviewDateFrom"`
	ReviewDateTo         string `json:"reviewDateTo"`
	CalculationRule      string `json:"calculationRule"`
	Status               string `json:"status"`
	CreatedBy            string `json:"createdBy"`
	CreatedByDisplayName string `json:"createdByDisplayName"`
	CreatedAt            string `json:"createdAt"`
	CreatedAtPrison      string `json:"createdAtPrison"`
	UpdatedBy            string `json:"updatedBy"`
	UpdatedByDisplayName string `json:"updatedByDisplayName"`
	UpdatedAt            string `json:"updatedAt"`
	UpdatedAtPrison      string `json:"updatedAtPrison"`
	Version              int    `json:"version"`
}

type plpNote struct {
	Reference            string `json:"reference"`
	Content              string `json:"content"`
	Type                 string `json:"type"`
	CreatedBy            string `json:"createdBy"`
	CreatedByDisplayName string `json:"createdByDisplayName"`
	CreatedAt            string `json:"createdAt"`
	CreatedAtPrison      string `json:"createdAtPrison"`
	UpdatedBy            string `json:"updatedBy"`
	UpdatedByDisplayName string `json:"updatedByDisplayName"`
	UpdatedAt            string `json:"updatedAt"`
	UpdatedAtPrison      string `json:"updatedAtPrison"`
}

type plpCompletedReview struct {
	Reference               string  `json:"reference"`
	ReviewScheduleReference string  `json:"reviewScheduleReference,omitempty"`
	DeadlineDate            string  `json:"deadlineDate"`
	CompletedDate           string  `json:"completedDate"`
	Note                    plpNote `json:"note"`
	ConductedBy             string  `json:"conductedBy,omitempty"`
	ConductedByRole         string  `json:"conductedByRole,omitempty"`
	CreatedBy               string  `json:"createdBy"`
	CreatedByDisplayName    string  `json:"createdByDisplayName"`
	CreatedAt               string  `json:"createdAt"`
	CreatedAtPrison         string  `json:"createdAtPrison"`
	PreRelease              bool    `json:"preRelease"`
}

func (s *server) reviewScheduleVersions(noms string) []plpReviewSchedule {
	out := []plpReviewSchedule{}
	for _, v := range s.world.ReviewSchedules {
		if v.PrisonerNumber != noms {
			continue
		}
		out = append(out, plpReviewSchedule{
			Reference: v.Reference, ReviewDateFrom: fmtDate(v.From), ReviewDateTo: fmtDate(v.To), CalculationRule: v.Rule, Status: v.Status,
			CreatedBy: v.By, CreatedByDisplayName: v.ByName, CreatedAt: fmtDateTime(v.At), CreatedAtPrison: Moorland,
			UpdatedBy: v.By, UpdatedByDisplayName: v.ByName, UpdatedAt: fmtDateTime(v.At), UpdatedAtPrison: Moorland, Version: v.Version,
		})
	}
	return out
}

func (s *server) reviewSchedules(w http.ResponseWriter, r *http.Request) {
	noms := chi.URLParam(r, "prisonNumber")
	if p := s.world.ByPrisonerNumber(noms); failed(w, r, p, "plp", hmppsError) {
		return
	}
	writeJSON(w, http.StatusOK, struct {
		ReviewSchedules []plpReviewSchedule `json:"reviewSchedules"`
	}{s.reviewScheduleVersions(noms)})
}

// planReviews answers the completed reviews and the latest schedule; a
// prisoner with no review schedule is a 404.
func (s *server) planReviews(w http.ResponseWriter, r *http.Request) {
	noms := chi.URLParam(r, "prisonNumber")
	if p := s.world.ByPrisonerNumber(noms); failed(w, r, p, "plp", hmppsError) {
		return
	}
	schedules := s.reviewScheduleVersions(noms)
	if len(schedules) == 0 {
		msg := "Review schedule not found for prisoner [" + noms + "]"
		writeError(w, hmppsError, http.StatusNotFound, msg, msg)
		return
	}
	out := struct {
		LatestReviewSchedule plpReviewSchedule    `json:"latestReviewSchedule"`
		CompletedReviews     []plpCompletedReview `json:"completedReviews"`
	}{schedules[len(schedules)-1], []plpCompletedReview{}}
	for _, rv := range s.world.PlanReviews {
		if rv.PrisonerNumber != noms {
			continue
		}
		at := fmtDateTime(rv.At)
		out.CompletedReviews = append(out.CompletedReviews, plpCompletedReview{
			Reference: rv.Reference, ReviewScheduleReference: rv.ScheduleReference,
			DeadlineDate: fmtDate(rv.Completed), CompletedDate: fmtDate(rv.Completed),
			Note: plpNote{Reference: rv.Reference, Content: "Review notes.", Type: "REVIEW",
				CreatedBy: rv.RecordedBy, CreatedByDisplayName: rv.RecordedByName, CreatedAt: at, CreatedAtPrison: Moorland,
				UpdatedBy: rv.RecordedBy, UpdatedByDisplayName: rv.RecordedByName, UpdatedAt: at, UpdatedAtPrison: Moorland},
			ConductedBy: rv.ConductedBy, ConductedByRole: rv.ConductedByRole,
			CreatedBy: rv.RecordedBy, CreatedByDisplayName: rv.RecordedByName, CreatedAt: at, CreatedAtPrison: Moorland,
			PreRelease: rv.PreRelease,
		})
	}
	writeJSON(w, http.StatusOK, out)
}
