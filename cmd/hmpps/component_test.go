package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/access"
	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/contract"
	"github.com/ministryofjustice/hmpps-backbone/adapters/simulator"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store/storetest"
)

func TestMain(m *testing.M) {
	// The case-notes worker would consume the messages several tests put on the
	// domain-events queue; the tests that need it enable it themselves.
	if os.Getenv("CASE_NOTES_WORKER_ENABLED") == "" {
		_ = os.Setenv("CASE_NOTES_WORKER_ENABLED", "false")
	}
	code := m.Run()
	if err := contract.Flush(); err != nil {
		slog.Error("contract coverage", "error", err)
	}
	os.Exit(code)
}

// service is the whole binary's wiring on a real listener, against the upstream
// simulator on another, configured as for real upstreams (SIMULATOR=off).
type service struct {
	url    string
	client *http.Client // every response is checked against the specs
	raw    *http.Client // for responses outside the specs (501s, docs)
	// headers are sent with every request made through do, unless the test sets them
	// itself: the identity of a full-access consumer, a valid bearer token.
	headers map[string]string
}

func startService(t *testing.T, engine store.Engine, override map[string]string) *service {
	t.Helper()
	sim := httptest.NewServer(simulator.New(simulator.DefaultWorld()))
	t.Cleanup(sim.Close)
	env := map[string]string{
		"SIMULATOR":                "off",
		"HMPPS_AUTH_URL":           sim.URL + "/auth",
		"DATABASE_URL":             storetest.DSN(t, engine),
		"UPSTREAM_RETRIES":         "0",
		"LOG_LEVEL":                "error",
		"HMPPS_AUTH_CLIENT_SECRET": "test-secret",
		"AUTHORISATION_FILE":       "testdata/authorisation.yaml",
		"OAUTH_SIGNING_KEY_FILE":   signingKeyFile(t),
	}
	for _, key := range upstreamEnv {
		env[key] = sim.URL
	}
	for k, v := range override {
		env[k] = v
	}
	cfg, err := loadConfig(func(k string) string { return env[k] })
	require.NoError(t, err)
	logger := slog.New(slog.NewJSONHandler(io.Discard, nil))
	a, err := newApp(context.Background(), cfg, logger)
	require.NoError(t, err)
	t.Cleanup(func() { _ = a.Close() })
	srv := httptest.NewUnstartedServer(a.handler)
	tlsConfig, err := serverTLS(cfg) // IDENTITY_MODE=mtls: the service terminates TLS itself
	require.NoError(t, err)
	if tlsConfig != nil {
		srv.TLS = tlsConfig
		srv.StartTLS()
	} else {
		srv.Start()
	}
	t.Cleanup(srv.Close)
	return &service{url: srv.URL, client: contract.New(t).Client(t), raw: http.DefaultClient, headers: map[string]string{
		access.DNHeader: dnOf("full-access"),
		"Authorization": "Bearer " + fullAccessToken(t, cfg),
	}}
}

func forEachEngine(t *testing.T, test func(t *testing.T, engine store.Engine)) {
	for _, engine := range storetest.Engines(t) {
		t.Run(string(engine), func(t *testing.T) {
			t.Parallel()
			test(t, engine)
		})
	}
}

func (s *service) do(t *testing.T, method, path, body string, header map[string]string) (int, http.Header, map[string]any) {
	t.Helper()
	all := map[string]string{}
	for k, v := range s.headers {
		all[k] = v
	}
	for k, v := range header {
		all[k] = v
	}
	return doWith(t, s.client, method, s.url+path, body, all)
}

func doWith(t *testing.T, c *http.Client, method, url, body string, header map[string]string) (int, http.Header, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	require.NoError(t, err)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := c.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	var decoded map[string]any
	if len(data) > 0 && strings.Contains(resp.Header.Get("Content-Type"), "json") {
		require.NoError(t, json.Unmarshal(data, &decoded), "body: %s", data)
	}
	return resp.StatusCode, resp.Header, decoded
}

