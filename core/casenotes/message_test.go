package casenotes_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/casenotes"
)

// fixture reads one of the original's example messages (testdata/casenotes at the repo root).
func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "casenotes", name))
	require.NoError(t, err)
	return string(b)
}

func TestParseNotificationReadsTheFixtures(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file       string
		eventType  string // routing attribute
		bodyType   string // eventType inside Message
		route      casenotes.Route
		noms       string
		detailURL  string
		occurredAt time.Time
		info       map[string]any
	}{
		{
			file: "case-note-new-to-delius.json", eventType: "person.case-note.created", bodyType: "person.case-note.created",
			route: casenotes.MergeCaseNote, // NEG IEP_WARN is of interest by default (types.go, ADR 0018)
			noms:  "AA0001A", detailURL: "http://localhost:{wiremock.port}/case-notes/AA0001A/2cf4f9e1-df22-49a1-a2a7-5968a96529e3",
			occurredAt: time.Date(2022, 10, 18, 7, 19, 19, 451579000, time.UTC),
			info:       map[string]any{"id": "2cf4f9e1-df22-49a1-a2a7-5968a96529e3", "legacyId": "2222", "type": "NEG", "subType": "IEP_WARN"},
		},
		{
			file: "case-note-exists-in-delius.json", eventType: "person.case-note.updated", bodyType: "person.case-note.updated",
			route: casenotes.MergeCaseNote,
			noms:  "AA0001A", detailURL: "http://localhost:{wiremock.port}/case-notes/AA0001A/0ec15f8b-6b57-471f-b02a-c89169a6a3e5",
			occurredAt: time.Date(2022, 10, 18, 7, 19, 19, 451579000, time.UTC),
			info:       map[string]any{"id": "0ec15f8b-6b57-471f-b02a-c89169a6a3e5", "legacyId": "1111", "type": "GEN", "subType": "OSE"},
		},
		{
			file: "alert-created.json", eventType: "person.alert.created", bodyType: "person.alert.created", route: casenotes.MergeAlert,
			noms: "AA0001A", detailURL: "http://localhost:{wiremock.port}/alerts/01954cfe-9f5a-7ea3-837b-a1770b389c5b",
			occurredAt: time.Date(2025, 2, 28, 14, 38, 30, 224174387, time.UTC),
			info:       map[string]any{"alertUuid": "01954cfe-9f5a-7ea3-837b-a1770b389c5b", "alertCode": "OVI", "source": "DPS"},
		},
		{
			file: "alert-updated.json", eventType: "person.alert.updated", bodyType: "person.alert.updated", route: casenotes.MergeAlert,
			noms: "AA0001A", detailURL: "http://localhost:{wiremock.port}/alerts/424e52e8-1971-4622-8d2d-4b4466c771fd",
			occurredAt: time.Date(2025, 2, 28, 14, 38, 30, 224174387, time.UTC),
			info:       map[string]any{"alertUuid": "424e52e8-1971-4622-8d2d-4b4466c771fd", "alertCode": "OVI", "source": "DPS"},
		},
		{
			// The fixture's attribute says updated while the body says inactive: the attribute routes.
			file: "alert-inactive.json", eventType: "person.alert.updated", bodyType: "person.alert.inactive", route: casenotes.MergeAlert,
			noms: "AA0001A", detailURL: "http://localhost:{wiremock.port}/alerts/62c811b1-f3f2-432f-abbd-ca06b9190d4d",
			occurredAt: time.Date(2025, 2, 28, 14, 38, 30, 224174387, time.UTC),
			info:       map[string]any{"alertUuid": "62c811b1-f3f2-432f-abbd-ca06b9190d4d", "alertCode": "OVI", "source": "DPS"},
		},
		{
			file: "noms-number-added.json", eventType: "probation-case.prison-identifier.added", bodyType: "probation-case.prison-identifier.added",
			route: casenotes.Backfill, noms: "A4578BX",
			occurredAt: time.Date(2025, 1, 15, 8, 47, 39, 0, time.UTC),
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			n, err := casenotes.ParseNotification(fixture(t, tt.file), nil)
			require.NoError(t, err)
			assert.Equal(t, tt.eventType, n.EventType())
			assert.Equal(t, tt.bodyType, n.Event.EventType)
			assert.Equal(t, 1, n.Event.Version)
			assert.Equal(t, tt.noms, n.Event.NOMS())
			assert.Equal(t, tt.detailURL, n.Event.DetailURL)
			assert.True(t, tt.occurredAt.Equal(n.Event.OccurredAt), "occurredAt %s", n.Event.OccurredAt)
			if tt.info != nil {
				assert.Equal(t, tt.info, n.Event.AdditionalInformation)
			}
			route, err := n.Route(casenotes.DefaultInterest())
			require.NoError(t, err)
			assert.Equal(t, tt.route, route)
		})
	}
}

