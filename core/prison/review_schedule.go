package prison

import (
	"slices"
	"time"
)

// ReviewSchedule is one version of the window in which a prisoner's learning
// plan review is due.
type ReviewSchedule struct {
	Reference                                        string // the schedule's UUID
	NomisNumber                                      string
	CalculationRule                                  string // e.g. BETWEEN_6_AND_12_MONTHS_TO_SERVE, PRISONER_TRANSFER
	Status                                           string // SCHEDULED, COMPLETED or EXEMPT_...
	ReviewDateFrom                                   time.Time
	ReviewDateTo                                     time.Time
	CreatedBy, CreatedByDisplayName, CreatedAtPrison string
	CreatedAt                                        time.Time
	UpdatedBy, UpdatedByDisplayName, UpdatedAtPrison string
	UpdatedAt                                        time.Time
	Version                                          int
	Completion                                       *ReviewCompletion // set on completed schedules with their review
}

// ReviewCompletion says who completed a scheduled review, when and why it was due.
type ReviewCompletion struct {
	By, ByRole string
	At         time.Time
	Type       string // REGULAR | PRE_RELEASE
	Reason     string // REGULAR | TRANSFER | REOFFENCE
}

// CompletedReview is a learning plan review that took place.
type CompletedReview struct {
	ScheduleReference string // "" for reviews recorded against no schedule
	CompletedDate     time.Time
	ConductedBy       string // "" when the recorder conducted it
	ConductedByRole   string
	RecordedBy        string // display name of whoever last recorded it
	PreRelease        bool
}

// defaultReviewerRole is the role of the careers advisers (CIAG) who conduct
// most reviews, assumed when a review names no other.
const defaultReviewerRole = "CIAG"

// AttachCompletedReviews gives each COMPLETED schedule the details of the
// review that completed it, matched by schedule reference.
func AttachCompletedReviews(schedules []ReviewSchedule, reviews []CompletedReview) {
	for i := range schedules {
		s := &schedules[i]
		if s.Status != "COMPLETED" {
			continue
		}
		j := slices.IndexFunc(reviews, func(r CompletedReview) bool { return r.ScheduleReference != "" && r.ScheduleReference == s.Reference })
		if j < 0 {
			continue
		}
		r := reviews[j]
		c := &ReviewCompletion{By: r.ConductedBy, ByRole: r.ConductedByRole, At: r.CompletedDate, Type: "REGULAR", Reason: "REGULAR"}
		if c.By == "" {
			c.By = r.RecordedBy
		}
		if c.ByRole == "" {
			c.ByRole = defaultReviewerRole
		}
		if r.PreRelease {
			c.Type = "PRE_RELEASE"
		}
		switch s.CalculationRule {
		case "PRISONER_READMISSION":
			c.Reason = "REOFFENCE"
		case "PRISONER_TRANSFER":
			c.Reason = "TRANSFER"
		}
		s.Completion = c
	}
}

// OnlyStatuses keeps the schedules whose status is listed; no statuses keeps all.
func OnlyStatuses(schedules []ReviewSchedule, statuses []string) []ReviewSchedule {
	if len(statuses) == 0 {
		return schedules
	}
	out := make([]ReviewSchedule, 0, len(schedules))
	for _, s := range schedules {
		if slices.Contains(statuses, s.Status) {
			out = append(out, s)
		}
	}
	return out
}
