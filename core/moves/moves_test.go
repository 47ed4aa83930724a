package moves_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
)

var (
	now       = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	day       = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	prisonA   = reference.Location{ID: "a", Type: reference.Prison}
	prisonB   = reference.Location{ID: "b", Type: reference.Prison}
	court     = reference.Location{ID: "c", Type: reference.Court}
	police    = reference.Location{ID: "p", Type: reference.Police}
	police2   = reference.Location{ID: "p2", Type: reference.Police}
	hospital  = reference.Location{ID: "h", Type: reference.Hospital}
	disabled  = reference.Location{ID: "d", Type: reference.Prison, DisabledAt: &now}
	supported = &moves.Profile{ID: "prof", PersonID: "person", MoveSupported: true}
)

func ids() func() string {
	n := 0
	return func() string { n++; return fmt.Sprintf("e%d", n) }
}

// moveIn builds a prison transfer that has reached status through the table's own events.
func moveIn(t *testing.T, status moves.Status) *moves.Move {
	t.Helper()
	d := moves.Draft{MoveType: "prison_transfer", Status: "proposed", FromLocationID: "a", ToLocationID: "b",
		Attributes: moves.Attributes{DateFrom: &day, ProfileID: "prof"}}
	m, err := moves.New("m1", "e0", "AHN7936K", d, moves.Context{From: &prisonA, To: &prisonB, Profile: supported}, now)
	require.NoError(t, err)
	path := map[moves.Status][]moves.EventType{
		moves.Proposed:  nil,
		moves.Requested: {moves.MoveApprove},
		moves.Booked:    {moves.MoveApprove, moves.MoveAccept},
		moves.InTransit: {moves.MoveApprove, moves.MoveAccept, moves.MoveStart},
		moves.Completed: {moves.MoveApprove, moves.MoveAccept, moves.MoveStart, moves.MoveComplete},
		moves.Cancelled: {moves.MoveCancel},
	}[status]
	for i, et := range path {
		require.NoError(t, m.Record(event(fmt.Sprintf("p%d", i), et, now.Add(time.Duration(i+1)*time.Minute)), moves.Context{}))
	}
	require.Equal(t, status, m.Status())
	return m
}

func event(id string, et moves.EventType, at time.Time) moves.Event {
	details := map[string]any{}
	switch et {
	case moves.MoveApprove:
		details["date"] = "2026-11-26"
	case moves.MoveCancel:
		details["cancellation_reason"] = "made_in_error"
	case moves.MoveReject:
		details["rejection_reason"] = "no_transport_available"
	}
	return moves.Event{ID: id, Type: et, OccurredAt: at, RecordedAt: at, Details: details}
}

// Every status × every transition event: the table decides whether the status
// moves; a non-fitting event is stored and ignored unless it is timed after the
// move finished, which is refused.
func TestEveryTransitionFromEveryStatus(t *testing.T) {
	t.Parallel()
	byEvent := map[moves.EventType]moves.Transition{
		moves.MoveApprove: moves.Approve, moves.MoveAccept: moves.Accept, moves.MoveStart: moves.Start,
		moves.MoveComplete: moves.Complete, moves.MoveCancel: moves.Cancel, moves.MoveReject: moves.Reject,
	}
	want := map[moves.Status]map[moves.EventType]moves.Status{
		moves.Proposed:  {moves.MoveApprove: moves.Requested, moves.MoveCancel: moves.Cancelled, moves.MoveReject: moves.Cancelled},
		moves.Requested: {moves.MoveAccept: moves.Booked, moves.MoveCancel: moves.Cancelled, moves.MoveReject: moves.Cancelled},
		moves.Booked:    {moves.MoveStart: moves.InTransit, moves.MoveCancel: moves.Cancelled},
		moves.InTransit: {moves.MoveComplete: moves.Completed, moves.MoveCancel: moves.Cancelled},
		moves.Completed: {moves.MoveCancel: moves.Cancelled},
		moves.Cancelled: {},
	}
	for _, from := range moves.Statuses() {
		for et, tr := range byEvent {
			t.Run(string(from)+"/"+string(et), func(t *testing.T) {
				t.Parallel()
				m := moveIn(t, from)
				before := len(m.Events())
				err := m.Record(event("new", et, now.Add(time.Hour)), moves.Context{})
				to, fits := want[from][et]
				assert.Equal(t, fits, tr.AllowedFrom(from), "table and expectation agree")
				switch {
				case fits:
					require.NoError(t, err)
					assert.Equal(t, to, m.Status())
					assert.Len(t, m.Events(), before+1)
				case from == moves.Completed || from == moves.Cancelled:
					require.Error(t, err)
					e, _ := apperr.As(err)
					require.NotNil(t, e)
					assert.Equal(t, "invalid_status", e.Fields[0].Code)
					assert.Equal(t, from, m.Status())
					assert.Len(t, m.Events(), before, "nothing stored")
				default:
					require.NoError(t, err, "a non-fitting event is kept, as in the original")
					assert.Equal(t, from, m.Status())
					assert.Len(t, m.Events(), before+1)
				}
			})
		}
	}
}

