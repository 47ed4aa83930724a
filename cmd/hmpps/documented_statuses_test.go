package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/contract"
	"github.com/ministryofjustice/hmpps-backbone/adapters/simulator"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store/storetest"
	"github.com/ministryofjustice/hmpps-backbone/openapi"
)

// Every documented status of every Integration API operation, produced through
// the wired service and checked by the contract harness: a status the spec
// documents is one a consumer can really get, and its body is the documented one.

// statusRequest is one request to an operation; the path is concrete.
type statusRequest struct {
	path, body string
	on         string // the walk's service to ask; the working one when empty
}

// operationSample is how to make one operation answer its own statuses. ok is
// a request answered 200 for the full-access consumer; byStatus holds the
// requests for the statuses that depend on the operation (400, 404, 409). The
// statuses every operation shares come from the walk itself: 403 from an
// unknown consumer, 429 from a throttled one, 500 from failing upstreams, 502
// from failing HMPPS Auth and 503 from a database that is down.
type operationSample struct {
	setup    []statusRequest // POSTed first to the working service, each answered 200
	ok       statusRequest
	byStatus map[int]statusRequest
}

func getPath(path string) statusRequest { return statusRequest{path: path} }

// personSample is an operation on a person: ok for the seed person (given as
// the path with %s for the id), 400 for an id of no known shape, 404 for an
// unknown person.
func personSample(format string) operationSample {
	return operationSample{ok: getPath(strings.Replace(format, "%s", "A1234AA", 1)), byStatus: map[int]statusRequest{
		http.StatusBadRequest: getPath(strings.Replace(format, "%s", "bogus", 1)),
		http.StatusNotFound:   getPath(strings.Replace(format, "%s", "Z9999ZZ", 1)),
	}}
}

// postSample is a write on the seed person: the same body twice is the
// duplicate 409; a body that is not JSON is a 400.
func postSample(format, body string) operationSample {
	return operationSample{ok: statusRequest{path: strings.Replace(format, "%s", "A1234AA", 1), body: body}, byStatus: map[int]statusRequest{
		http.StatusBadRequest: {path: strings.Replace(format, "%s", "A1234AA", 1), body: "{"},
		http.StatusNotFound:   {path: strings.Replace(format, "%s", "Z9999ZZ", 1), body: body},
		http.StatusConflict:   {path: strings.Replace(format, "%s", "A1234AA", 1), body: body},
	}}
}

// with returns the sample with more (or other) status requests.
func (s operationSample) with(status int, r statusRequest) operationSample {
	byStatus := map[int]statusRequest{status: r}
	for k, v := range s.byStatus {
		if k != status {
			byStatus[k] = v
		}
	}
	s.byStatus = byStatus
	return s
}