func TestPersonNameResolvesEveryIdentifierShape(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		for _, id := range []string{"A1234AA", "X00001", "2008%2F0545166T"} {
			status, _, body := s.do(t, http.MethodGet, "/v1/persons/"+id+"/name", "", nil)
			require.Equal(t, http.StatusOK, status, id)
			assert.Equal(t, map[string]any{"data": map[string]any{"firstName": "Arthur", "lastName": "Morgan"}}, body, id)
		}
		// A prison-only person has no probation name to prefer.
		status, _, body := s.do(t, http.MethodGet, "/v1/persons/G8133UA/name", "", nil)
		require.Equal(t, http.StatusOK, status)
		assert.Equal(t, "BLOGGS", body["data"].(map[string]any)["lastName"])
	})
}

func TestUnknownPersonGetsTheSeedsNotFoundBody(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	status, _, body := s.do(t, http.MethodGet, "/v1/persons/Z9999ZZ/name", "", nil)
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, map[string]any{
		"status":           float64(404),
		"errorCode":        nil,
		"userMessage":      "404 Not found error: Could not find person with HMPPS id: Z9999ZZ.",
		"developerMessage": "Could not find person with HMPPS id: Z9999ZZ.",
		"moreInfo":         nil,
	}, body)
}

func TestIdOfNoKnownShapeIsBadRequest(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	for _, id := range []string{"bogus", "SF80%2F655108T", "a1234aa"} {
		status, _, body := s.do(t, http.MethodGet, "/v1/persons/"+id+"/name", "", nil)
		require.Equal(t, http.StatusBadRequest, status, id)
		assert.Contains(t, body["developerMessage"], "Invalid HMPPS ID", id)
	}
}

func TestUpstreamFailuresKeepTheErrorShape(t *testing.T) {
	t.Parallel()
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close() // nothing listens here any more

	t.Run("upstream unreachable is 500", func(t *testing.T) {
		t.Parallel()
		s := startService(t, store.SQLite, map[string]string{"PROBATION_SEARCH_URL": deadURL})
		status, _, body := s.do(t, http.MethodGet, "/v1/persons/A1234AA/name", "", nil)
		require.Equal(t, http.StatusInternalServerError, status)
		assert.Equal(t, "Unable to complete request as an upstream service is not responding", body["userMessage"])
	})
	t.Run("HMPPS Auth failure is 502", func(t *testing.T) {
		t.Parallel()
		s := startService(t, store.SQLite, map[string]string{"HMPPS_AUTH_URL": deadURL})
		status, _, body := s.do(t, http.MethodGet, "/v1/persons/A1234AA/name", "", nil)
		require.Equal(t, http.StatusBadGateway, status)
		assert.Contains(t, body["userMessage"], "Authentication error")
	})
}

func TestLocationsFromTheDatabase(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		accept := map[string]string{"Accept": "application/vnd.api+json; version=2"}

		status, header, body := s.do(t, http.MethodGet, "/api/reference/locations?filter%5Bnomis_agency_id%5D=MDI&include=suppliers", "", accept)
		require.Equal(t, http.StatusOK, status)
		assert.Equal(t, "application/vnd.api+json", header.Get("Content-Type"))
		data := body["data"].([]any)
		require.Len(t, data, 1)
		mdi := data[0].(map[string]any)
		assert.Equal(t, "MOORLAND (HMP & YOI)", mdi["attributes"].(map[string]any)["title"])
		assert.Equal(t, "2019-04-30T13:00:00+01:00", mdi["attributes"].(map[string]any)["created_at"], "Europe/London, whole seconds")
		assert.Len(t, body["included"], 1)
		assert.Equal(t, map[string]any{"per_page": float64(20), "total_pages": float64(1), "total_objects": float64(1)}, body["meta"].(map[string]any)["pagination"])

		status, _, body = s.do(t, http.MethodGet, "/api/reference/locations?filter%5Blocation_type%5D=prison&per_page=2&page=2", "", accept)
		require.Equal(t, http.StatusOK, status)
		links := body["links"].(map[string]any)
		assert.Equal(t, s.url+"/api/reference/locations?filter%5Blocation_type%5D=prison&page=3&per_page=2", links["next"])
		assert.Equal(t, s.url+"/api/reference/locations?filter%5Blocation_type%5D=prison&page=1&per_page=2", links["prev"])

		status, _, body = s.do(t, http.MethodGet, "/api/reference/locations/067c2855-fa41-493d-9c80-1311a4f7ba45", "", accept)
		require.Equal(t, http.StatusOK, status)
		assert.Equal(t, "BSI", body["data"].(map[string]any)["attributes"].(map[string]any)["nomis_agency_id"])

		status, _, body = s.do(t, http.MethodGet, "/api/reference/locations/00000000-0000-4000-8000-000000000000", "", accept)
		require.Equal(t, http.StatusNotFound, status)
		assert.Equal(t, "Resource not found", body["errors"].([]any)[0].(map[string]any)["title"])
	})
}

