package main

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
)

// Component tests of the prisoner-search, prison-api and incentives reads,
// through the real HTTP stack, generated clients and the simulator.

// prisonConsumers grants every /v1 operation to three consumers that differ
// only in their prisons filter, so the filter's effect can be seen end to end.
const prisonConsumers = `
consumers:
  full-access:
    include: ["/v1/**"]
  leeds-only:
    include: ["/v1/**"]
    filters:
      prisons: [LEI]
  no-prisons:
    include: ["/v1/**"]
    filters:
      prisons: []
  name-only:
    include: ["/v1/persons/{hmppsId}/name"]
`

// startPrisonService starts the service with prisonConsumers, calling as
// full-access unless a test says otherwise.
func startPrisonService(t *testing.T, override map[string]string) *service {
	t.Helper()
	file := filepath.Join(t.TempDir(), "authorisation.yaml")
	require.NoError(t, os.WriteFile(file, []byte(prisonConsumers), 0o600))
	env := map[string]string{"AUTHORISATION_FILE": file}
	for k, v := range override {
		env[k] = v
	}
	s := startService(t, store.SQLite, env)
	s.headers["subject-distinguished-name"] = "O=HMPPS,CN=full-access"
	return s
}

// as is the header identifying a consumer of prisonConsumers.
func as(consumer string) map[string]string {
	return map[string]string{"subject-distinguished-name": "O=HMPPS,CN=" + consumer}
}

// seedIDs are the seed person's three id shapes; every person operation must
// accept each of them.
var seedIDs = []string{"A1234AA", "X00001", "2008%2F0545166T"}

func data(t *testing.T, body map[string]any) map[string]any {
	t.Helper()
	d, ok := body["data"].(map[string]any)
	require.True(t, ok, "data is an object: %v", body)
	return d
}

func items(t *testing.T, body map[string]any) []any {
	t.Helper()
	d, ok := body["data"].([]any)
	require.True(t, ok, "data is a list: %v", body)
	return d
}

func field(list []any, name string) []any {
	out := []any{}
	for _, item := range list {
		out = append(out, item.(map[string]any)[name])
	}
	return out
}

// nomisNumbers lists the prisoners' identifiers.nomisNumber, in order.
func nomisNumbers(list []any) []any {
	out := []any{}
	for _, item := range list {
		out = append(out, item.(map[string]any)["identifiers"].(map[string]any)["nomisNumber"])
	}
	return out
}

// personNotFound is the seed's 404 body for an unknown person.
func personNotFound(id string) map[string]any {
	return map[string]any{
		"status": float64(404), "errorCode": nil, "moreInfo": nil,
		"userMessage":      "404 Not found error: Could not find person with HMPPS id: " + id + ".",
		"developerMessage": "Could not find person with HMPPS id: " + id + ".",
	}
}

// commonErrors checks what every person operation of this family shares: an
// unknown person is the seed's 404, an id of no known shape a 400.
func commonErrors(t *testing.T, s *service, pathOf func(id string) string) {
	t.Helper()
	status, _, body := s.do(t, http.MethodGet, pathOf("Z9999ZZ"), "", nil)
	require.Equal(t, http.StatusNotFound, status, pathOf("Z9999ZZ"))
	assert.Equal(t, personNotFound("Z9999ZZ"), body)

	for _, bad := range []string{"bogus", "a1234aa", "SF80%2F655108T"} {
		status, _, body = s.do(t, http.MethodGet, pathOf(bad), "", nil)
		require.Equal(t, http.StatusBadRequest, status, pathOf(bad))
		assert.Contains(t, body["developerMessage"], "Invalid HMPPS ID", pathOf(bad))
	}
}