func TestReplayOrdersByOccurredAt(t *testing.T) {
	t.Parallel()
	at := func(h int) time.Time { return now.Add(time.Duration(h) * time.Hour) }
	tests := []struct {
		name   string
		events []moves.Event
		want   moves.Status
		reason moves.CancellationReason
	}{
		{"seed 003: accept, start, complete timed before the approve", []moves.Event{
			event("1", moves.MoveApprove, at(10)), event("2", moves.MoveAccept, at(1)),
			event("3", moves.MoveStart, at(2)), event("4", moves.MoveComplete, at(3)),
		}, moves.Completed, ""},
		{"late report of an earlier accept before a cancel", []moves.Event{
			event("1", moves.MoveApprove, at(1)), event("2", moves.MoveCancel, at(5)), event("3", moves.MoveAccept, at(2)),
		}, moves.Cancelled, "made_in_error"},
		{"earlier reject wins over a later cancel", []moves.Event{
			event("1", moves.MoveCancel, at(5)), event("2", moves.MoveReject, at(2)),
		}, moves.Cancelled, moves.Rejected},
		{"start without accept waits", []moves.Event{event("1", moves.MoveApprove, at(1)), event("2", moves.MoveStart, at(2))}, moves.Requested, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m := moveIn(t, moves.Proposed)
			for _, e := range tt.events {
				require.NoError(t, m.Record(e, moves.Context{}))
			}
			assert.Equal(t, tt.want, m.Status())
			assert.Equal(t, tt.reason, m.Snapshot().CancellationReason)
		})
	}
}

func TestApproveSetsTheDate(t *testing.T) {
	t.Parallel()
	m := moveIn(t, moves.Requested)
	assert.Equal(t, "2026-11-26", m.Snapshot().Date.Format(time.DateOnly))
}

func TestRedirectAndLockout(t *testing.T) {
	t.Parallel()
	m := moveIn(t, moves.Booked)
	redirect := moves.Event{ID: "r", Type: moves.MoveRedirect, OccurredAt: now, RecordedAt: now,
		Relationships: map[string]string{"to_location": "c"}, Details: map[string]any{"move_type": "court_appearance"}}
	require.NoError(t, m.Record(redirect, moves.Context{From: &prisonA, To: &court}))
	assert.Equal(t, "c", m.Snapshot().ToLocationID)
	assert.Equal(t, moves.CourtAppearance, m.Snapshot().Type)

	bad := moves.Event{ID: "r2", Type: moves.MoveRedirect, OccurredAt: now, RecordedAt: now, Relationships: map[string]string{"to_location": "h"}}
	err := m.Record(bad, moves.Context{From: &prisonA, To: &hospital})
	require.Error(t, err)
	assert.Equal(t, "c", m.Snapshot().ToLocationID, "refused redirect changes nothing")
	assert.Len(t, m.Events(), 4)

	require.NoError(t, m.Record(moves.Event{ID: "l", Type: moves.MoveLockout, OccurredAt: now, RecordedAt: now, Relationships: map[string]string{"from_location": "a"}}, moves.Context{}))
	assert.True(t, m.Snapshot().IsLockout)
	assert.Equal(t, moves.Booked, m.Status())
}