func TestRequestsThatBreakTheSpecAreBadRequests(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	for _, path := range []string{
		"/api/reference/locations?page=0",
		"/api/reference/locations?page=abc",
		"/api/reference/locations/not-a-uuid",
		"/api/reference/locations?include=moves",
		"/api/reference/locations?filter%5Byoung_offender_institution%5D=maybe",
	} {
		status, _, body := s.do(t, http.MethodGet, path, "", nil)
		require.Equal(t, http.StatusBadRequest, status, path)
		assert.Equal(t, "Bad request", body["errors"].([]any)[0].(map[string]any)["title"], path)
	}
}

func TestPeopleCreateShowAndFilter(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		jsonapi := map[string]string{"Content-Type": "application/vnd.api+json", "Accept": "application/vnd.api+json; version=2"}
		create := `{"data":{"type":"people","attributes":{"first_names":"FRED","last_name":"BLOGGS","date_of_birth":"1995-11-17","prison_number":"g8133ua","criminal_records_office":"351774/14D","police_national_computer":"14/120018R"},
			"relationships":{"gender":{"data":{"id":"ffac6763-26d6-4425-8005-6e5d052aed88","type":"genders"}},"ethnicity":{"data":{"id":"a4f988ba-5ebc-4b24-9dfe-b7fa0c23c30e","type":"ethnicities"}}}}}`
		status, _, body := s.do(t, http.MethodPost, "/api/people?include=gender,ethnicity", create, jsonapi)
		require.Equal(t, http.StatusCreated, status, "%v", body)
		person := body["data"].(map[string]any)
		id := person["id"].(string)
		assert.Equal(t, "G8133UA", person["attributes"].(map[string]any)["prison_number"])
		assert.Len(t, body["included"], 2)

		status, _, body = s.do(t, http.MethodGet, "/api/people/"+id, "", jsonapi)
		require.Equal(t, http.StatusOK, status)
		assert.Equal(t, "1995-11-17", body["data"].(map[string]any)["attributes"].(map[string]any)["date_of_birth"])

		for _, filter := range []string{"filter%5Bprison_number%5D=G8133UA", "filter%5Bpolice_national_computer%5D=14%2F120018r", "filter%5Bcriminal_records_office%5D=351774%2F14D,999"} {
			status, _, body = s.do(t, http.MethodGet, "/api/people?"+filter, "", jsonapi)
			require.Equal(t, http.StatusOK, status, filter)
			require.Len(t, body["data"], 1, filter)
		}

		// Plain application/json is accepted as the walkthroughs send it.
		status, _, _ = s.do(t, http.MethodPost, "/api/people", create, map[string]string{"Content-Type": "application/json"})
		assert.Equal(t, http.StatusCreated, status)
	})
}

