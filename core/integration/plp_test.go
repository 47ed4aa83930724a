package integration_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetPlpInductionSchedules(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		id       string
		filters  access.Filters
		asked    bool
		upstream error
		kind     apperr.Kind
	}{
		{"by NOMS number", "A1234AA", access.Unrestricted, true, nil, 0},
		{"by CRN", "X00001", access.Unrestricted, true, nil, 0},
		{"the prison filter applies", "A1234AA", inLeedsOnly, false, nil, apperr.NotFound},
		{"probation only", "X00002", access.Unrestricted, false, nil, apperr.NotFound},
		{"no schedule", "A1234AA", access.Unrestricted, true, apperr.New(apperr.NotFound, "404 from GET /inductions"), apperr.NotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			w := newWorld(t)
			plp := portsmocks.NewLearningAndWorkProgress(t)
			version := 2
			if c.asked {
				plp.EXPECT().InductionSchedule(mock.Anything, "A1234AA").Return(prison.InductionSchedule{Version: &version}, c.upstream).Once()
				plp.EXPECT().InductionScheduleHistory(mock.Anything, "A1234AA").Return([]prison.InductionSchedule{{}, {Version: &version}}, c.upstream).Once()
			}
			current, err := integration.NewGetPlpInductionSchedule(w.resolver, plp).Handle(context.Background(), c.filters, c.id)
			history, historyErr := integration.NewGetPlpInductionScheduleHistory(w.resolver, plp).Handle(context.Background(), c.filters, c.id)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				assert.Equal(t, c.kind, apperr.KindOf(historyErr))
				return
			}
			require.NoError(t, err)
			require.NoError(t, historyErr)
			assert.Equal(t, &version, current.Version)
			assert.Len(t, history, 2)
		})
	}
}

func TestGetPlpReviewSchedule(t *testing.T) {
	t.Parallel()
	schedules := func() []prison.ReviewSchedule {
		return []prison.ReviewSchedule{{Reference: "R1", Status: "COMPLETED"}, {Reference: "R2", Status: "SCHEDULED"}}
	}
	cases := []struct {
		name      string
		statuses  []string
		reviewErr error
		want      []string // statuses returned
		completed bool     // whether R1 carries its completion
		kind      apperr.Kind
	}{
		{"all, completed one with its review", nil, nil, []string{"COMPLETED", "SCHEDULED"}, true, 0},
		{"filtered by status", []string{"SCHEDULED"}, nil, []string{"SCHEDULED"}, false, 0},
		{"no reviews yet", nil, apperr.New(apperr.NotFound, "404"), []string{"COMPLETED", "SCHEDULED"}, false, 0},
		{"reviews unavailable", nil, apperr.New(apperr.Upstream, "500"), nil, false, apperr.Upstream},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			plp := portsmocks.NewLearningAndWorkProgress(t)
			plp.EXPECT().ReviewSchedules(mock.Anything, "A1234AA").Return(schedules(), nil).Once()
			plp.EXPECT().CompletedReviews(mock.Anything, "A1234AA").Return([]prison.CompletedReview{{ScheduleReference: "R1", RecordedBy: "Ellie Hart"}}, c.reviewErr).Once()
			got, err := integration.NewGetPlpReviewSchedule(newWorld(t).resolver, plp).Handle(context.Background(), access.Unrestricted, "X00001", c.statuses)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			var statuses []string
			for _, s := range got {
				statuses = append(statuses, s.Status)
				assert.Equal(t, "A1234AA", s.NomisNumber, "the NOMIS number is set on each")
			}
			assert.Equal(t, c.want, statuses)
			if c.want[0] == "COMPLETED" {
				assert.Equal(t, c.completed, got[0].Completion != nil)
			}
		})
	}
}
