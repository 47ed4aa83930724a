package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

const plpSpec = "plp.json"

func plpCalls() []call {
	plp := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "plp/" + name, spec: plpSpec, method: "GET", path: path, status: status, check: check}
	}
	return []call{
		plp("current induction schedule", "/inductions/A1234AA/induction-schedule", 200, func(t *testing.T, b []byte) {
			s := decode[plpInductionSchedule](t, b)
			assert.Equal(t, []any{2, "COMPLETED", "2023-03-01", "SYSTEM", "EHART_GEN"}, []any{s.Version, s.ScheduleStatus, s.InductionPerformedAt, s.CreatedBy, s.UpdatedBy})
		}),
		plp("no induction schedule", "/inductions/G8133UA/induction-schedule", 404, nil),
		plp("history", "/inductions/A1234AA/induction-schedule/history", 200, func(t *testing.T, b []byte) {
			h := decode[struct{ InductionSchedules []plpInductionSchedule }](t, b)
			assert.Len(t, h.InductionSchedules, 2)
		}),
		plp("no history", "/inductions/G8133UA/induction-schedule/history", 200, func(t *testing.T, b []byte) {
			assert.Empty(t, decode[struct{ InductionSchedules []plpInductionSchedule }](t, b).InductionSchedules)
		}),
		plp("review schedules", "/action-plans/A1234AA/reviews/review-schedules", 200, func(t *testing.T, b []byte) {
			got := decode[struct{ ReviewSchedules []plpReviewSchedule }](t, b).ReviewSchedules
			assert.Len(t, got, 4)
		}),
		plp("no review schedules", "/action-plans/G8133UA/reviews/review-schedules", 200, nil),
		plp("completed reviews", "/action-plans/A1234AA/reviews", 200, func(t *testing.T, b []byte) {
			got := decode[struct {
				LatestReviewSchedule plpReviewSchedule
				CompletedReviews     []plpCompletedReview
			}](t, b)
			assert.Equal(t, []any{"SCHEDULED", 2, "Sam Lowe", true}, []any{got.LatestReviewSchedule.Status, len(got.CompletedReviews), got.CompletedReviews[1].ConductedBy, got.CompletedReviews[1].PreRelease})
		}),
		plp("no reviews", "/action-plans/G8133UA/reviews", 404, nil),
	}
}
