package courthearings

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

func TestNewNeedsAStartTime(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		details Details
		field   string
	}{
		{"no start time", Details{CaseNumber: "T1"}, "start_time"},
		{"start time only", Details{StartTime: now}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			h, err := New("h1", "m1", c.details, now)
			if c.field == "" {
				require.NoError(t, err)
				assert.Equal(t, "m1", h.Snapshot().MoveID)
				assert.Equal(t, now, h.Snapshot().CreatedAt)
				return
			}
			e, ok := apperr.As(err)
			require.True(t, ok, "%v", err)
			assert.Equal(t, c.field, e.Fields[0].Field)
		})
	}
}