func TestGetPrisoner(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/prison/prisoners/" + id }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		p := data(t, body)
		assert.Equal(t, []any{"ARTHUR", "JAMES", "MORGAN", "1979-06-14", "2008/0545166T", "MDI", "Moorland (HMP & YOI)", "1-1-001", "ACTIVE IN", "C", "Standard", "2023-02-10"},
			[]any{p["firstName"], p["middleName"], p["lastName"], p["dateOfBirth"], p["pncId"], p["prisonId"], p["prisonName"], p["cellLocation"], p["status"], p["category"], p["csra"], p["receptionDate"]}, id)
		assert.Equal(t, map[string]any{"nomisNumber": "A1234AA", "croNumber": "SF80/655108T"}, p["identifiers"], id)
		assert.Equal(t, "ARTY", p["aliases"].([]any)[0].(map[string]any)["firstName"], id)
	}

	// Known to probation with no NOMIS number: the person exists, the prisoner does not.
	status, _, body := s.do(t, http.MethodGet, path("X00002"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, map[string]any{"data": nil}, body)

	commonErrors(t, s, path)
}

func TestSearchPrisoners(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	search := func(query string) (int, map[string]any) {
		status, _, body := s.do(t, http.MethodGet, "/v1/prison/prisoners?"+query, "", nil)
		return status, body
	}

	cases := []struct {
		name, query string
		want        []any // prisoner numbers, in order
		pagination  map[string]any
	}{
		{"youngest first", "last_name=Bloggs", []any{"G8133UA", "A7777BB"},
			map[string]any{"isLastPage": true, "count": float64(2), "page": float64(1), "perPage": float64(10), "totalCount": float64(2), "totalPages": float64(1)}},
		{"last page", "last_name=Bloggs&page=2&perPage=1", []any{"A7777BB"},
			map[string]any{"isLastPage": true, "count": float64(1), "page": float64(2), "perPage": float64(1), "totalCount": float64(2), "totalPages": float64(2)}},
		{"first of two pages", "last_name=bloggs&perPage=1", []any{"G8133UA"},
			map[string]any{"isLastPage": false, "count": float64(1), "page": float64(1), "perPage": float64(1), "totalCount": float64(2), "totalPages": float64(2)}},
		{"beyond the end", "last_name=Bloggs&page=5", []any{},
			map[string]any{"isLastPage": true, "count": float64(0), "page": float64(5), "perPage": float64(10), "totalCount": float64(2), "totalPages": float64(1)}},
		{"nobody", "first_name=Nobody", []any{},
			map[string]any{"isLastPage": true, "count": float64(0), "page": float64(1), "perPage": float64(10), "totalCount": float64(0), "totalPages": float64(0)}},
		{"by date of birth", "date_of_birth=1979-06-14", []any{"A1234AA"}, nil},
		{"aliases only when asked", "first_name=Frederick&last_name=Bloggs", []any{}, nil},
		{"within aliases", "first_name=Frederick&last_name=Bloggs&search_within_aliases=true", []any{"G8133UA"}, nil},
	}
	for _, c := range cases {
		status, body := search(c.query)
		require.Equal(t, http.StatusOK, status, c.name)
		assert.Equal(t, c.want, nomisNumbers(items(t, body)), c.name)
		if c.pagination != nil {
			assert.Equal(t, c.pagination, body["pagination"], c.name)
		}
	}

	for _, query := range []string{"", "page=1", "first_name=%20%20", "search_within_aliases=true", "date_of_birth=14-06-1979", "last_name=Bloggs&page=0", "last_name=Bloggs&perPage=0", "last_name=Bloggs&page=two"} {
		status, body := search(query)
		require.Equal(t, http.StatusBadRequest, status, query)
		assert.Equal(t, float64(400), body["status"], query)
	}
	_, body := search("page=1")
	assert.Equal(t, "No query parameters specified.", body["developerMessage"])
}

func TestGetCellLocation(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/cell-location" }
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, map[string]any{"prisonCode": "MDI", "prisonName": "Moorland (HMP & YOI)", "cell": "1-1-001"}, body["data"], id)
	}
	// Released: the record names the last prison, but he is not in a cell.
	status, _, body := s.do(t, http.MethodGet, path("X00003"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, map[string]any{"prisonCode": nil, "prisonName": nil, "cell": nil}, body["data"])

	// Probation-only: no prison record at all.
	status, _, body = s.do(t, http.MethodGet, path("X00002"), "", nil)
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, personNotFound("X00002"), body)

	commonErrors(t, s, path)
}

