package escortrecords

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
)

var t0 = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)

func actor() Actor {
	n := 0
	return Actor{SupplierID: "s1", CreatedBy: "officer", Location: "loc1", NewID: func() string { n++; return fmt.Sprint("e", n) }}
}

// recordIn steps a new record along the lifecycle to s.
func recordIn(t *testing.T, s Status) *Record {
	t.Helper()
	r, err := New("r1", "m1", "p1", "1.0.0", t0)
	require.NoError(t, err)
	for _, next := range []Status{InProgress, Completed, Confirmed} {
		if r.Snapshot().Status == s {
			break
		}
		require.NoError(t, r.Update(Change{Status: &next}, moves.Booked, t0, actor()))
	}
	require.Equal(t, s, r.Snapshot().Status)
	r.pending = nil
	return r
}

// Every (status × requested status) pair: only the next step of the lifecycle
// is allowed; the same status changes nothing; anything else is a 422 naming
// both statuses (for confirmed, the original's message).
func TestEveryStatusChange(t *testing.T) {
	t.Parallel()
	next := map[Status]Status{NotStarted: InProgress, InProgress: Completed, Completed: Confirmed}
	for _, from := range []Status{NotStarted, InProgress, Completed} {
		for _, to := range Statuses() {
			t.Run(string(from)+"→"+string(to), func(t *testing.T) {
				t.Parallel()
				r := recordIn(t, from)
				err := r.Update(Change{Status: &to}, moves.Requested, t0.Add(time.Hour), actor())
				switch {
				case to == from:
					require.NoError(t, err)
					assert.Equal(t, from, r.Snapshot().Status)
				case next[from] == to:
					require.NoError(t, err)
					assert.Equal(t, to, r.Snapshot().Status)
				default:
					e, ok := apperr.As(err)
					require.True(t, ok, "%v", err)
					require.Len(t, e.Fields, 1)
					assert.Equal(t, "invalid_status", e.Fields[0].Code)
					assert.Equal(t, fmt.Sprintf("can't update to '%s' from '%s'", to, from), e.Fields[0].Message)
					assert.Equal(t, from, r.Snapshot().Status)
				}
			})
		}
	}
}

func TestCompletionAndConfirmationStampAndRecordEvents(t *testing.T) {
	t.Parallel()
	r := recordIn(t, InProgress)
	completed := Completed
	require.NoError(t, r.Update(Change{Status: &completed}, moves.Booked, t0.Add(time.Hour), actor()))
	assert.Equal(t, t0.Add(time.Hour), *r.Snapshot().CompletedAt)
	require.Len(t, r.Pending(), 1)
	assert.Equal(t, PerCompletion, r.Pending()[0].Type)

	r.pending = nil
	confirmed := Confirmed
	handover := t0.Add(3 * time.Hour)
	require.NoError(t, r.Update(Change{Status: &confirmed, HandoverOccurredAt: &handover,
		HandoverDetails: map[string]any{"dispatching_officer": "Mr. Officer", "receiving_officer_organisation": "Suppliers & Sons", "shoe_size": 9}},
		moves.Booked, t0.Add(2*time.Hour), actor()))
	s := r.Snapshot()
	assert.Equal(t, t0.Add(2*time.Hour), *s.ConfirmedAt)
	assert.Equal(t, handover, *s.HandoverOccurredAt)
	assert.Equal(t, map[string]any{"dispatching_officer": "Mr. Officer", "receiving_officer_organisation": "Suppliers & Sons"}, s.HandoverDetails)
	require.Len(t, r.Pending(), 2)
	assert.Equal(t, PerConfirmation, r.Pending()[0].Type)
	h := r.Pending()[1]
	assert.Equal(t, PerHandover, h.Type)
	assert.Equal(t, handover, h.OccurredAt)
	assert.Equal(t, map[string]string{"location": "loc1"}, h.Relationships)
	assert.Equal(t, "Mr. Officer", h.Details["dispatching_officer"])
}

func TestEditableOnlyWhileTheMoveIsRequestedOrBooked(t *testing.T) {
	t.Parallel()
	for _, ms := range moves.Statuses() {
		t.Run(string(ms), func(t *testing.T) {
			t.Parallel()
			r := recordIn(t, NotStarted)
			editable := ms == moves.Requested || ms == moves.Booked
			assert.Equal(t, editable, r.Editable(ms))
			next := InProgress
			err := r.Update(Change{Status: &next}, ms, t0, actor())
			if editable {
				assert.NoError(t, err)
			} else {
				assert.True(t, apperr.Is(err, apperr.Forbidden), "%v", err)
			}
		})
	}
	confirmed := recordIn(t, Confirmed)
	assert.False(t, confirmed.Editable(moves.Booked), "a confirmed record is final")
}

func TestNewNeedsAProfileAndVersion(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, profile, version, field string }{
		{"no profile", "", "1.0.0", "profile"},
		{"no version", "p1", "", "version"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			_, err := New("r1", "m1", c.profile, c.version, t0)
			e, ok := apperr.As(err)
			require.True(t, ok, "%v", err)
			assert.Equal(t, c.field, e.Fields[0].Field)
		})
	}
	r, err := New("r1", "m1", "p1", "1.0.0", t0)
	require.NoError(t, err)
	assert.Equal(t, NotStarted, r.Snapshot().Status)
	assert.Equal(t, map[string]any{}, r.Snapshot().HandoverDetails)
}
