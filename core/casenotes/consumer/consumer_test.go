package consumer_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/casenotes"
	"github.com/ministryofjustice/hmpps-backbone/core/casenotes/consumer"
)

// fakes: upstreams answer from maps keyed by detail URL; Delius records merges.

type fakeCaseNotes struct {
	notes  map[string]casenotes.CaseNote
	err    error
	search []casenotes.CaseNote
	calls  atomic.Int32
}

func (f *fakeCaseNotes) CaseNote(_ context.Context, url string) (casenotes.CaseNote, error) {
	f.calls.Add(1)
	if f.err != nil {
		return casenotes.CaseNote{}, f.err
	}
	n, ok := f.notes[url]
	if !ok {
		return n, apperr.New(apperr.NotFound, "no case note")
	}
	return n, nil
}

func (f *fakeCaseNotes) Search(_ context.Context, _ string, types []casenotes.TypeOfInterest) ([]casenotes.CaseNote, error) {
	return f.search, nil
}

type fakeAlerts struct {
	alerts map[string]casenotes.Alert
	active []casenotes.Alert
}

func (f *fakeAlerts) Alert(_ context.Context, url string) (casenotes.Alert, error) {
	a, ok := f.alerts[url]
	if !ok {
		return a, apperr.New(apperr.NotFound, "no alert")
	}
	return a, nil
}

func (f *fakeAlerts) ActiveAlerts(context.Context, string) ([]casenotes.Alert, error) {
	return f.active, nil
}

type fakeContacts struct {
	mu       sync.Mutex
	merged   []casenotes.Item
	results  map[string]casenotes.Result // by URN; default Created on X00005
	errs     map[string]error            // by URN
	cleansed []string
}

func (f *fakeContacts) Merge(_ context.Context, item casenotes.Item) (casenotes.Result, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.errs[item.URN()]; err != nil {
		return casenotes.Result{}, err
	}
	f.merged = append(f.merged, item)
	if r, ok := f.results[item.URN()]; ok {
		return r, nil
	}
	return casenotes.Result{CRN: "X00005", NOMS: item.NOMS, Action: casenotes.Created}, nil
}

func (f *fakeContacts) DataCleanse(_ context.Context, crn string) error {
	f.cleansed = append(f.cleansed, crn)
	return nil
}

func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "casenotes", name))
	require.NoError(t, err)
	return string(b)
}

const (
	existsURL = "http://localhost:{wiremock.port}/case-notes/AA0001A/0ec15f8b-6b57-471f-b02a-c89169a6a3e5"
	alertURL  = "http://localhost:{wiremock.port}/alerts/01954cfe-9f5a-7ea3-837b-a1770b389c5b"
)

func gen(id, location, text string) casenotes.CaseNote {
	return casenotes.CaseNote{
		ID: id, LegacyID: new(int64), OffenderIdentifier: "AA0001A", Type: "GEN", SubType: "OSE",
		CreatedAt: time.Date(2022, 10, 18, 8, 0, 0, 0, time.UTC), OccurredAt: time.Date(2022, 10, 18, 7, 0, 0, 0, time.UTC),
		AuthorName: "John Smith", Text: text, LocationID: location,
	}
}

func alert(uuid, code string) casenotes.Alert {
	return casenotes.Alert{
		UUID: uuid, PrisonNumber: "AA0001A", TypeCode: "V", TypeDescription: "Vulnerability", Code: code, CodeDescription: "Victim",
		ActiveFrom: time.Date(2025, 2, 27, 0, 0, 0, 0, time.UTC), IsActive: true, CreatedAt: time.Date(2025, 2, 28, 14, 38, 30, 0, time.UTC),
		CreatedByDisplayName: "John Smith", PrisonCodeWhenCreated: "LEI",
	}
}

func names(events []consumer.Event) []string {
	var out []string
	for _, e := range events {
		out = append(out, e.Name)
	}
	return out
}

