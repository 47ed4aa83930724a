package casenotes_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/simulator"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/casenotes"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/detailurl"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	core "github.com/ministryofjustice/hmpps-backbone/core/casenotes"
)

// newClient talks to a fresh simulator, counting the requests that reach it.
func newClient(t *testing.T) (*casenotes.Client, string, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	sim := simulator.New(simulator.DefaultWorld())
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/auth/") {
			hits.Add(1)
		}
		sim.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	allowed, err := detailurl.New(srv.URL)
	require.NoError(t, err)
	c, err := casenotes.New(srv.URL, transport.NewClient(transport.Config{TokenURL: srv.URL + "/auth/oauth/token", ClientID: "c", ClientSecret: "s"}), allowed)
	require.NoError(t, err)
	return c, srv.URL, &hits
}

// detailURL is a fixture's detail URL with its placeholder pointing at the simulator.
func detailURL(base, id string) string {
	return strings.Replace("http://localhost:{wiremock.port}/case-notes/AA0001A/"+id, "http://localhost:{wiremock.port}", base, 1)
}

func TestCaseNoteFromTheDetailURL(t *testing.T) {
	t.Parallel()
	c, base, _ := newClient(t)
	n, err := c.CaseNote(context.Background(), detailURL(base, simulator.ExistsInDeliusCaseNote))
	require.NoError(t, err)
	assert.Equal(t, simulator.ExistsInDeliusCaseNote, n.ID)
	assert.Equal(t, int64(1111), *n.LegacyID)
	assert.Equal(t, []string{"AA0001A", "GEN", "OSE", "LEI", "John Smith"}, []string{n.OffenderIdentifier, n.Type, n.SubType, n.LocationID, n.AuthorName})
	assert.True(t, time.Date(2022, 10, 18, 7, 0, 0, 0, time.UTC).Equal(n.OccurredAt))
	require.Len(t, n.Amendments, 1)
	assert.Equal(t, core.Amendment{CreatedAt: n.Amendments[0].CreatedAt, AuthorName: "Ann Other", Text: "Meeting notes added."}, n.Amendments[0])
	assert.True(t, time.Date(2022, 10, 19, 10, 12, 13, 0, time.UTC).Equal(*n.Amendments[0].CreatedAt))
}

func TestCaseNoteDetailURLs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		url  func(base string) string
		kind apperr.Kind
	}{
		{"missing case note", func(b string) string { return detailURL(b, "00000000-0000-0000-0000-000000000000") }, apperr.NotFound},
		{"host not allowed", func(string) string {
			return "http://attacker.example/case-notes/AA0001A/" + simulator.NewToDeliusCaseNote
		}, apperr.Forbidden},
		{"scheme not allowed", func(b string) string {
			return strings.Replace(detailURL(b, simulator.NewToDeliusCaseNote), "http:", "https:", 1)
		}, apperr.Forbidden},
		{"credentials in URL", func(b string) string { return strings.Replace(detailURL(b, "x"), "http://", "http://user:pw@", 1) }, apperr.Forbidden},
		{"unsubstituted placeholder", func(string) string { return "http://localhost:{wiremock.port}/case-notes/AA0001A/x" }, apperr.Invalid},
		{"relative", func(string) string { return "/case-notes/AA0001A/x" }, apperr.Invalid},
		{"not a case note path", func(b string) string { return b + "/alerts/" + simulator.AlertCreated }, apperr.Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, base, hits := newClient(t)
			_, err := c.CaseNote(context.Background(), tt.url(base))
			assert.Equal(t, tt.kind, apperr.KindOf(err), "%v", err)
			if tt.kind != apperr.NotFound {
				assert.Zero(t, hits.Load(), "a refused detail URL is never requested")
			}
		})
	}
}

func TestSearchAsksForTheTypesOfInterest(t *testing.T) {
	t.Parallel()
	c, _, _ := newClient(t)
	notes, err := c.Search(context.Background(), "A4578BX", core.TypesOfInterest())
	require.NoError(t, err)
	var got []string
	for _, n := range notes {
		got = append(got, n.Type+" "+n.SubType)
	}
	assert.Equal(t, []string{"OMIC GEN", "KA KS", "GEN OSE", "TRANSFER FROMTOL", "PRISON RELEASE"}, got)
}

func TestSearchSendsTheOriginalsBody(t *testing.T) {
	t.Parallel()
	var body string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b := new(strings.Builder)
		_, _ = io.Copy(b, r.Body)
		body = b.String()
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"content":[],"hasCaseNotes":false,"metadata":{"page":1,"size":1,"totalElements":0}}`))
	}))
	t.Cleanup(srv.Close)
	c, err := casenotes.New(srv.URL, srv.Client(), detailurl.AllowList{})
	require.NoError(t, err)
	_, err = c.Search(context.Background(), "A4578BX", core.TypesOfInterest())
	require.NoError(t, err)
	assert.JSONEq(t, `{"typeSubTypes":[{"type":"PRISON","subTypes":["RELEASE"]},{"type":"TRANSFER","subTypes":["FROMTOL"]},{"type":"GEN","subTypes":["OSE"]},{"type":"RESET","subTypes":["BCST","GUIDINT"]},{"type":"OMIC","subTypes":[]},{"type":"OMIC_OPD","subTypes":[]},{"type":"KA","subTypes":[]}],"includeSensitive":true,"page":1,"size":2147483647,"sort":"occurredAt,desc"}`, body)
}