// operationSamples has an entry for every operation of the spec the walk
// covers; a new operation fails the walk until it is given one here.
var operationSamples = map[string]operationSample{
	"postTransaction":         postSample("/v1/prison/MDI/prisoners/%s/transactions", purchase("STATUS-WALK", 1)),
	"postTransactionTransfer": postSample("/v1/prison/MDI/prisoners/%s/transactions/transfer", transfer("STATUS-WALK-T", "spends", "savings", 1)),
	"getVisit": {ok: getPath("/v1/visit/v9-d7-ed-7u"), byStatus: map[int]statusRequest{
		http.StatusNotFound: getPath("/v1/visit/no-such-ref"),
	}},
	"searchVisits": {ok: getPath("/v1/prison/MDI/visit/search?visitStatus=BOOKED"), byStatus: map[int]statusRequest{
		http.StatusBadRequest: getPath("/v1/prison/MDI/visit/search?visitStatus=BOOKED&hmppsId=bogus"),
		http.StatusNotFound:   getPath("/v1/prison/MDI/visit/search?visitStatus=BOOKED&hmppsId=Z9999ZZ"),
	}},
	"getTransaction": {
		setup: []statusRequest{{path: "/v1/prison/MDI/prisoners/A1234AA/transactions", body: purchase("STATUS-WALK-GET", 1)}},
		ok:    getPath("/v1/prison/MDI/prisoners/A1234AA/transactions/STATUS-WALK-GET"),
		byStatus: map[int]statusRequest{
			http.StatusBadRequest: getPath("/v1/prison/MDI/prisoners/bogus/transactions/STATUS-WALK-GET"),
			http.StatusNotFound:   getPath("/v1/prison/MDI/prisoners/A1234AA/transactions/NEVER-POSTED"),
		},
	},
	"getNonAssociations":              personSample("/v1/prison/MDI/prisoners/%s/non-associations"),
	"getBalances":                     personSample("/v1/prison/MDI/prisoners/%s/balances"),
	"getAccountTransactions":          personSample("/v1/prison/MDI/prisoners/%s/accounts/spends/transactions"),
	"getAccountBalance":               personSample("/v1/prison/MDI/prisoners/%s/accounts/spends/balances"),
	"getPrisoners":                    {ok: getPath("/v1/prison/prisoners?last_name=Morgan"), byStatus: map[int]statusRequest{http.StatusBadRequest: getPath("/v1/prison/prisoners")}},
	"getPrisoner":                     personSample("/v1/prison/prisoners/%s"),
	"getPndAlerts":                    personSample("/v1/pnd/persons/%s/alerts"),
	"searchPersons":                   {ok: getPath("/v1/persons?last_name=Morgan"), byStatus: map[int]statusRequest{http.StatusBadRequest: getPath("/v1/persons")}},
	"getVisitorRestrictions":          personSample("/v1/persons/%s/visitor/123456/restrictions"),
	"getFutureVisits":                 personSample("/v1/persons/%s/visit/future"),
	"getVisitRestrictions":            personSample("/v1/persons/%s/visit-restrictions"),
	"getVisitOrders":                  personSample("/v1/persons/%s/visit-orders"),
	"getSentences":                    personSample("/v1/persons/%s/sentences"),
	"getRiskCategories":               personSample("/v1/persons/%s/risks/categories"),
	"getReportedAdjudications":        personSample("/v1/persons/%s/reported-adjudications"),
	"getProtectedCharacteristics":     personSample("/v1/persons/%s/protected-characteristics"),
	"getPlpReviewSchedule":            personSample("/v1/persons/%s/plp-review-schedule"),
	"getPlpInductionSchedule":         personSample("/v1/persons/%s/plp-induction-schedule"),
	"getPlpInductionScheduleHistory":  personSample("/v1/persons/%s/plp-induction-schedule/history"),
	"getPersonName":                   personSample("/v1/persons/%s/name"),
	"getIepLevel":                     personSample("/v1/persons/%s/iep-level"),
	"getContacts":                     personSample("/v1/persons/%s/contacts"),
	"getCellLocation":                 personSample("/v1/persons/%s/cell-location"),
	"getAlerts":                       personSample("/v1/persons/%s/alerts"),
	"getAddresses":                    personSample("/v1/persons/%s/addresses"),
	"getPerson":                       personSample("/v1/persons/%s"),
	"getStatusInformation":            personSample("/v1/persons/%s/status-information"),
	"getLatestKeyDatesAndAdjustments": personSample("/v1/persons/%s/sentences/latest-key-dates-and-adjustments"),
	"getRiskSeriousHarm":              personSample("/v1/persons/%s/risks/serious-harm"),
	"getRiskScores":                   personSample("/v1/persons/%s/risks/scores"),
	"getMappaDetail":                  personSample("/v1/persons/%s/risks/mappadetail"),
	"getDynamicRisks":                 personSample("/v1/persons/%s/risks/dynamic"),
	"getRiskManagementPlan":           personSample("/v1/persons/%s/risk-management-plan"),
	"getPersonResponsibleOfficer":     personSample("/v1/persons/%s/person-responsible-officer"),
	"getOffences":                     personSample("/v1/persons/%s/offences"),
	"getNeeds":                        personSample("/v1/persons/%s/needs"),
	"getLicenceConditions":            personSample("/v1/persons/%s/licences/conditions"),
	"getPersonImages":                 personSample("/v1/persons/%s/images"),
	// A person the service cannot find has no case notes (200, as the
	// original); the 404 is the case-notes service's own.
	"getCaseNotes": personSample("/v1/persons/%s/case-notes").
		with(http.StatusNotFound, statusRequest{path: "/v1/persons/A1234AA/case-notes", on: walkCaseNotesMissing}),
	"getPersonPndAlerts": personSample("/v1/persons/%s/alerts/pnd"),
	"getImage": {ok: getPath("/v1/images/2461788"), byStatus: map[int]statusRequest{
		http.StatusBadRequest: getPath("/v1/images/12ab"),
		http.StatusNotFound:   getPath("/v1/images/999999"),
	}},
	"getReferenceData":             {ok: getPath("/v1/hmpps/reference-data")},
	"getNomisNumberByHmppsId":      personSample("/v1/hmpps/id/nomis-number/by-hmpps-id/%s"),
	"getHmppsIdByNomisNumber":      personSample("/v1/hmpps/id/nomis-number/%s"),
	"getHmppsIdByNomisNumberAlias": personSample("/v1/hmpps/id/by-nomis-number/%s"),
	"getEpfPersonDetails": {ok: getPath("/v1/epf/person-details/X00001/1"), byStatus: map[int]statusRequest{
		http.StatusBadRequest: getPath("/v1/epf/person-details/X00001/first"),
		http.StatusNotFound:   getPath("/v1/epf/person-details/X00001/9"),
	}},
	"getContact": {ok: getPath("/v1/contacts/123456"), byStatus: map[int]statusRequest{
		http.StatusBadRequest: getPath("/v1/contacts/12ab"),
		http.StatusNotFound:   getPath("/v1/contacts/999999"),
	}},
	"getHealth":          {ok: getPath("/health")},
	"getHealthPing":      {ok: getPath("/health/ping")},
	"getHealthLiveness":  {ok: getPath("/health/liveness")},
	"getHealthReadiness": {ok: getPath("/health/readiness")},
	"getInfo":            {ok: getPath("/info")},
}