func TestHandleSingleEvents(t *testing.T) {
	t.Parallel()
	notFound := &casenotes.OffenderNotFoundError{NOMS: "AA0001A"}
	tests := []struct {
		name     string
		body     string
		attrs    map[string]string
		notes    *fakeCaseNotes
		contacts *fakeContacts
		wantErr  bool
		events   []string
		merged   int
		cleansed []string
	}{
		{
			name: "case note merged", body: fixture(t, "case-note-exists-in-delius.json"),
			notes:  &fakeCaseNotes{notes: map[string]casenotes.CaseNote{existsURL: gen("0ec15f8b-6b57-471f-b02a-c89169a6a3e5", "LEI", "text")}},
			events: []string{consumer.CaseNoteMerged}, merged: 1,
		},
		{
			name: "case note moved leaves a data-cleanse note", body: fixture(t, "case-note-exists-in-delius.json"),
			notes: &fakeCaseNotes{notes: map[string]casenotes.CaseNote{existsURL: gen("0ec15f8b-6b57-471f-b02a-c89169a6a3e5", "LEI", "text")}},
			contacts: &fakeContacts{results: map[string]casenotes.Result{
				"urn:uk:gov:hmpps:prison-case-note:0ec15f8b-6b57-471f-b02a-c89169a6a3e5": {CRN: "X00005", Action: casenotes.Moved, FromCRN: "X00009"},
			}},
			events: []string{consumer.CaseNoteMerged}, merged: 1, cleansed: []string{"X00009"},
		},
		{
			name: "case note filtered", body: fixture(t, "case-note-exists-in-delius.json"),
			notes:  &fakeCaseNotes{notes: map[string]casenotes.CaseNote{existsURL: gen("0ec15f8b-6b57-471f-b02a-c89169a6a3e5", "TRN", "text")}},
			events: []string{consumer.CaseNoteIgnored},
		},
		{
			name: "case note gone upstream is acknowledged", body: fixture(t, "case-note-exists-in-delius.json"),
			notes: &fakeCaseNotes{}, events: []string{consumer.CaseNoteNotFound},
		},
		{
			name: "upstream failure is retried", body: fixture(t, "case-note-exists-in-delius.json"),
			notes: &fakeCaseNotes{err: apperr.New(apperr.Upstream, "down")}, wantErr: true,
		},
		{
			name: "detail URL off the allow-list is retried, then dead-lettered", body: fixture(t, "case-note-exists-in-delius.json"),
			notes: &fakeCaseNotes{err: apperr.New(apperr.Forbidden, "Unexpected detail URL")}, wantErr: true,
		},
		{
			name: "person not in Delius is acknowledged", body: fixture(t, "case-note-exists-in-delius.json"),
			notes:    &fakeCaseNotes{notes: map[string]casenotes.CaseNote{existsURL: gen("0ec15f8b-6b57-471f-b02a-c89169a6a3e5", "LEI", "text")}},
			contacts: &fakeContacts{errs: map[string]error{"urn:uk:gov:hmpps:prison-case-note:0ec15f8b-6b57-471f-b02a-c89169a6a3e5": notFound}},
			events:   []string{consumer.CaseNoteMergeFailed},
		},
		{
			name: "other merge failure is retried", body: fixture(t, "case-note-exists-in-delius.json"),
			notes:    &fakeCaseNotes{notes: map[string]casenotes.CaseNote{existsURL: gen("0ec15f8b-6b57-471f-b02a-c89169a6a3e5", "LEI", "text")}},
			contacts: &fakeContacts{errs: map[string]error{"urn:uk:gov:hmpps:prison-case-note:0ec15f8b-6b57-471f-b02a-c89169a6a3e5": errors.New("db down")}},
			events:   []string{consumer.CaseNoteMergeFailed}, wantErr: true,
		},
		{
			name: "not of interest: no call, no telemetry", notes: &fakeCaseNotes{err: errors.New("must not be called")},
			body: `{"Type":"Notification","Message":"{\"eventType\":\"person.case-note.created\"}","MessageAttributes":{"eventType":{"Type":"String","Value":"person.case-note.created"},"type":{"Type":"String","Value":"NOTOF"},"subType":{"Type":"String","Value":"INTEREST"}}}`,
		},
		{
			name: "case note without type attributes is retried", notes: &fakeCaseNotes{},
			body:    `{"Type":"Notification","Message":"{}","MessageAttributes":{"eventType":{"Type":"String","Value":"person.case-note.created"}}}`,
			wantErr: true,
		},
		{
			name: "unknown event is acknowledged silently", notes: &fakeCaseNotes{},
			body: `{"Type":"Notification","Message":"{}","MessageAttributes":{"eventType":{"Type":"String","Value":"prison-offender-events.prisoner.released"}}}`,
		},
		{name: "garbage is retried", body: "not json", notes: &fakeCaseNotes{}, wantErr: true},
		{name: "alert merged", body: fixture(t, "alert-created.json"), notes: &fakeCaseNotes{}, events: []string{consumer.AlertMerged}, merged: 1},
		{name: "alert gone upstream", body: fixture(t, "alert-updated.json"), notes: &fakeCaseNotes{}, events: []string{consumer.AlertNotFound}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			contacts := tt.contacts
			if contacts == nil {
				contacts = &fakeContacts{}
			}
			alerts := &fakeAlerts{alerts: map[string]casenotes.Alert{alertURL: alert("01954cfe-9f5a-7ea3-837b-a1770b389c5b", "OVI")}}
			c := consumer.New(tt.notes, alerts, contacts, consumer.WithFetchRetry(3, time.Millisecond))
			out, err := c.Handle(context.Background(), tt.body, tt.attrs)
			if tt.wantErr {
				assert.Error(t, err)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, tt.events, names(out.Events))
			assert.Len(t, contacts.merged, tt.merged)
			assert.Equal(t, tt.cleansed, contacts.cleansed)
		})
	}
}