func TestEventDeclarations(t *testing.T) {
	t.Parallel()
	m := moveIn(t, moves.Proposed)
	for _, tt := range []struct {
		event moves.Event
		field string
	}{
		{moves.Event{ID: "1", Type: moves.MoveApprove}, "date"},
		{moves.Event{ID: "2", Type: moves.MoveCancel}, "cancellation_reason"},
		{moves.Event{ID: "3", Type: moves.MoveRedirect}, "to_location"},
		{moves.Event{ID: "4", Type: moves.MoveCollectionByEscort, Details: map[string]any{"vehicle_type": "bus"}}, "vehicle_type"},
		{moves.Event{ID: "5", Type: "MoveTeleport"}, "event_type"},
	} {
		err := m.Record(tt.event, moves.Context{})
		e, ok := apperr.As(err)
		require.True(t, ok, "%s: %v", tt.event.Type, err)
		assert.Equal(t, tt.field, e.Fields[0].Field, tt.event.Type)
	}
	ok := moves.Event{ID: "6", Type: moves.MoveAccept, OccurredAt: now, Details: map[string]any{"junk": 1}}
	require.NoError(t, m.Record(ok, moves.Context{}))
	assert.Empty(t, m.Events()[len(m.Events())-1].Details, "undeclared details are dropped")
}

func TestNewMoveRules(t *testing.T) {
	t.Parallel()
	cat := &moves.Profile{ID: "prof", MoveSupported: false}
	tests := []struct {
		name  string
		draft moves.Draft
		ctx   moves.Context
		field string
		code  string
	}{
		{"unknown move type", moves.Draft{MoveType: "teleport", FromLocationID: "a", ToLocationID: "b"}, moves.Context{}, "move_type", "inclusion"},
		{"no from", moves.Draft{MoveType: "prison_transfer", ToLocationID: "b", Attributes: moves.Attributes{Date: &day}}, moves.Context{To: &prisonB}, "from_location", "blank"},
		{"no to", moves.Draft{MoveType: "prison_transfer", FromLocationID: "a", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &prisonA}, "to_location", "blank"},
		{"same from and to", moves.Draft{MoveType: "prison_transfer", FromLocationID: "a", ToLocationID: "a", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &prisonA, To: &prisonA}, "to_location_id", "invalid"},
		{"no date", moves.Draft{MoveType: "prison_transfer", FromLocationID: "a", ToLocationID: "b"}, moves.Context{From: &prisonA, To: &prisonB}, "date", "blank"},
		{"proposed without date_from", moves.Draft{MoveType: "prison_transfer", Status: "proposed", FromLocationID: "a", ToLocationID: "b", Attributes: moves.Attributes{ProfileID: "prof"}}, moves.Context{From: &prisonA, To: &prisonB}, "date_from", "blank"},
		{"date_to before date_from", moves.Draft{MoveType: "prison_transfer", Status: "proposed", FromLocationID: "a", ToLocationID: "b", Attributes: moves.Attributes{ProfileID: "prof", DateFrom: &day, DateTo: &now}}, moves.Context{From: &prisonA, To: &prisonB}, "date_to", "invalid"},
		{"proposed without profile", moves.Draft{MoveType: "prison_transfer", Status: "proposed", FromLocationID: "a", ToLocationID: "b", Attributes: moves.Attributes{DateFrom: &day}}, moves.Context{From: &prisonA, To: &prisonB}, "profile", "blank"},
		{"cancelled without reason", moves.Draft{MoveType: "prison_transfer", Status: "cancelled", FromLocationID: "a", ToLocationID: "b"}, moves.Context{From: &prisonA, To: &prisonB}, "cancellation_reason", "inclusion"},
		{"reason while requested", moves.Draft{MoveType: "prison_transfer", CancellationReason: "other", FromLocationID: "a", ToLocationID: "b", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &prisonA, To: &prisonB}, "cancellation_reason", "present"},
		{"inactive location", moves.Draft{MoveType: "prison_transfer", FromLocationID: "a", ToLocationID: "d", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &prisonA, To: &disabled}, "to_location", "inactive_location"},
		{"extradition", moves.Draft{MoveType: "extradition", FromLocationID: "a", ToLocationID: "b", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &prisonA, To: &prisonB}, "move_type", "exclusion"},
		{"unsupported category", moves.Draft{MoveType: "prison_transfer", FromLocationID: "a", ToLocationID: "b", Attributes: moves.Attributes{Date: &day, ProfileID: "prof"}}, moves.Context{From: &prisonA, To: &prisonB, Profile: cat}, "profile", "unsupported_prisoner_category"},
		{"court appearance to a prison", moves.Draft{MoveType: "court_appearance", FromLocationID: "a", ToLocationID: "b", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &prisonA, To: &prisonB}, "to_location", "invalid_location"},
		{"court other to a prison", moves.Draft{MoveType: "court_other", FromLocationID: "a", ToLocationID: "b", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &prisonA, To: &prisonB}, "to_location", "invalid_location"},
		{"hospital to a court", moves.Draft{MoveType: "hospital", FromLocationID: "a", ToLocationID: "c", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &prisonA, To: &court}, "to_location", "invalid_location"},
		{"police transfer from a prison", moves.Draft{MoveType: "police_transfer", FromLocationID: "a", ToLocationID: "p", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &prisonA, To: &police}, "from_location", "invalid_location"},
		{"prison recall from a court", moves.Draft{MoveType: "prison_recall", FromLocationID: "c", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &court}, "from_location", "invalid_location"},
		{"video remand from a prison", moves.Draft{MoveType: "video_remand", FromLocationID: "a", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &prisonA}, "from_location", "invalid_location"},
		{"prison remand to a court", moves.Draft{MoveType: "prison_remand", FromLocationID: "p", ToLocationID: "c", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &police, To: &court}, "to_location", "invalid_location"},
		{"prison transfer from a court", moves.Draft{MoveType: "prison_transfer", FromLocationID: "c", ToLocationID: "b", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &court, To: &prisonB}, "from_location", "invalid_location"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := moves.New("m", "e", "AHN7936K", tt.draft, tt.ctx, now)
			e, ok := apperr.As(err)
			require.True(t, ok, "want a validation error, got %v", err)
			var got []string
			for _, f := range e.Fields {
				got = append(got, f.Field+"/"+f.Code)
			}
			assert.Contains(t, got, tt.field+"/"+tt.code)
		})
	}
	valid := []struct {
		draft moves.Draft
		ctx   moves.Context
	}{
		{moves.Draft{MoveType: "police_transfer", FromLocationID: "p", ToLocationID: "p2", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &police, To: &police2}},
		{moves.Draft{MoveType: "prison_recall", FromLocationID: "p", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &police}},
		{moves.Draft{MoveType: "prison_remand", FromLocationID: "c", ToLocationID: "b", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &court, To: &prisonB}},
		{moves.Draft{MoveType: "approved_premises", FromLocationID: "a", ToLocationID: "h", Attributes: moves.Attributes{Date: &day}}, moves.Context{From: &prisonA, To: &hospital}},
	}
	for _, v := range valid {
		m, err := moves.New("m", "e", "AHN7936K", v.draft, v.ctx, now)
		require.NoError(t, err, v.draft.MoveType)
		assert.Equal(t, moves.Requested, m.Status(), "status defaults to requested")
		assert.Equal(t, moves.MoveRequested, m.Pending()[0].Type)
	}
}