func TestPeopleRejectsBadInputClearly(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	jsonapi := map[string]string{"Content-Type": "application/vnd.api+json"}

	status, _, body := s.do(t, http.MethodPost, "/api/people", `{"data":{"type":"people","attributes":{"first_names":"","last_name":"X","prison_number":"A:1"}}}`, jsonapi)
	require.Equal(t, http.StatusUnprocessableEntity, status)
	errs := body["errors"].([]any)
	require.Len(t, errs, 2)
	assert.Equal(t, "First names can't be blank", errs[0].(map[string]any)["detail"])
	assert.Equal(t, "/data/attributes/first_names", errs[0].(map[string]any)["source"].(map[string]any)["pointer"])

	status, _, body = s.do(t, http.MethodPost, "/api/people", `{"data":{"type":"people","attributes":{"first_names":"A","last_name":"B"},"relationships":{"gender":{"data":{"id":"00000000-0000-4000-8000-000000000000","type":"genders"}}}}}`, jsonapi)
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, "Couldn't find Gender with 'id'=00000000-0000-4000-8000-000000000000", body["errors"].([]any)[0].(map[string]any)["detail"])

	status, _, _ = s.do(t, http.MethodPost, "/api/people", `{not json`, jsonapi)
	assert.Equal(t, http.StatusBadRequest, status)

	status, _, body = s.do(t, http.MethodPost, "/api/people", `{}`, map[string]string{"Content-Type": "text/plain"})
	require.Equal(t, http.StatusUnsupportedMediaType, status)
	assert.Equal(t, "Invalid Media Type", body["errors"].([]any)[0].(map[string]any)["title"])

	status, _, body = s.do(t, http.MethodGet, "/api/people", "", map[string]string{"Accept": "application/vnd.api+json; version=3"})
	require.Equal(t, http.StatusUnsupportedMediaType, status)
	assert.Equal(t, "Invalid Api Version", body["errors"].([]any)[0].(map[string]any)["title"])

	status, _, _ = s.do(t, http.MethodGet, "/api/people/00000000-0000-4000-8000-000000000000", "", nil)
	assert.Equal(t, http.StatusNotFound, status)
}

func TestOperationalEndpoints(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)

	status, _, body := s.do(t, http.MethodGet, "/health", "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, "UP", body["status"])
	components := body["components"].(map[string]any)
	for _, name := range []string{"db", "prisoner-search", "probation-search"} {
		assert.Contains(t, components, name)
	}
	for _, path := range []string{"/health/ping", "/health/liveness", "/health/readiness"} {
		status, _, body = s.do(t, http.MethodGet, path, "", nil)
		require.Equal(t, http.StatusOK, status, path)
		assert.Equal(t, "UP", body["status"], path)
	}
	status, _, body = s.do(t, http.MethodGet, "/info", "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, "HMPPS Integration API", body["app"].(map[string]any)["name"])

	// The request id is echoed when given, made up when not.
	_, header, _ := s.do(t, http.MethodGet, "/health/ping", "", map[string]string{"X-Request-Id": "trace-123"})
	assert.Equal(t, "trace-123", header.Get("X-Request-Id"))
	_, header, _ = s.do(t, http.MethodGet, "/health/ping", "", nil)
	assert.Len(t, header.Get("X-Request-Id"), 32)

	for path, want := range map[string]string{
		"/openapi/integration-api.yaml":  "title: HMPPS Integration API",
		"/openapi/book-secure-move.yaml": "title: Book a Secure Move API",
		"/docs/":                         "swagger-ui-bundle.js",
		"/metrics":                       `http_server_requests_total{method="GET",operation="getHealthPing",status="200"}`,
	} {
		resp, err := s.raw.Get(s.url + path)
		require.NoError(t, err)
		data, _ := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		assert.Equal(t, http.StatusOK, resp.StatusCode, path)
		assert.Contains(t, string(data), want, path)
	}
}

func TestUnknownPathsAnswerInTheirAPIsShape(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	status, _, body := doWith(t, s.raw, http.MethodGet, s.url+"/v1/nothing-here", "", nil)
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, float64(404), body["status"])
	status, _, body = doWith(t, s.raw, http.MethodGet, s.url+"/api/nothing-here", "", nil)
	require.Equal(t, http.StatusNotFound, status)
	assert.NotEmpty(t, body["errors"])
}