func TestMergedTelemetryCarriesTheItemAndAction(t *testing.T) {
	t.Parallel()
	note := gen("0ec15f8b-6b57-471f-b02a-c89169a6a3e5", "LEI", "text")
	*note.LegacyID = 1111
	c := consumer.New(&fakeCaseNotes{notes: map[string]casenotes.CaseNote{existsURL: note}}, &fakeAlerts{}, &fakeContacts{})
	out, err := c.Handle(context.Background(), fixture(t, "case-note-exists-in-delius.json"), nil)
	require.NoError(t, err)
	require.Len(t, out.Events, 1)
	assert.Equal(t, map[string]string{
		"caseNoteId": "0ec15f8b-6b57-471f-b02a-c89169a6a3e5", "type": "GEN", "subType": "OSE", "eventId": "1111",
		"created": "2022-10-18T08:00:00Z", "occurrence": "2022-10-18T07:00:00Z", "location": "LEI",
		"crn": "X00005", "nomsId": "AA0001A", "action": "CREATED",
	}, out.Events[0].Props)
}

func TestBackfill(t *testing.T) {
	t.Parallel()
	notes := &fakeCaseNotes{search: []casenotes.CaseNote{
		gen("c1", "MDI", "one"), gen("c2", "MDI", "two"), gen("c3", "TRN", "transferring"),
		gen("c4", "MDI", "four"), gen("c5", "MDI", "five"), gen("c6", "MDI", ""),
	}}
	for i := range notes.search {
		notes.search[i].OffenderIdentifier = "A4578BX"
	}
	ocg := alert("a2", casenotes.AlertCodeOCGNominal)
	alerts := &fakeAlerts{active: []casenotes.Alert{alert("a1", "OVI"), ocg}}
	contacts := &fakeContacts{results: map[string]casenotes.Result{
		"urn:uk:gov:hmpps:prison-case-note:c2": {CRN: "X00004", Action: casenotes.Moved, FromCRN: "X00009"},
		"urn:uk:gov:hmpps:prison-case-note:c4": {CRN: "X00004", Action: casenotes.Moved, FromCRN: "X00009"},
		"urn:uk:gov:hmpps:prison-case-note:c5": {CRN: "X00004", Action: casenotes.Unchanged},
	}}
	contacts.errs = map[string]error{}
	c := consumer.New(notes, alerts, contacts)

	out, err := c.Handle(context.Background(), fixture(t, "noms-number-added.json"), nil)
	require.NoError(t, err)
	assert.Len(t, contacts.merged, 5, "4 case notes (TRN and empty filtered) and 1 alert (OCG Nominal skipped)")
	assert.Equal(t, []string{"X00009"}, contacts.cleansed, "one data-cleanse note per case moved from")
	last := out.Events[len(out.Events)-1]
	assert.Equal(t, consumer.CaseNotesMigrated, last.Name)
	assert.Equal(t, map[string]string{
		"nomsId": "A4578BX", "crn": "X00005", "cause": "probation-case.prison-identifier.added",
		"caseNotesCreated": "1", "caseNotesMoved": "2", "alertsCreated": "1",
	}, last.Props)
}