func TestIdentifierConversions(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	get := func(path string) (int, map[string]any) {
		status, _, body := s.do(t, http.MethodGet, path, "", nil)
		return status, body
	}
	cases := []struct{ path, key, want string }{
		{"/v1/hmpps/id/nomis-number/by-hmpps-id/A1234AA", "nomisNumber", "A1234AA"},
		{"/v1/hmpps/id/nomis-number/by-hmpps-id/X00001", "nomisNumber", "A1234AA"},
		{"/v1/hmpps/id/nomis-number/by-hmpps-id/2008%2F0545166T", "nomisNumber", "A1234AA"},
		{"/v1/hmpps/id/nomis-number/by-hmpps-id/X00005", "nomisNumber", "AA0001A"},
		{"/v1/hmpps/id/nomis-number/A1234AA", "hmppsId", "X00001"},
		{"/v1/hmpps/id/by-nomis-number/A1234AA", "hmppsId", "X00001"},
		{"/v1/hmpps/id/nomis-number/G8133UA", "hmppsId", "G8133UA"}, // not on probation
		{"/v1/hmpps/id/by-nomis-number/G8133UA", "hmppsId", "G8133UA"},
		{"/v1/hmpps/id/nomis-number/X00001", "hmppsId", "X00001"}, // a CRN is accepted too
	}
	for _, c := range cases {
		status, body := get(c.path)
		require.Equal(t, http.StatusOK, status, c.path)
		assert.Equal(t, map[string]any{c.key: c.want}, body["data"], c.path)
	}
	for _, prefix := range []string{"/v1/hmpps/id/nomis-number/by-hmpps-id/", "/v1/hmpps/id/nomis-number/", "/v1/hmpps/id/by-nomis-number/"} {
		commonErrors(t, s, func(id string) string { return prefix + id })
		// A probation-only person has no NOMIS number to convert.
		status, body := get(prefix + "X00002")
		require.Equal(t, http.StatusNotFound, status, prefix)
		assert.Equal(t, personNotFound("X00002"), body)
	}
}

