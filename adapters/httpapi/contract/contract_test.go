package contract_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/contract"
)

// recorder stands in for *testing.T so the harness's own failures can be observed.
type recorder struct{ failures []string }

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.failures = append(r.failures, fmt.Sprintf(format, args...))
}

func serve(t *testing.T, status int, contentType, body string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestHarnessFailsOnResponsesThatBreakTheSpec(t *testing.T) {
	t.Parallel()
	h := contract.New(t)
	cases := map[string]struct {
		status      int
		contentType string
		body        string
		path        string
	}{
		"wrong type in body":         {200, "application/json", `{"data":{"firstName":1,"lastName":"Morgan"}}`, "/v1/persons/A1234AA/name"},
		"missing required field":     {200, "application/json", `{"name":{}}`, "/v1/persons/A1234AA/name"},
		"undocumented status":        {418, "application/json", `{}`, "/v1/persons/A1234AA/name"},
		"error body of wrong shape":  {404, "application/json", `{"message":"nope"}`, "/v1/persons/A1234AA/name"},
		"json:api body missing data": {200, "application/vnd.api+json", `{"links":{}}`, "/api/reference/locations/067c2855-fa41-493d-9c80-1311a4f7ba45"},
		"wrong content type":         {200, "text/html", `<html></html>`, "/v1/persons/A1234AA/name"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{}
			resp, err := h.Client(rec).Get(serve(t, c.status, c.contentType, c.body) + c.path)
			if err != nil {
				t.Fatal(err)
			}
			_ = resp.Body.Close()
			if len(rec.failures) != 1 {
				t.Fatalf("want exactly one contract failure, got %d: %v", len(rec.failures), rec.failures)
			}
			if !strings.Contains(rec.failures[0], "getPersonName") && !strings.Contains(rec.failures[0], "getLocation") {
				t.Errorf("failure should name the operation: %s", rec.failures[0])
			}
		})
	}
}

func TestHarnessPassesConformingResponses(t *testing.T) {
	t.Parallel()
	h := contract.New(t)
	rec := &recorder{}
	url := serve(t, 200, "application/json", `{"data":{"firstName":"Arthur","lastName":"Morgan"}}`)
	resp, err := h.Client(rec).Get(url + "/v1/persons/2008%2F0545166T/name")
	if err != nil {
		t.Fatal(err)
	}
	_ = resp.Body.Close()
	if len(rec.failures) != 0 {
		t.Fatalf("unexpected failures: %v", rec.failures)
	}
}

func TestReportListsUnexercisedResponses(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/exercised-1.json", []byte(`[{"spec":"integration-api.yaml","operation":"getPersonName","status":"200"}]`), 0o600); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := contract.Report(dir, &out); err != nil {
		t.Fatal(err)
	}
	report := out.String()
	for _, want := range []string{"| `getPersonName` | GET /v1/persons/{hmppsId}/name | 400, 403, 404, 429, 500, 502 |", "| `getAlerts` |", "## book-secure-move.yaml"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if strings.Contains(report, "| `getPersonName` | GET /v1/persons/{hmppsId}/name | 200") {
		t.Error("exercised status reported as missing")
	}
}