func TestUpdateInfersTheTransition(t *testing.T) {
	t.Parallel()
	str := func(s string) *string { return &s }
	dayPtr := &day
	tests := []struct {
		from   moves.Status
		change moves.Change
		want   moves.Status
		event  moves.EventType
		errKey string
	}{
		{moves.Proposed, moves.Change{Status: str("requested"), Date: &dayPtr}, moves.Requested, moves.MoveApprove, ""},
		{moves.Proposed, moves.Change{Status: str("requested")}, moves.Proposed, "", "date"},
		{moves.Requested, moves.Change{Status: str("booked")}, moves.Booked, moves.MoveAccept, ""},
		{moves.Booked, moves.Change{Status: str("in_transit")}, moves.InTransit, moves.MoveStart, ""},
		{moves.InTransit, moves.Change{Status: str("completed")}, moves.Completed, moves.MoveComplete, ""},
		{moves.Requested, moves.Change{Status: str("cancelled"), CancellationReason: str("made_in_error")}, moves.Cancelled, moves.MoveCancel, ""},
		{moves.Proposed, moves.Change{Status: str("cancelled"), RejectionReason: str("more_info_required")}, moves.Cancelled, moves.MoveReject, ""},
		{moves.Booked, moves.Change{Status: str("cancelled")}, moves.Booked, "", "Invalid cancellation_reason"},
		{moves.Requested, moves.Change{Status: str("completed")}, moves.Requested, "", "invalid_status"},
	}
	for _, tt := range tests {
		t.Run(string(tt.from)+"→"+*tt.change.Status, func(t *testing.T) {
			t.Parallel()
			m := moveIn(t, tt.from)
			err := m.Update(tt.change, moves.Context{From: &prisonA, To: &prisonB, Profile: supported}, now.Add(time.Hour), ids(), "", "")
			assert.Equal(t, tt.want, m.Status())
			if tt.errKey != "" {
				e, ok := apperr.As(err)
				require.True(t, ok, "%v", err)
				assert.True(t, e.Title == tt.errKey || (len(e.Fields) > 0 && (e.Fields[0].Code == tt.errKey || e.Fields[0].Field == tt.errKey)), "%+v", e)
				return
			}
			require.NoError(t, err)
			pending := m.Pending()
			assert.Equal(t, tt.event, pending[len(pending)-1].Type)
		})
	}
}

