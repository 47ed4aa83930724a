package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	caseNotesSpec = "case-notes.prism.json"
	alertsAPISpec = "x4022-alerts-api.prism.json"
)

// caseNotesCalls cover what the prison-case-notes-to-probation worker fetches.
func caseNotesCalls() []call {
	cn := func(name, method, path, body string, status int, check func(*testing.T, []byte)) call {
		return call{name: "case-notes/" + name, spec: caseNotesSpec, method: method, path: path, body: body, status: status, check: check}
	}
	al := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "alerts-api/" + name, spec: alertsAPISpec, method: "GET", path: path, status: status, check: check}
	}
	search := `{"typeSubTypes":[{"type":"PRISON","subTypes":["RELEASE"]},{"type":"TRANSFER","subTypes":["FROMTOL"]},{"type":"GEN","subTypes":["OSE"]},{"type":"RESET","subTypes":["BCST","GUIDINT"]},{"type":"OMIC","subTypes":[]},{"type":"OMIC_OPD","subTypes":[]},{"type":"KA","subTypes":[]}],"includeSensitive":true,"page":1,"size":2147483647,"sort":"occurredAt,desc"}`
	return []call{
		cn("new to delius", "GET", "/case-notes/AA0001A/"+NewToDeliusCaseNote, "", 200, func(t *testing.T, b []byte) {
			n := decode[cnCaseNote](t, b)
			assert.Equal(t, []any{NewToDeliusCaseNote, int64(2222), "AA0001A", "NEG", "IEP_WARN", "LEI", "2022-10-18T07:19:19Z"},
				[]any{n.CaseNoteID, n.EventID, n.OffenderIdentifier, n.Type, n.SubType, n.LocationID, n.OccurrenceDateTime})
		}),
		cn("exists in delius, amended", "GET", "/case-notes/AA0001A/"+ExistsInDeliusCaseNote, "", 200, func(t *testing.T, b []byte) {
			n := decode[cnCaseNote](t, b)
			require.Len(t, n.Amendments, 1)
			assert.Equal(t, "Ann Other", n.Amendments[0].AuthorName)
		}),
		cn("another person's case note", "GET", "/case-notes/A4578BX/"+NewToDeliusCaseNote, "", 404, nil),
		cn("unknown case note", "GET", "/case-notes/AA0001A/00000000-0000-0000-0000-000000000000", "", 404, nil),
		cn("generated for a benchmark", "GET", "/case-notes/AA0001A/"+BenchCaseNoteID(42), "", 200, func(t *testing.T, b []byte) {
			n := decode[cnCaseNote](t, b)
			assert.Equal(t, []any{BenchCaseNoteID(42), int64(900_000_000_042), "AA0001A", "GEN", "OSE", "LEI", "John Smith", "Benchmark case note 42."},
				[]any{n.CaseNoteID, n.EventID, n.OffenderIdentifier, n.Type, n.SubType, n.LocationID, n.AuthorName, n.Text})
		}),
		cn("benchmark id of another person", "GET", "/case-notes/A4578BX/"+BenchCaseNoteID(42), "", 404, nil),
		cn("benchmark prefix with a bad number", "GET", "/case-notes/AA0001A/"+BenchCaseNotePrefix+"00000000004x", "", 404, nil),
		cn("back-fill search", "POST", "/search/case-notes/A4578BX", search, 200, func(t *testing.T, b []byte) {
			r := decode[cnSearchResponse](t, b)
			var types []string
			for _, n := range r.Content {
				types = append(types, n.Type+" "+n.SubType+" "+n.LocationID)
			}
			assert.Equal(t, []string{"OMIC GEN MDI", "KA KS MDI", "GEN OSE TRN", "TRANSFER FROMTOL MDI", "PRISON RELEASE MDI"}, types, "newest first, ACP POS not asked for")
			assert.Equal(t, 5, r.Metadata.TotalElements)
		}),
		cn("search of a person without notes", "POST", "/search/case-notes/A1234AA", search, 200, func(t *testing.T, b []byte) {
			assert.Empty(t, decode[cnSearchResponse](t, b).Content)
		}),
		{name: "case-notes/no token", spec: caseNotesSpec, method: "GET", path: "/case-notes/AA0001A/" + NewToDeliusCaseNote, noAuth: true, status: 401},

		al("created", "/alerts/"+AlertCreated, 200, func(t *testing.T, b []byte) {
			a := decode[alAlert](t, b)
			assert.Equal(t, []any{"AA0001A", "OVI", "2025-02-27", "", true, "John Smith", "LEI"},
				[]any{a.PrisonNumber, a.AlertCode.Code, a.ActiveFrom, a.ActiveTo, a.IsActive, a.CreatedByDisplayName, a.PrisonCodeWhenCreated})
		}),
		al("updated to inactive", "/alerts/"+AlertUpdatedInactive, 200, func(t *testing.T, b []byte) {
			a := decode[alAlert](t, b)
			assert.Equal(t, []any{false, "2025-02-28", "Jane Doe"}, []any{a.IsActive, a.ActiveTo, a.LastModifiedByDisplayName})
		}),
		al("made inactive", "/alerts/"+AlertMadeInactive, 200, func(t *testing.T, b []byte) {
			assert.False(t, decode[alAlert](t, b).IsActive)
		}),
		al("unknown alert", "/alerts/00000000-0000-0000-0000-000000000000", 404, nil),
		al("active alerts", "/prisoners/A4578BX/alerts?isActive=true", 200, func(t *testing.T, b []byte) {
			var codes []string
			for _, a := range decode[springPage[alAlert]](t, b).Content {
				codes = append(codes, a.AlertCode.Code)
			}
			assert.Equal(t, []string{"SE", "DOCGM"}, codes)
		}),
		al("inactive alerts", "/prisoners/AA0001A/alerts?isActive=false", 200, func(t *testing.T, b []byte) {
			assert.Len(t, decode[springPage[alAlert]](t, b).Content, 2)
		}),
	}
}

// Generated case notes are the same on every fetch and distinct per id.
func TestBenchCaseNotesAreDeterministic(t *testing.T) {
	t.Parallel()
	a, b := benchCaseNote("AA0001A", BenchCaseNoteID(7)), benchCaseNote("AA0001A", BenchCaseNoteID(7))
	require.NotNil(t, a)
	assert.Equal(t, a, b)
	c := benchCaseNote("AA0001A", BenchCaseNoteID(8))
	require.NotNil(t, c)
	assert.NotEqual(t, a.ID, c.ID)
	assert.NotEqual(t, a.LegacyID, c.LegacyID)
	assert.Nil(t, benchCaseNote("AA0001A", NewToDeliusCaseNote))
}