func TestGetAlerts(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/alerts" }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		alerts := items(t, body)
		assert.Equal(t, []any{"VIP", "TAH", "HA", "XA"}, field(alerts, "code"), "newest first")
		assert.Equal(t, map[string]any{
			"offenderNo": "A1234AA", "type": "H", "typeDescription": "Self Harm", "code": "HA", "codeDescription": "ACCT Open (HMPS)",
			"comment": "ACCT opened after reception screening.", "dateCreated": "2023-09-05", "dateExpired": "2023-11-20",
			"expired": true, "active": false,
		}, alerts[2])
		assert.Equal(t, float64(4), body["pagination"].(map[string]any)["totalCount"])
	}

	pages := []struct {
		query string
		codes []any
		last  bool
	}{
		{"?perPage=3", []any{"VIP", "TAH", "HA"}, false},
		{"?perPage=3&page=2", []any{"XA"}, true},
		{"?perPage=2&page=2", []any{"HA", "XA"}, true},
		{"?page=3&perPage=2", []any{}, true},
	}
	for _, p := range pages {
		status, _, body := s.do(t, http.MethodGet, path("A1234AA")+p.query, "", nil)
		require.Equal(t, http.StatusOK, status, p.query)
		assert.Equal(t, p.codes, field(items(t, body), "code"), p.query)
		assert.Equal(t, p.last, body["pagination"].(map[string]any)["isLastPage"], p.query)
	}

	// A prisoner with no alerts gets an empty page, not a 404.
	status, _, body := s.do(t, http.MethodGet, path("A3456CD"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Empty(t, items(t, body))

	status, _, _ = s.do(t, http.MethodGet, path("A1234AA")+"?page=0", "", nil)
	assert.Equal(t, http.StatusBadRequest, status)
	commonErrors(t, s, path)
}

func TestPndAlertsKeepOnlyPndCodes(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	for _, path := range []func(string) string{
		func(id string) string { return "/v1/pnd/persons/" + id + "/alerts" },
		func(id string) string { return "/v1/persons/" + id + "/alerts/pnd" },
	} {
		for _, id := range seedIDs {
			status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
			require.Equal(t, http.StatusOK, status, path(id))
			assert.Equal(t, []any{"HA", "XA"}, field(items(t, body), "code"), path(id))
		}
		status, _, body := s.do(t, http.MethodGet, path("A4578BX"), "", nil)
		require.Equal(t, http.StatusOK, status)
		assert.Equal(t, []any{"XEL"}, field(items(t, body), "code"), "XCU is not shared with PND")

		status, _, body = s.do(t, http.MethodGet, path("A1234AA")+"?perPage=1&page=2", "", nil)
		require.Equal(t, http.StatusOK, status)
		assert.Equal(t, []any{"XA"}, field(items(t, body), "code"))

		// Only non-PND alerts: nothing to share is not found.
		status, _, body = s.do(t, http.MethodGet, path("G8133UA"), "", nil)
		require.Equal(t, http.StatusNotFound, status)
		assert.Equal(t, personNotFound("G8133UA"), body)

		commonErrors(t, s, path)
	}
}

func TestVisitRestrictionsAndOrders(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	restrictions := func(id string) string { return "/v1/persons/" + id + "/visit-restrictions" }
	orders := func(id string) string { return "/v1/persons/" + id + "/visit-orders" }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, restrictions(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, []any{map[string]any{
			"restrictionId": float64(5101), "comment": "Following a drugs find in the visits hall.",
			"restrictionType": "CLOSED", "restrictionTypeDescription": "Closed", "startDate": "2025-10-01", "active": true,
		}}, body["data"], "only restrictions in force, from the latest booking")

		status, _, body = s.do(t, http.MethodGet, orders(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, map[string]any{"remainingVisitOrders": float64(2), "remainingPrivilegeVisitOrders": float64(1)}, body["data"])
	}

	status, _, body := s.do(t, http.MethodGet, restrictions("G8133UA"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{}, body["data"])

	status, _, body = s.do(t, http.MethodGet, orders("X00005"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, map[string]any{"remainingVisitOrders": float64(0), "remainingPrivilegeVisitOrders": float64(0)}, body["data"])

	// NOMIS holds no balance for this remand prisoner.
	status, _, body = s.do(t, http.MethodGet, orders("A2345BC"), "", nil)
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, personNotFound("A2345BC"), body)

	commonErrors(t, s, restrictions)
	commonErrors(t, s, orders)
}

func TestGetIepLevel(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/iep-level" }
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, map[string]any{"iepCode": "STD", "iepLevel": "Standard"}, body["data"], id)
	}
	status, _, body := s.do(t, http.MethodGet, path("A4578BX"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, map[string]any{"iepCode": "BAS", "iepLevel": "Basic"}, body["data"])
	commonErrors(t, s, path)
}

func TestPrisonUpstreamFailures(t *testing.T) {
	t.Parallel()
	// A5000EE's records are broken in the simulator: prison-api answers 500 and
	// incentives never answers.
	s := startPrisonService(t, map[string]string{"UPSTREAM_RESPONSE_TIMEOUT": "300ms", "UPSTREAM_REQUEST_DEADLINE": "1s"})
	for _, path := range []string{"/v1/persons/A5000EE/alerts", "/v1/pnd/persons/A5000EE/alerts", "/v1/persons/A5000EE/visit-restrictions", "/v1/persons/A5000EE/visit-orders"} {
		status, _, body := s.do(t, http.MethodGet, path, "", nil)
		require.Equal(t, http.StatusInternalServerError, status, path)
		assert.Equal(t, "Unable to complete request as an upstream service is not responding", body["userMessage"], path)
		assert.Contains(t, body["developerMessage"], "500 Internal Server Error from GET", path)
	}

	start := time.Now()
	status, _, body := s.do(t, http.MethodGet, "/v1/persons/A5000EE/iep-level", "", nil)
	require.Equal(t, http.StatusInternalServerError, status)
	assert.Less(t, time.Since(start), 2*time.Second, "answered within the upstream budget")
	assert.Equal(t, "Unable to complete request as an upstream service is not responding", body["userMessage"])
	assert.Contains(t, body["developerMessage"], "INCENTIVES did not answer in time")

	// The person's own record still resolves: only the broken upstreams fail.
	status, _, _ = s.do(t, http.MethodGet, "/v1/prison/prisoners/A5000EE", "", nil)
	assert.Equal(t, http.StatusOK, status)
}

func TestPrisonFilterHidesOtherPrisons(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	leeds := as("leeds-only")

	// Fred Bloggs is in Leeds; the seed person is in Moorland.
	for _, path := range []string{
		"/v1/prison/prisoners/G8133UA", "/v1/persons/G8133UA/cell-location", "/v1/persons/G8133UA/alerts",
		"/v1/persons/G8133UA/visit-restrictions", "/v1/persons/G8133UA/visit-orders", "/v1/persons/G8133UA/iep-level",
		"/v1/hmpps/id/nomis-number/by-hmpps-id/G8133UA", "/v1/hmpps/id/nomis-number/G8133UA",
	} {
		status, _, _ := s.do(t, http.MethodGet, path, "", leeds)
		assert.Equal(t, http.StatusOK, status, path)
	}
	for _, id := range seedIDs {
		for _, path := range []string{
			"/v1/prison/prisoners/" + id, "/v1/persons/" + id + "/cell-location", "/v1/persons/" + id + "/alerts",
			"/v1/pnd/persons/" + id + "/alerts", "/v1/persons/" + id + "/visit-restrictions", "/v1/persons/" + id + "/visit-orders",
			"/v1/persons/" + id + "/iep-level", "/v1/hmpps/id/nomis-number/by-hmpps-id/" + id, "/v1/hmpps/id/by-nomis-number/" + id,
		} {
			status, _, body := s.do(t, http.MethodGet, path, "", leeds)
			require.Equal(t, http.StatusNotFound, status, path)
			decoded, _ := url.PathUnescape(id)
			assert.Equal(t, personNotFound(decoded), body, "indistinguishable from an unknown person: %s", path)
		}
	}

	// Search only looks in the consumer's prisons: Joe Bloggs, released from
	// Leeds, is no longer held there.
	status, _, body := s.do(t, http.MethodGet, "/v1/prison/prisoners?last_name=Bloggs", "", leeds)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{"G8133UA"}, nomisNumbers(items(t, body)))
	status, _, body = s.do(t, http.MethodGet, "/v1/prison/prisoners?last_name=Morgan", "", leeds)
	require.Equal(t, http.StatusOK, status)
	assert.Empty(t, items(t, body))

	status, _, body = s.do(t, http.MethodGet, "/v1/prison/prisoners?last_name=Bloggs", "", as("no-prisons"))
	require.Equal(t, http.StatusForbidden, status)
	assert.Equal(t, float64(403), body["status"])
}

