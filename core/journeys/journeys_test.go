package journeys

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

var t0 = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)

func draft() Draft {
	return Draft{MoveID: "m1", SupplierID: "s1", FromLocationID: "a", ToLocationID: "b", Billable: true, Timestamp: t0}
}

var eventOf = map[Transition]EventType{
	Start: JourneyStart, Reject: JourneyReject, Complete: JourneyComplete,
	Uncomplete: JourneyUncomplete, Cancel: JourneyCancel, Uncancel: JourneyUncancel,
}

// journeyIn drives a new journey into state s through allowed transitions.
func journeyIn(t *testing.T, s State) *Journey {
	t.Helper()
	path := map[State][]Transition{
		Proposed: nil, Rejected: {Reject}, InProgress: {Start},
		Completed: {Start, Complete}, Cancelled: {Start, Cancel},
	}[s]
	j, err := New("j1", "e0", draft(), t0)
	require.NoError(t, err)
	for i, tr := range path {
		require.NoError(t, j.Record(Event{ID: "p", Type: eventOf[tr], OccurredAt: t0.Add(time.Duration(i+1) * time.Minute)}))
	}
	require.Equal(t, s, j.State())
	return j
}

// Every (state × transition) pair: the table's transitions move the state,
// every other pair is recorded and changes nothing (§6.3).
func TestEveryStateAndTransition(t *testing.T) {
	t.Parallel()
	want := map[State]map[Transition]State{
		Proposed:   {Start: InProgress, Reject: Rejected},
		InProgress: {Complete: Completed, Cancel: Cancelled},
		Completed:  {Uncomplete: InProgress},
		Cancelled:  {Uncancel: InProgress},
		Rejected:   {},
	}
	for _, s := range States() {
		for _, tr := range Transitions() {
			t.Run(string(s)+"/"+string(tr), func(t *testing.T) {
				t.Parallel()
				j := journeyIn(t, s)
				before := len(j.Events())
				require.NoError(t, j.Record(Event{ID: "x", Type: eventOf[tr], OccurredAt: t0.Add(time.Hour)}))
				expected, ok := want[s][tr]
				if !ok {
					expected = s
				}
				assert.Equal(t, expected, j.State())
				assert.Len(t, j.Events(), before+1, "a disallowed transition is still recorded")
			})
		}
	}
}

// Events are replayed in occurred_at order: a start reported after the
// complete it precedes still lets the complete apply.
func TestLateEventReplaysInOccurredOrder(t *testing.T) {
	t.Parallel()
	j, err := New("j1", "e0", draft(), t0)
	require.NoError(t, err)
	require.NoError(t, j.Record(Event{ID: "c", Type: JourneyComplete, OccurredAt: t0.Add(2 * time.Hour)}))
	assert.Equal(t, Proposed, j.State())
	require.NoError(t, j.Record(Event{ID: "s", Type: JourneyStart, OccurredAt: t0.Add(time.Hour)}))
	assert.Equal(t, Completed, j.State())
}

func TestNewChecksTheLeg(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		edit  func(*Draft)
		field string
	}{
		{"no from", func(d *Draft) { d.FromLocationID = "" }, "from_location"},
		{"no to", func(d *Draft) { d.ToLocationID = "" }, "to_location"},
		{"same places", func(d *Draft) { d.ToLocationID = d.FromLocationID }, "to_location"},
		{"no supplier", func(d *Draft) { d.SupplierID = "" }, "supplier"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			d := draft()
			c.edit(&d)
			_, err := New("j1", "e0", d, t0)
			e, ok := apperr.As(err)
			require.True(t, ok, "%v", err)
			require.Len(t, e.Fields, 1)
			assert.Equal(t, c.field, e.Fields[0].Field)
		})
	}
	j, err := New("j1", "e0", draft(), t0)
	require.NoError(t, err)
	assert.Equal(t, Proposed, j.State())
	require.Len(t, j.Pending(), 1)
	assert.Equal(t, JourneyCreate, j.Pending()[0].Type)
}