func TestParseNotificationRejectsWhatIsNotAnSNSNotification(t *testing.T) {
	t.Parallel()
	for name, body := range map[string]string{
		"not json":             "{",
		"no Message":           `{"Type":"Notification"}`,
		"Message not an event": `{"Type":"Notification","Message":"[1]"}`,
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := casenotes.ParseNotification(body, nil)
			assert.ErrorIs(t, err, casenotes.ErrMalformed)
		})
	}
}

func TestQueueAttributesFillInForRawDelivery(t *testing.T) {
	t.Parallel()
	body := `{"Type":"Notification","Message":"{\"eventType\":\"person.alert.created\",\"unknown\":{\"x\":1}}","MessageAttributes":{"type":{"Type":"String","Value":"GEN"}}}`
	n, err := casenotes.ParseNotification(body, map[string]string{"eventType": "person.alert.created", "type": "KA"})
	require.NoError(t, err)
	assert.Equal(t, "person.alert.created", n.EventType())
	assert.Equal(t, "GEN", n.Attributes["type"], "the envelope's attribute wins")
}

func TestRoute(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		attrs   map[string]string
		want    casenotes.Route
		wantErr error
	}{
		{"case note of interest", map[string]string{"eventType": "person.case-note.created", "type": "GEN", "subType": "OSE"}, casenotes.MergeCaseNote, nil},
		{"case note updated of interest", map[string]string{"eventType": "person.case-note.updated", "type": "KA", "subType": "KS"}, casenotes.MergeCaseNote, nil},
		{"case note not of interest", map[string]string{"eventType": "person.case-note.created", "type": "NOTOF", "subType": "INTEREST"}, casenotes.Ignore, nil},
		{"NEG IEP_WARN, of interest by default", map[string]string{"eventType": "person.case-note.created", "type": "NEG", "subType": "IEP_WARN"}, casenotes.MergeCaseNote, nil},
		{"NEG of another subtype", map[string]string{"eventType": "person.case-note.created", "type": "NEG", "subType": "IEP_ENC"}, casenotes.Ignore, nil},
		{"case note without type", map[string]string{"eventType": "person.case-note.created", "subType": "OSE"}, casenotes.Ignore, casenotes.ErrMalformed},
		{"case note without subType", map[string]string{"eventType": "person.case-note.created", "type": "GEN"}, casenotes.Ignore, casenotes.ErrMalformed},
		{"alert created", map[string]string{"eventType": "person.alert.created"}, casenotes.MergeAlert, nil},
		{"alert inactive", map[string]string{"eventType": "person.alert.inactive"}, casenotes.MergeAlert, nil},
		{"prison identifier added", map[string]string{"eventType": "probation-case.prison-identifier.added"}, casenotes.Backfill, nil},
		{"legacy published case note", map[string]string{"eventType": "prison.case-note.published", "caseNoteType": "GEN-OSE"}, casenotes.Ignore, nil},
		{"legacy offender event", map[string]string{"eventType": "KA-KE"}, casenotes.Ignore, nil},
		{"no event type", map[string]string{}, casenotes.Ignore, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := casenotes.Notification{Attributes: tt.attrs}.Route(casenotes.DefaultInterest())
			if tt.wantErr != nil {
				assert.True(t, errors.Is(err, tt.wantErr), "error %v", err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestBackfillNOMSIsUpperCasedAndRequired(t *testing.T) {
	t.Parallel()
	n, err := casenotes.ParseNotification(`{"Message":"{\"personReference\":{\"identifiers\":[{\"type\":\"CRN\",\"value\":\"X1\"},{\"type\":\"NOMS\",\"value\":\"a4578bx\"}]}}"}`, nil)
	require.NoError(t, err)
	noms, err := n.BackfillNOMS()
	require.NoError(t, err)
	assert.Equal(t, "A4578BX", noms)
	assert.Equal(t, "X1", n.Event.CRN())

	_, err = casenotes.Notification{}.BackfillNOMS()
	assert.ErrorIs(t, err, casenotes.ErrMalformed)
}

func TestDefaultInterest(t *testing.T) {
	t.Parallel()
	tests := []struct {
		typ, sub string
		want     bool
	}{
		{"PRISON", "RELEASE", true}, {"PRISON", "TRANSFER", false},
		{"TRANSFER", "FROMTOL", true}, {"GEN", "OSE", true}, {"GEN", "GEN", false},
		{"RESET", "BCST", true}, {"RESET", "GUIDINT", true}, {"RESET", "OTHER", false},
		{"OMIC", "ANYTHING", true}, {"OMIC_OPD", "X", true}, {"KA", "KS", true},
		{"OMI", "X", false},        // exact type match, not a prefix
		{"KAX", "KS", false},       // likewise
		{"NEG", "IEP_WARN", true},  // added to the original's table (ADR 0018)
		{"NEG", "IEP_ENC", false},  // that subtype only
		{"ALERT", "ACTIVE", false}, // alerts come from the Alerts API
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, casenotes.DefaultInterest().Includes(tt.typ, tt.sub), "%s %s", tt.typ, tt.sub)
	}
	assert.False(t, casenotes.InterestTable(casenotes.TypesOfInterest()).Includes("NEG", "IEP_WARN"), "the original's table lacks NEG")
}

func TestTypesOfInterestIsACopy(t *testing.T) {
	t.Parallel()
	types := casenotes.TypesOfInterest()
	require.Len(t, types, 7)
	types[0].SubTypes[0] = "CHANGED"
	assert.True(t, casenotes.DefaultInterest().Includes("PRISON", "RELEASE"))
	assert.Equal(t, "RELEASE", casenotes.TypesOfInterest()[0].SubTypes[0])
}

func TestParseInterest(t *testing.T) {
	t.Parallel()
	got, err := casenotes.ParseInterest(" PRISON:RELEASE, RESET:BCST | GUIDINT ,KA")
	require.NoError(t, err)
	assert.Equal(t, casenotes.InterestTable{
		{Type: "PRISON", SubTypes: []string{"RELEASE"}},
		{Type: "RESET", SubTypes: []string{"BCST", "GUIDINT"}},
		{Type: "KA", SubTypes: []string{}},
	}, got)
	assert.True(t, got.Includes("KA", "anything"))
	assert.False(t, got.Includes("NEG", "IEP_WARN"))

	// The default round-trips through its written form.
	again, err := casenotes.ParseInterest(casenotes.DefaultInterest().String())
	require.NoError(t, err)
	assert.Equal(t, casenotes.DefaultInterest(), again)
	assert.Equal(t, "PRISON:RELEASE,TRANSFER:FROMTOL,GEN:OSE,RESET:BCST|GUIDINT,OMIC,OMIC_OPD,KA,NEG:IEP_WARN", casenotes.DefaultInterest().String())

	for _, bad := range []string{"", " ", "KA,,GEN:OSE", "KA,KA", "GEN:", "GEN:OSE|", ":OSE"} {
		_, err := casenotes.ParseInterest(bad)
		assert.Error(t, err, "%q", bad)
	}
}
