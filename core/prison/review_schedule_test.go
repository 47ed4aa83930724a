package prison_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

func TestAttachCompletedReviews(t *testing.T) {
	t.Parallel()
	done := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name     string
		schedule prison.ReviewSchedule
		review   prison.CompletedReview
		want     *prison.ReviewCompletion
	}{
		{"recorded by the adviser who conducted it",
			prison.ReviewSchedule{Reference: "R1", Status: "COMPLETED", CalculationRule: "BETWEEN_6_AND_12_MONTHS_TO_SERVE"},
			prison.CompletedReview{ScheduleReference: "R1", CompletedDate: done, RecordedBy: "Ellie Hart"},
			&prison.ReviewCompletion{By: "Ellie Hart", ByRole: "CIAG", At: done, Type: "REGULAR", Reason: "REGULAR"}},
		{"conducted by someone named, before release, after a transfer",
			prison.ReviewSchedule{Reference: "R1", Status: "COMPLETED", CalculationRule: "PRISONER_TRANSFER"},
			prison.CompletedReview{ScheduleReference: "R1", CompletedDate: done, ConductedBy: "Sam Lowe", ConductedByRole: "Peer mentor", RecordedBy: "Ellie Hart", PreRelease: true},
			&prison.ReviewCompletion{By: "Sam Lowe", ByRole: "Peer mentor", At: done, Type: "PRE_RELEASE", Reason: "TRANSFER"}},
		{"after readmission",
			prison.ReviewSchedule{Reference: "R1", Status: "COMPLETED", CalculationRule: "PRISONER_READMISSION"},
			prison.CompletedReview{ScheduleReference: "R1", CompletedDate: done, RecordedBy: "Ellie Hart"},
			&prison.ReviewCompletion{By: "Ellie Hart", ByRole: "CIAG", At: done, Type: "REGULAR", Reason: "REOFFENCE"}},
		{"still scheduled", prison.ReviewSchedule{Reference: "R1", Status: "SCHEDULED"},
			prison.CompletedReview{ScheduleReference: "R1", CompletedDate: done}, nil},
		{"completed by another schedule's review", prison.ReviewSchedule{Reference: "R1", Status: "COMPLETED"},
			prison.CompletedReview{ScheduleReference: "R2", CompletedDate: done}, nil},
		{"a review with no schedule matches nothing", prison.ReviewSchedule{Status: "COMPLETED"},
			prison.CompletedReview{CompletedDate: done}, nil},
	}
	for _, c := range cases {
		schedules := []prison.ReviewSchedule{c.schedule}
		prison.AttachCompletedReviews(schedules, []prison.CompletedReview{c.review})
		assert.Equal(t, c.want, schedules[0].Completion, c.name)
	}
}

func TestOnlyStatuses(t *testing.T) {
	t.Parallel()
	all := []prison.ReviewSchedule{{Status: "SCHEDULED"}, {Status: "COMPLETED"}, {Status: "EXEMPT_PRISONER_DEATH"}}
	assert.Equal(t, all, prison.OnlyStatuses(all, nil))
	assert.Equal(t, []prison.ReviewSchedule{{Status: "COMPLETED"}}, prison.OnlyStatuses(all, []string{"COMPLETED"}))
	assert.Empty(t, prison.OnlyStatuses(all, []string{"NONE"}))
}