func TestDuplicateLegOnlyAgainstActiveJourneys(t *testing.T) {
	t.Parallel()
	j, err := New("new", "e0", draft(), t0)
	require.NoError(t, err)
	other := func(id string, s State, from, to, move string) Snapshot {
		return Snapshot{ID: id, MoveID: move, State: s, FromLocationID: from, ToLocationID: to}
	}
	cases := []struct {
		name     string
		sibling  Snapshot
		refusing bool
	}{
		{"proposed same leg", other("o", Proposed, "a", "b", "m1"), true},
		{"in progress same leg", other("o", InProgress, "a", "b", "m1"), true},
		{"completed same leg", other("o", Completed, "a", "b", "m1"), true},
		{"rejected same leg", other("o", Rejected, "a", "b", "m1"), false},
		{"cancelled same leg", other("o", Cancelled, "a", "b", "m1"), false},
		{"return leg", other("o", Proposed, "b", "a", "m1"), false},
		{"another move", other("o", Proposed, "a", "b", "m2"), false},
		{"itself", other("new", Proposed, "a", "b", "m1"), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			err := j.CheckNotDuplicate([]Snapshot{c.sibling})
			if !c.refusing {
				assert.NoError(t, err)
				return
			}
			require.True(t, apperr.Is(err, apperr.Invalid), "%v", err)
			assert.Equal(t, DuplicateMessage, err.(*apperr.Error).Message)
		})
	}
}

func TestEventsNeedTheirLocationAndKeepOnlyDeclaredDetails(t *testing.T) {
	t.Parallel()
	j, err := New("j1", "e0", draft(), t0)
	require.NoError(t, err)
	err = j.Record(Event{ID: "l", Type: JourneyLockout, OccurredAt: t0})
	require.True(t, apperr.Is(err, apperr.Unprocessable), "%v", err)
	err = j.Record(Event{ID: "x", Type: "JourneyTeleport", OccurredAt: t0})
	require.True(t, apperr.Is(err, apperr.Unprocessable), "%v", err)

	require.NoError(t, j.Record(Event{ID: "s", Type: JourneyStart, OccurredAt: t0.Add(time.Minute),
		Details: map[string]any{"vehicle_reg": "AB12 CDE", "vehicle_depot": "Leeds", "colour": "red"}}))
	assert.Equal(t, Vehicle{Registration: "AB12 CDE", Depot: "Leeds"}, j.Snapshot().Vehicle)
	events := j.Events()
	assert.NotContains(t, events[len(events)-1].Details, "colour")

	// A start that does not apply leaves the vehicle alone.
	require.NoError(t, j.Record(Event{ID: "s2", Type: JourneyStart, OccurredAt: t0.Add(2 * time.Minute), Details: map[string]any{"vehicle_reg": "ZZ99 ZZZ"}}))
	assert.Equal(t, "AB12 CDE", j.Snapshot().Vehicle.Registration)
}

func TestUpdateChangesDetailsNotState(t *testing.T) {
	t.Parallel()
	j := journeyIn(t, InProgress)
	billable := false
	day := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	j.Update(Change{Billable: &billable, Vehicle: &Vehicle{Registration: "XY20 ZZZ"}, Date: &day, Timestamp: t0.Add(time.Hour)}, "u", t0.Add(time.Hour), "s1", "user")
	s := j.Snapshot()
	assert.False(t, s.Billable)
	assert.Equal(t, "XY20 ZZZ", s.Vehicle.Registration)
	assert.Equal(t, day, *s.Date)
	assert.Equal(t, InProgress, s.State)
	pending := j.Pending()
	assert.Equal(t, JourneyUpdate, pending[len(pending)-1].Type)
}

func TestVisibleToItsSupplierOnly(t *testing.T) {
	t.Parallel()
	j := journeyIn(t, Proposed)
	assert.True(t, j.VisibleTo(""), "full access")
	assert.True(t, j.VisibleTo("s1"))
	assert.False(t, j.VisibleTo("s2"))
}
