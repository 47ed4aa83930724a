// Package contract is the contract-test harness: every HTTP test sends its
// requests through a Harness, which validates each response (status, headers,
// body) against our OpenAPI specs and fails the test on any mismatch. It also
// records which documented (operation, status) pairs were exercised, for the
// coverage report in docs/contract-coverage.md.
package contract

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"github.com/ministryofjustice/hmpps-backbone/openapi"
)

// Reporter is the part of testing.TB the harness reports through.
type Reporter interface {
	Helper()
	Errorf(format string, args ...any)
}

type spec struct {
	name   string
	doc    *openapi3.T
	router routers.Router
}

// Harness validates responses against our specs.
type Harness struct {
	specs []spec
}

// Exercised is one documented response a test produced.
type Exercised struct {
	Spec      string `json:"spec"`
	Operation string `json:"operation"`
	Status    string `json:"status"`
}

var (
	recordMu sync.Mutex
	recorded = map[Exercised]bool{}
)

// New loads the named embedded specs (default: both of ours).
func New(t testing.TB, names ...string) *Harness {
	t.Helper()
	if len(names) == 0 {
		names = []string{openapi.IntegrationAPI, openapi.BookSecureMove}
	}
	h := &Harness{}
	for _, name := range names {
		doc, err := openapi.Load(name)
		if err != nil {
			t.Fatalf("contract: %v", err)
		}
		doc.Servers = nil
		router, err := gorillamux.NewRouter(doc)
		if err != nil {
			t.Fatalf("contract: route %s: %v", name, err)
		}
		h.specs = append(h.specs, spec{name: name, doc: doc, router: router})
	}
	return h
}

// Client returns an HTTP client whose every response is checked and reported to t.
func (h *Harness) Client(t Reporter) *http.Client {
	return &http.Client{Transport: &checking{h: h, t: t, next: http.DefaultTransport}}
}

type checking struct {
	h    *Harness
	t    Reporter
	next http.RoundTripper
}

func (c *checking) RoundTrip(req *http.Request) (*http.Response, error) {
	var reqBody []byte
	if req.Body != nil {
		var err error
		if reqBody, err = io.ReadAll(req.Body); err != nil {
			return nil, err
		}
		req.Body = io.NopCloser(bytes.NewReader(reqBody))
	}
	resp, err := c.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	if err != nil {
		return nil, err
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	check := req.Clone(req.Context())
	check.Body = io.NopCloser(bytes.NewReader(reqBody))
	c.h.Check(c.t, check, resp.StatusCode, resp.Header, body)
	return resp, nil
}

// Check validates one response to req. Requests outside the specs (metrics,
// docs) are not checked.
func (h *Harness) Check(t Reporter, req *http.Request, status int, header http.Header, body []byte) {
	t.Helper()
	for _, s := range h.specs {
		route, params, err := s.router.FindRoute(req)
		if err != nil {
			continue
		}
		input := &openapi3filter.ResponseValidationInput{
			RequestValidationInput: &openapi3filter.RequestValidationInput{
				Request:    req,
				PathParams: params,
				Route:      route,
				Options:    &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc},
			},
			Status: status,
			Header: header,
			Body:   io.NopCloser(bytes.NewReader(body)),
			Options: &openapi3filter.Options{
				IncludeResponseStatus: true,
				MultiError:            true,
			},
		}
		if err := openapi3filter.ValidateResponse(context.Background(), input); err != nil {
			t.Errorf("contract: %s %s (%s) answered %d, which breaks %s:\n%v\nbody: %s",
				req.Method, req.URL.RequestURI(), route.Operation.OperationID, status, s.name, err, truncate(body))
			return
		}
		record(Exercised{Spec: s.name, Operation: route.Operation.OperationID, Status: strconv.Itoa(status)})
		return
	}
}

func record(e Exercised) {
	recordMu.Lock()
	defer recordMu.Unlock()
	recorded[e] = true
}

func truncate(b []byte) string {
	const limit = 2000
	if len(b) > limit {
		return string(b[:limit]) + "..."
	}
	return string(b)
}

// Flush writes what this test binary exercised into $CONTRACT_COVERAGE_DIR (if
// set) for the coverage report. Call it from TestMain after m.Run.
func Flush() error {
	dir := os.Getenv("CONTRACT_COVERAGE_DIR")
	if dir == "" {
		return nil
	}
	recordMu.Lock()
	list := make([]Exercised, 0, len(recorded))
	for e := range recorded {
		list = append(list, e)
	}
	recordMu.Unlock()
	if len(list) == 0 {
		return nil
	}
	f, err := os.CreateTemp(dir, "exercised-*.json")
	if err != nil {
		return err
	}
	defer f.Close()
	return json.NewEncoder(f).Encode(list)
}

// Report compares what was exercised (files written by Flush under dir) with
// every documented (operation, status) pair of our specs and writes a Markdown
// report of the gaps to w.
func Report(dir string, w io.Writer) error {
	seen := map[Exercised]bool{}
	files, _ := filepath.Glob(filepath.Join(dir, "exercised-*.json"))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		var list []Exercised
		if err := json.Unmarshal(data, &list); err != nil {
			return fmt.Errorf("contract: %s: %w", name, err)
		}
		for _, e := range list {
			seen[e] = true
		}
	}
	fmt.Fprintln(w, "# Contract coverage")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Generated by `make test` (`cmd/contract-report`): every response a test received was validated against")
	fmt.Fprintln(w, "the spec by the contract harness (`adapters/httpapi/contract`). Listed below are the documented")
	fmt.Fprintln(w, "(operation, status) pairs no test exercised yet.")
	for _, name := range []string{openapi.IntegrationAPI, openapi.BookSecureMove} {
		doc, err := openapi.Load(name)
		if err != nil {
			return err
		}
		var missing []string
		total, covered := 0, 0
		for _, path := range doc.Paths.InMatchingOrder() {
			item := doc.Paths.Value(path)
			for method, op := range item.Operations() {
				var statuses []string
				for status := range op.Responses.Map() {
					if status == "default" {
						continue
					}
					total++
					if seen[Exercised{Spec: name, Operation: op.OperationID, Status: status}] {
						covered++
						continue
					}
					statuses = append(statuses, status)
				}
				if len(statuses) > 0 {
					sort.Strings(statuses)
					missing = append(missing, fmt.Sprintf("| `%s` | %s %s | %s |", op.OperationID, method, path, strings.Join(statuses, ", ")))
				}
			}
		}
		sort.Strings(missing)
		fmt.Fprintf(w, "\n## %s\n\n%d of %d documented responses exercised.\n\n", name, covered, total)
		if len(missing) > 0 {
			fmt.Fprintln(w, "| operation | path | statuses not exercised |")
			fmt.Fprintln(w, "|---|---|---|")
			for _, line := range missing {
				fmt.Fprintln(w, line)
			}
		}
	}
	return nil
}