func TestBackfillRethrowsTheFirstFailureButNotPersonNotFound(t *testing.T) {
	t.Parallel()
	search := []casenotes.CaseNote{gen("c1", "MDI", "one"), gen("c2", "MDI", "two"), gen("c3", "MDI", "three")}
	tests := []struct {
		name    string
		errs    map[string]error
		wantErr bool
	}{
		{"person not found only", map[string]error{
			"urn:uk:gov:hmpps:prison-case-note:c1": &casenotes.OffenderNotFoundError{NOMS: "A4578BX"},
		}, false},
		{"a real failure after one", map[string]error{
			"urn:uk:gov:hmpps:prison-case-note:c1": &casenotes.OffenderNotFoundError{NOMS: "A4578BX"},
			"urn:uk:gov:hmpps:prison-case-note:c2": errors.New("db down"),
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			contacts := &fakeContacts{errs: tt.errs}
			c := consumer.New(&fakeCaseNotes{search: search}, &fakeAlerts{}, contacts)
			_, err := c.Handle(context.Background(), fixture(t, "noms-number-added.json"), nil)
			if tt.wantErr {
				assert.ErrorContains(t, err, "db down")
			} else {
				assert.NoError(t, err)
			}
			assert.Len(t, contacts.merged, 3-len(tt.errs), "every other item is still merged")
		})
	}
}

func TestDetailFetchesAreRetriedUnlessRefused(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		notes *fakeCaseNotes
		calls int32
	}{
		{"404 is believed on the third", &fakeCaseNotes{}, 3},
		{"upstream failure", &fakeCaseNotes{err: apperr.New(apperr.Upstream, "500")}, 3},
		{"timeout", &fakeCaseNotes{err: apperr.New(apperr.UpstreamTimeout, "slow")}, 3},
		{"off the allow-list", &fakeCaseNotes{err: apperr.New(apperr.Forbidden, "Unexpected detail URL")}, 1},
		{"malformed URL", &fakeCaseNotes{err: apperr.New(apperr.Invalid, "not absolute")}, 1},
		{"found", &fakeCaseNotes{notes: map[string]casenotes.CaseNote{existsURL: gen("0ec15f8b-6b57-471f-b02a-c89169a6a3e5", "LEI", "text")}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := consumer.New(tt.notes, &fakeAlerts{}, &fakeContacts{}, consumer.WithFetchRetry(3, time.Millisecond))
			_, _ = c.Handle(context.Background(), fixture(t, "case-note-exists-in-delius.json"), nil)
			assert.Equal(t, tt.calls, tt.notes.calls.Load())
		})
	}
}