func TestUpdateDateRecordsDateChanged(t *testing.T) {
	t.Parallel()
	m := moveIn(t, moves.Requested)
	next := day.AddDate(0, 0, 7)
	p := &next
	require.NoError(t, m.Update(moves.Change{Date: &p, DateChangedReason: "operational_issues_prison"}, moves.Context{From: &prisonA, To: &prisonB}, now, ids(), "", ""))
	last := m.Pending()[len(m.Pending())-1]
	assert.Equal(t, moves.MoveDateChanged, last.Type)
	assert.Equal(t, map[string]any{"date": "2026-12-02", "date_changed_reason": "operational_issues_prison"}, last.Details)
}

func TestReference(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	shape := regexp.MustCompile(`^[ACEFHJKMNPRTUVWXY]{3}[1-9]{4}[ACEFHJKMNPRTUVWXY]$`)
	for range 1000 {
		ref := moves.NewReference(rng.IntN)
		require.Regexp(t, shape, ref)
		seen := map[byte]bool{}
		for _, c := range []byte(ref[:3]) {
			assert.False(t, seen[c], "letters drawn without repetition: %s", ref)
			seen[c] = true
		}
		digits := map[byte]bool{}
		for _, c := range []byte(ref[3:7]) {
			assert.False(t, digits[c], "digits drawn without repetition: %s", ref)
			digits[c] = true
		}
	}
	tries := 0
	ref, err := moves.UniqueReference(context.Background(), rng.IntN, func(context.Context, string) (bool, error) {
		tries++
		return tries < 3, nil
	})
	require.NoError(t, err)
	assert.Equal(t, 3, tries, "retried until unused")
	assert.Regexp(t, shape, ref)
}

func TestParseSort(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		by, dir string
		want    moves.Sort
		err     bool
	}{
		{"", "", moves.Sort{By: moves.SortByDate, Descending: true}, false},
		{"name", "", moves.Sort{By: moves.SortByName}, false},
		{"created_at", "desc", moves.Sort{By: moves.SortByCreatedAt, Descending: true}, false},
		{"", "asc", moves.Sort{}, true},
		{"height", "", moves.Sort{}, true},
	} {
		got, err := moves.ParseSort(tt.by, tt.dir)
		assert.Equal(t, tt.err, err != nil, "%s/%s", tt.by, tt.dir)
		assert.Equal(t, tt.want, got)
	}
}

func TestRebook(t *testing.T) {
	t.Parallel()
	m := moveIn(t, moves.Proposed)
	assert.False(t, m.RebookRequested())
	reject := event("r", moves.MoveReject, now.Add(time.Hour))
	reject.Details["rebook"] = true
	require.NoError(t, m.Record(reject, moves.Context{}))
	require.True(t, m.RebookRequested())

	next, err := m.Rebook("m2", "e", "CCC1234C", moves.Context{From: &prisonA, To: &prisonB, Profile: supported}, now)
	require.NoError(t, err)
	s := next.Snapshot()
	assert.Equal(t, moves.Proposed, s.Status)
	assert.Equal(t, "m1", s.OriginalMoveID)
	assert.Equal(t, day.AddDate(0, 0, 7), *s.DateFrom, "a week later")
	assert.Equal(t, "prof", s.ProfileID)

	plain := moveIn(t, moves.Requested)
	require.NoError(t, plain.Record(event("r", moves.MoveReject, now.Add(time.Hour)), moves.Context{}))
	assert.False(t, plain.RebookRequested(), "no rebook asked for")
}