// prisonReadPaths is one request to each operation of this family.
var prisonReadPaths = []string{
	"/v1/prison/prisoners/A1234AA",
	"/v1/prison/prisoners?last_name=Morgan",
	"/v1/persons/A1234AA/cell-location",
	"/v1/hmpps/id/nomis-number/by-hmpps-id/A1234AA",
	"/v1/hmpps/id/nomis-number/A1234AA",
	"/v1/hmpps/id/by-nomis-number/A1234AA",
	"/v1/persons/A1234AA/alerts",
	"/v1/pnd/persons/A1234AA/alerts",
	"/v1/persons/A1234AA/alerts/pnd",
	"/v1/persons/A1234AA/iep-level",
	"/v1/persons/A1234AA/visit-restrictions",
	"/v1/persons/A1234AA/visit-orders",
}

func TestPrisonReadsErrorStatuses(t *testing.T) {
	t.Parallel()
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close() // nothing listens here any more

	cases := []struct {
		name     string
		override map[string]string
		header   map[string]string
		status   int
		message  string
	}{
		{"prisoner search unreachable", map[string]string{"PRISONER_SEARCH_URL": deadURL}, nil,
			http.StatusInternalServerError, "Unable to complete request as an upstream service is not responding"},
		{"HMPPS Auth unreachable", map[string]string{"HMPPS_AUTH_URL": deadURL}, nil,
			http.StatusBadGateway, "Authentication error"},
		{"operation not granted", nil, as("name-only"), http.StatusForbidden, "Unable to authorise"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := startPrisonService(t, c.override)
			for _, path := range prisonReadPaths {
				status, _, body := s.do(t, http.MethodGet, path, "", c.header)
				require.Equal(t, c.status, status, path)
				assert.Contains(t, body["userMessage"], c.message, path)
			}
		})
	}
}