// outsideTheWalk are the operations other tests cover: queue admin needs a
// queue backend of its own, and expression of interest a jobs-board queue.
func outsideTheWalk(template string) bool {
	return strings.HasPrefix(template, "/queue-admin/") || strings.Contains(template, "/expression-of-interest/")
}

// documentedStatuses are the statuses op documents, ascending, so a write's
// 200 comes before the 409 that repeats it.
func documentedStatuses(t *testing.T, op specOperation) []int {
	t.Helper()
	var statuses []int
	for status := range op.op.Responses.Map() {
		code, err := strconv.Atoi(status)
		require.NoError(t, err, "%s documents %q: the walk needs every status by number", op.id, status)
		statuses = append(statuses, code)
	}
	slices.Sort(statuses)
	return statuses
}

// failingUpstream answers every request with a 500, as a broken upstream does.
func failingUpstream(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusInternalServerError)
		_, _ = io.WriteString(w, `{"status":500,"userMessage":"broken","developerMessage":"broken"}`)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// deadURL is an address nothing listens on.
func deadURL() string {
	dead := httptest.NewServer(http.NotFoundHandler())
	defer dead.Close()
	return dead.URL
}

// startServiceWithDatabaseDown is startService whose database goes away once
// the service is wired, as when the database server fails under a running pod.
func startServiceWithDatabaseDown(t *testing.T) *service {
	t.Helper()
	sim := httptest.NewServer(simulator.New(simulator.DefaultWorld()))
	t.Cleanup(sim.Close)
	env := map[string]string{
		"SIMULATOR":                "off",
		"HMPPS_AUTH_URL":           sim.URL + "/auth",
		"DATABASE_URL":             storetest.DSN(t, store.SQLite),
		"LOG_LEVEL":                "error",
		"HMPPS_AUTH_CLIENT_SECRET": "test-secret",
		"AUTHORISATION_FILE":       "testdata/authorisation.yaml",
		"OAUTH_SIGNING_KEY_FILE":   signingKeyFile(t),
	}
	for _, key := range upstreamEnv {
		env[key] = sim.URL
	}
	cfg, err := loadConfig(func(k string) string { return env[k] })
	require.NoError(t, err)
	a, err := newApp(context.Background(), cfg, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	require.NoError(t, err)
	require.NoError(t, a.Close())
	srv := httptest.NewServer(a.handler)
	t.Cleanup(srv.Close)
	return &service{url: srv.URL, client: contract.New(t).Client(t), raw: http.DefaultClient, headers: map[string]string{}}
}

// The walk's services, by name.
const (
	walkWorking          = ""                   // the seed world, everything up
	walkUpstreamsFailing = "upstreams failing"  // every upstream answers 500
	walkAuthDown         = "HMPPS Auth down"    // no token for any upstream
	walkDatabaseDown     = "database down"      // the critical health component
	walkCaseNotesMissing = "case notes missing" // the case-notes service does not know A1234AA
)

// sharedStatuses are how any operation is made to answer these statuses: its
// ok request, on this service, as this consumer.
var sharedStatuses = map[int]struct {
	on     string
	header map[string]string
}{
	http.StatusForbidden:           {walkWorking, identity("stranger")},
	http.StatusTooManyRequests:     {walkWorking, identity("throttled")},
	http.StatusInternalServerError: {walkUpstreamsFailing, nil},
	http.StatusBadGateway:          {walkAuthDown, nil},
	http.StatusServiceUnavailable:  {walkDatabaseDown, nil},
}

// TestEveryDocumentedStatusOfEveryOperation walks the Integration API spec and
// makes each operation answer each status it documents.
func TestEveryDocumentedStatusOfEveryOperation(t *testing.T) {
	t.Parallel()
	failing := failingUpstream(t)
	allFailing := map[string]string{}
	for _, key := range upstreamEnv {
		allFailing[key] = failing
	}
	world := simulator.DefaultWorld()
	world.ByPrisonerNumber("A1234AA").Failures = map[string]int{"case-notes": http.StatusNotFound}
	forgetful := httptest.NewServer(simulator.New(world))
	t.Cleanup(forgetful.Close)
	services := map[string]*service{
		walkWorking:          startService(t, store.SQLite, nil),
		walkUpstreamsFailing: startService(t, store.SQLite, allFailing),
		walkAuthDown:         startService(t, store.SQLite, map[string]string{"HMPPS_AUTH_URL": deadURL()}),
		walkDatabaseDown:     startServiceWithDatabaseDown(t),
		walkCaseNotesMissing: startService(t, store.SQLite, map[string]string{"CASE_NOTES_URL": forgetful.URL}),
	}
	// throttled may make one request and then waits 1000 s for the next: spend
	// that one now, so every request of the walk is over its limit.
	status, _, _ := services[walkWorking].do(t, http.MethodGet, "/v1/persons/A1234AA/name", "", identity("throttled"))
	require.Equal(t, http.StatusOK, status, "throttled's one request")

	walked := map[string]bool{}
	for _, op := range specOperations(t, openapi.IntegrationAPI) {
		if outsideTheWalk(op.template) {
			continue
		}
		walked[op.id] = true
		t.Run(op.id, func(t *testing.T) {
			t.Parallel()
			sample, ok := operationSamples[op.id]
			require.True(t, ok, "%s %s has no sample requests: add it to operationSamples", op.method, op.template)
			statuses := documentedStatuses(t, op)
			for status := range sample.byStatus {
				assert.Contains(t, statuses, status, "%s has a sample request for a status it does not document", op.id)
			}
			for _, r := range sample.setup {
				status, _, body := services[walkWorking].do(t, http.MethodPost, r.path, r.body, jsonBody(r))
				require.Equal(t, http.StatusOK, status, "setup %s: %v", r.path, body)
			}
			for _, want := range statuses {
				req, header := sample.ok, map[string]string{}
				if r, ok := sample.byStatus[want]; ok {
					req = r
				} else if shared, ok := sharedStatuses[want]; ok {
					req.on = shared.on
					for k, v := range shared.header {
						header[k] = v
					}
				} else {
					require.Equal(t, http.StatusOK, want, "%s documents %d but operationSamples has no request for it", op.id, want)
				}
				for k, v := range jsonBody(req) {
					header[k] = v
				}
				got, respHeader, body := services[req.on].do(t, op.method, req.path, req.body, header)
				assert.Equal(t, want, got, "%s %s on %q: %v", op.method, req.path, req.on, body)
				if want == http.StatusTooManyRequests {
					assert.NotEmpty(t, respHeader.Get("Retry-After"), op.id)
				}
			}
		})
	}
	for id := range operationSamples {
		assert.True(t, walked[id], "operationSamples has %s, which the spec does not", id)
	}
}

// jsonBody is the Content-Type header of a request with a body.
func jsonBody(r statusRequest) map[string]string {
	if r.body == "" {
		return nil
	}
	return map[string]string{"Content-Type": "application/json"}
}
