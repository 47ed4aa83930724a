package simulator

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// specDir holds the real upstream OpenAPI specs (/work/shared/upstream-specs
// next to the repository).
const specDir = "../../../shared/upstream-specs"

const (
	prisonerSearchSpec  = "prisoner-search.json"
	probationSearchSpec = "probation-offender-search.json"
	ndeliusSpec         = "ndelius.json"
)

// testNow pins the simulator clock, so ages and token times are fixed.
var testNow = time.Date(2025, time.November, 20, 12, 0, 0, 0, time.UTC)

// call is one request to the simulator and what we expect back.
type call struct {
	name   string
	spec   string // the upstream spec the response must satisfy
	method string
	path   string
	body   string
	noAuth bool // send no bearer token
	// skipRequestCheck says why the request is not checked against the spec
	// (e.g. it is deliberately invalid); the response always is.
	skipRequestCheck string
	status           int
	check            func(t *testing.T, body []byte)
}

func TestSimulatorAgainstUpstreamSpecs(t *testing.T) {
	srv := httptest.NewServer(New(DefaultWorld(), WithClock(func() time.Time { return testNow })))
	t.Cleanup(srv.Close)
	token := fetchToken(t, srv.URL)

	for _, c := range calls() {
		t.Run(c.name, func(t *testing.T) {
			req, err := http.NewRequest(c.method, srv.URL+c.path, strings.NewReader(c.body))
			require.NoError(t, err)
			if c.body != "" {
				req.Header.Set("Content-Type", "application/json")
			}
			if !c.noAuth {
				req.Header.Set("Authorization", "Bearer "+token)
			}
			resp, err := srv.Client().Do(req)
			require.NoError(t, err)
			body, err := io.ReadAll(resp.Body)
			require.NoError(t, resp.Body.Close())
			require.NoError(t, err)

			require.Equal(t, c.status, resp.StatusCode, "body: %s", body)
			validateAgainstSpec(t, loadSpec(t, c.spec), c, resp, body)
			if c.check != nil {
				c.check(t, body)
			}
		})
	}
}

func calls() []call {
	return concat(
		prisonerSearchCalls(),
		probationSearchCalls(),
		ndeliusCalls(),
		ndeliusAccessCalls(),
		ndeliusSupervisionCalls(),
		pomCalls(),
		prisonAPIOffenceCalls(),
		arnsCalls(),
		cvlCalls(),
		epfCalls(),
		referenceDataCalls(),
		prisonAPIAddressCalls(),
		prisonAPICalls(),
		prisonAPIFinanceCalls(),
		prisonAPIRecordsCalls(),
		prisonAPISentencesCalls(),
		prisonAPIAdjustmentCalls(),
		prisonAPIImagesCalls(),
		visitsCalls(),
		personalRelationshipsCalls(),
		nonAssociationsCalls(),
		plpCalls(),
		adjudicationsCalls(),
		caseNotesListCalls(),
		prisonAPICareCalls(),
		incentivesCalls(),
		caseNotesCalls(),
		everyoneInTheWorld(),
	)
}

// everyoneInTheWorld fetches every person from every upstream that knows
// them, so each record the world holds is checked against the specs.
func everyoneInTheWorld() []call {
	var calls []call
	for _, p := range DefaultWorld().People {
		if inPrisonSystem(p) {
			calls = append(calls, call{name: "world/prisoner " + p.PrisonerNumber, spec: prisonerSearchSpec,
				method: "GET", path: "/prisoner/" + p.PrisonerNumber, status: 200})
		}
		if inPrisonSystem(p) {
			calls = append(calls, prisonRecordsOf(p)...)
		}
		if onProbation(p) {
			body := `{"crn":"` + p.CRN + `"}`
			calls = append(calls,
				call{name: "world/probation search " + p.CRN, spec: probationSearchSpec,
					method: "POST", path: "/search", body: body, status: 200, check: expectCases(p.CRN)},
				call{name: "world/ndelius " + p.CRN, spec: ndeliusSpec,
					method: "POST", path: "/search/probation-cases", body: body, status: 200})
		}
	}
	return calls
}

func concat(groups ...[]call) []call {
	var all []call
	for _, g := range groups {
		all = append(all, g...)
	}
	return all
}

func prisonerSearchCalls() []call {
	ps := func(name, method, path, body string, status int, check func(*testing.T, []byte)) call {
		return call{name: "prisoner-search/" + name, spec: prisonerSearchSpec, method: method, path: path, body: body, status: status, check: check}
	}
	page := `"pagination":{"page":0,"size":10}`
	calls := []call{
		ps("seed person", "GET", "/prisoner/A1234AA", "", 200, func(t *testing.T, b []byte) {
			p := decode[psPrisoner](t, b)
			assert.Equal(t, "A1234AA", p.PrisonerNumber)
			assert.Equal(t, "ARTHUR", p.FirstName)
			assert.Equal(t, "MDI", p.PrisonID)
			assert.Equal(t, "Moorland (HMP & YOI)", p.PrisonName)
			assert.Equal(t, "1-1-001", p.CellLocation)
			assert.Equal(t, "IN", p.InOutStatus)
			assert.Equal(t, "2008/0545166T", p.PNCNumber)
			assert.Equal(t, "2008/545166T", p.PNCNumberCanonicalLong)
			assert.Equal(t, "08/545166T", p.PNCNumberCanonicalShort)
			assert.Equal(t, "SF80/655108T", p.CRONumber)
		}),
		ps("prison-only person", "GET", "/prisoner/G8133UA", "", 200, func(t *testing.T, b []byte) {
			p := decode[psPrisoner](t, b)
			assert.Equal(t, []string{"FRED", "BLOGGS", "1995-11-17", "LEI", "14/120018R", "351774/14D"},
				[]string{p.FirstName, p.LastName, p.DateOfBirth, p.PrisonID, p.PNCNumber, p.CRONumber})
		}),
		ps("released person", "GET", "/prisoner/A7777BB", "", 200, func(t *testing.T, b []byte) {
			p := decode[psPrisoner](t, b)
			assert.Equal(t, []string{"OUT", "OUT", "LEI", "INACTIVE OUT", ""},
				[]string{p.InOutStatus, p.PrisonID, p.LastPrisonID, p.Status, p.CellLocation})
		}),
		ps("legacy prisoner number", "GET", "/prisoner/AA0001A", "", 200, nil),
		ps("unknown prisoner", "GET", "/prisoner/Z9999ZZ", "", 404, nil),
		ps("probation-only person is not a prisoner", "GET", "/prisoner/X00002", "", 404, nil),
		{name: "prisoner-search/no token", spec: prisonerSearchSpec, method: "GET", path: "/prisoner/A1234AA", noAuth: true, status: 401},

		ps("global search by surname", "POST", "/global-search?size=9999",
			`{"lastName":"bloggs","includeAliases":false}`, 200, expectPrisoners("A7777BB", "G8133UA")),
		ps("global search by alias", "POST", "/global-search",
			`{"firstName":"Frederick","lastName":"Bloggs","includeAliases":true}`, 200, expectPrisoners("G8133UA")),
		ps("global search ignores aliases unless asked", "POST", "/global-search",
			`{"firstName":"Frederick","lastName":"Bloggs"}`, 200, expectPrisoners()),
		ps("global search by date of birth", "POST", "/global-search",
			`{"dateOfBirth":"1979-06-14"}`, 200, expectPrisoners("A1234AA")),
		ps("global search by PNC identifier", "POST", "/global-search",
			`{"prisonerIdentifier":"2014/120018R"}`, 200, expectPrisoners("G8133UA")),
		ps("global search second page", "POST", "/global-search?page=1&size=1",
			`{"lastName":"Bloggs"}`, 200, func(t *testing.T, b []byte) {
				pg := decode[springPage[psPrisoner]](t, b)
				assert.Equal(t, []any{int64(2), 2, 1, 1, true, false}, []any{pg.TotalElements, pg.TotalPages, pg.Number, pg.NumberOfElements, pg.Last, pg.First})
				assert.Equal(t, "G8133UA", pg.Content[0].PrisonerNumber)
			}),
		ps("global search without criteria", "POST", "/global-search", `{}`, 400, nil),

		ps("prisoner detail by wildcard in one prison", "POST", "/prisoner-detail",
			`{"firstName":"*","prisonIds":["MDI"],`+page+`}`, 200, expectPrisoners("A1234AA", "A4578BX")),
		ps("prisoner detail by name across prisons", "POST", "/prisoner-detail",
			`{"firstName":"fred","lastName":"B?oggs","prisonIds":["MDI","LEI","PNT","WWI"],`+page+`}`, 200, expectPrisoners("G8133UA")),
		ps("prisoner detail outside the listed prisons", "POST", "/prisoner-detail",
			`{"lastName":"Morgan","prisonIds":["LEI"],`+page+`}`, 200, expectPrisoners()),
		ps("prisoner detail without prisons", "POST", "/prisoner-detail",
			`{"lastName":"Morgan","prisonIds":[],`+page+`}`, 400, nil),
		{name: "prisoner-search/prisoner detail no token", spec: prisonerSearchSpec, method: "POST", path: "/prisoner-detail",
			body: `{"lastName":"Morgan","prisonIds":["MDI"],` + page + `}`, noAuth: true, status: 401},
	}
	return append(calls, attributeSearchCalls(ps)...)
}

func attributeSearchCalls(ps func(string, string, string, string, int, func(*testing.T, []byte)) call) []call {
	search := func(queries string) string {
		return `{"joinType":"AND","queries":[` + queries + `],"pagination":{"page":0,"size":10}}`
	}
	str := func(attr, cond, term string) string {
		return `{"type":"String","attribute":"` + attr + `","condition":"` + cond + `","searchTerm":"` + term + `"}`
	}
	and := func(matchers ...string) string {
		return `{"joinType":"AND","matchers":[` + strings.Join(matchers, ",") + `]}`
	}
	calls := []call{
		// The service's person search: prison filter AND (name and DOB on
		// the main record OR on an alias).
		ps("attribute search as the service builds it", "POST", "/attribute-search", search(
			and(str("prisonId", "IN", "MDI,LEI"))+`,`+
				`{"joinType":"OR","subQueries":[`+
				and(str("aliases.firstName", "IS", "Arthur"), `{"type":"Date","attribute":"aliases.dateOfBirth","minValue":"1979-06-14","maxValue":"1979-06-14"}`)+`,`+
				and(str("firstName", "IS", "arthur"), `{"type":"Date","attribute":"dateOfBirth","minValue":"1979-06-14","maxValue":"1979-06-14"}`)+
				`]}`), 200, expectPrisoners("A1234AA")),
		ps("attribute search by PNC", "POST", "/attribute-search",
			search(`{"joinType":"AND","matchers":[{"type":"PNC","pncNumber":"08/545166T"}]}`), 200, expectPrisoners("A1234AA")),
		ps("attribute search matches one list element", "POST", "/attribute-search",
			search(and(str("identifiers.type", "IS", "PNC"), str("identifiers.value", "IS", "14/120018R"))), 200, expectPrisoners("G8133UA")),
		ps("attribute search does not mix list elements", "POST", "/attribute-search",
			search(and(str("identifiers.type", "IS", "CRO"), str("identifiers.value", "IS", "14/120018R"))), 200, expectPrisoners()),
		ps("attribute search by boolean and cell", "POST", "/attribute-search?size=5",
			search(and(`{"type":"Boolean","attribute":"recall","condition":true}`, str("cellLocation", "STARTSWITH", "B-1"))), 200, expectPrisoners("AA0001A")),
		ps("attribute search with OR and IS_NOT", "POST", "/attribute-search", search(
			`{"joinType":"OR","matchers":[`+str("prisonId", "IS", "PNT")+`,`+str("prisonId", "IS", "WWI")+`]}`+`,`+
				and(str("lastName", "IS_NOT", "O'Connor"))), 200, expectPrisoners("A2345BC")),
		ps("attribute search on an unknown attribute", "POST", "/attribute-search",
			search(and(str("shoeColour", "IS", "red"))), 400, nil),
	}
	for i := range calls {
		// Query.matchers is a oneOf of matcher schemas that do not exclude
		// each other (a StringMatcher also satisfies DateMatcher), so no
		// real request validates against it.
		calls[i].skipRequestCheck = "ambiguous matcher oneOf in the spec"
	}
	return calls
}

func probationSearchCalls() []call {
	pos := func(name, body string, status int, check func(*testing.T, []byte)) call {
		return call{name: "probation-search/" + name, spec: probationSearchSpec, method: "POST", path: "/search", body: body, status: status, check: check}
	}
	return []call{
		pos("seed person by CRN", `{"crn":"X00001"}`, 200, func(t *testing.T, b []byte) {
			got := decode[[]posOffenderDetail](t, b)
			require.Len(t, got, 1)
			o := got[0]
			assert.Equal(t, []string{"X00001", "A1234AA", "2008/0545166T", "SF80/655108T", "Arthur", "Morgan", "1979-06-14"},
				[]string{o.OtherIDs.CRN, o.OtherIDs.NomsNumber, o.OtherIDs.PNCNumber, o.OtherIDs.CRONumber, o.FirstName, o.Surname, o.DateOfBirth})
			assert.True(t, o.ActiveProbationManagedSentence)
			assert.Equal(t, 46, o.Age)
			assert.False(t, o.CurrentRestriction)
		}),
		pos("seed person by NOMS number", `{"nomsNumber":"a1234aa"}`, 200, expectCases("X00001")),
		pos("seed person by recorded PNC", `{"pncNumber":"2008/0545166T"}`, 200, expectCases("X00001")),
		pos("seed person by long canonical PNC", `{"pncNumber":"2008/545166T"}`, 200, expectCases("X00001")),
		pos("seed person by short PNC", `{"pncNumber":"08/545166T"}`, 200, expectCases("X00001")),
		pos("probation-only person by name", `{"firstName":"sarah","surname":"JENKINS","dateOfBirth":"1990-02-28"}`, 200, expectCases("X00002")),
		pos("by alias", `{"firstName":"Arty","surname":"Morgan","includeAliases":true}`, 200, expectCases("X00001")),
		pos("aliases only when asked", `{"firstName":"Arty","surname":"Morgan","includeAliases":false}`, 200, expectCases()),
		pos("prison-only person is not on probation", `{"nomsNumber":"G8133UA"}`, 200, expectCases()),
		pos("limited access offender", `{"crn":"X00007"}`, 200, func(t *testing.T, b []byte) {
			got := decode[[]posOffenderDetail](t, b)
			require.Len(t, got, 1)
			assert.True(t, got[0].CurrentRestriction)
			assert.NotEmpty(t, got[0].RestrictionMessage)
		}),
		pos("surname shared by prison and probation", `{"surname":"Bloggs"}`, 200, expectCases("X00003")),
		pos("no criteria", `{"includeAliases":true}`, 400, nil),
		{name: "probation-search/bad date", spec: probationSearchSpec, method: "POST", path: "/search",
			body: `{"dateOfBirth":"14/06/1979"}`, skipRequestCheck: "deliberately invalid", status: 400},
		{name: "probation-search/no token", spec: probationSearchSpec, method: "POST", path: "/search",
			body: `{"crn":"X00001"}`, noAuth: true, status: 401},
	}
}

func ndeliusCalls() []call {
	nd := func(name, body string, status int, check func(*testing.T, []byte)) call {
		return call{name: "ndelius/" + name, spec: ndeliusSpec, method: "POST", path: "/search/probation-cases", body: body, status: status, check: check}
	}
	ids := func(want ...string) func(*testing.T, []byte) {
		return func(t *testing.T, b []byte) {
			got := []string{}
			for _, c := range decode[[]ndProbationCaseDetail](t, b) {
				got = append(got, c.OtherIDs.CRN+"/"+c.OtherIDs.NomsNumber)
			}
			assert.Equal(t, append([]string{}, want...), got)
		}
	}
	return []call{
		nd("seed person by CRN", `{"crn":"X00001"}`, 200, ids("X00001/A1234AA")),
		nd("case-notes person by NOMS number", `{"nomsNumber":"A4578BX"}`, 200, ids("X00004/A4578BX")),
		nd("legacy prisoner number", `{"nomsNumber":"AA0001A"}`, 200, ids("X00005/AA0001A")),
		nd("probation-only person", `{"crn":"X00002"}`, 200, ids("X00002/")),
		nd("prison-only person", `{"nomsNumber":"G8133UA"}`, 200, ids()),
		nd("limited access offender", `{"crn":"X00007"}`, 200, func(t *testing.T, b []byte) {
			got := decode[[]ndProbationCaseDetail](t, b)
			require.Len(t, got, 1)
			assert.True(t, got[0].CurrentRestriction)
		}),
		nd("no criteria", `{}`, 400, nil),
	}
}

func TestHealthAndUnknownRoutes(t *testing.T) {
	srv := httptest.NewServer(New(DefaultWorld()))
	t.Cleanup(srv.Close)

	resp, err := http.Get(srv.URL + "/health/ping")
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.JSONEq(t, `{"status":"UP"}`, string(body))

	resp, err = http.Get(srv.URL + "/no/such/thing")
	require.NoError(t, err)
	_ = resp.Body.Close()
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
}

func TestTokenEndpoint(t *testing.T) {
	srv := httptest.NewServer(New(DefaultWorld(), WithClock(func() time.Time { return testNow })))
	t.Cleanup(srv.Close)
	post := func(query string, form url.Values, user, pass string) (*http.Response, oauthTokenResponse) {
		req, err := http.NewRequest(http.MethodPost, srv.URL+"/auth/oauth/token"+query, strings.NewReader(form.Encode()))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if user != "" {
			req.SetBasicAuth(user, pass)
		}
		resp, err := srv.Client().Do(req)
		require.NoError(t, err)
		defer func() { _ = resp.Body.Close() }()
		var tok oauthTokenResponse
		_ = json.NewDecoder(resp.Body).Decode(&tok)
		return resp, tok
	}

	resp, tok := post("?grant_type=client_credentials", nil, "hmpps-integration-api", "secret")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "bearer", tok.TokenType)
	assert.Equal(t, 1199, tok.ExpiresIn)
	assert.Equal(t, "hmpps-integration-api", tok.Sub)
	assert.Equal(t, "none", tok.AuthSource)
	assert.NotEmpty(t, tok.JTI)
	assert.True(t, strings.HasSuffix(tok.Iss, "/auth/issuer"))
	claims := jwtClaims(t, tok.AccessToken)
	assert.Equal(t, "hmpps-integration-api", claims["sub"])
	assert.Equal(t, float64(testNow.Unix()+1199), claims["exp"])

	_, again := post("?grant_type=client_credentials", nil, "hmpps-integration-api", "secret")
	assert.NotEqual(t, tok.JTI, again.JTI, "each token has its own jti")

	resp, tok = post("", url.Values{"grant_type": {"client_credentials"}, "client_id": {"other"}, "client_secret": {"x"}}, "", "")
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "other", tok.Sub)

	resp, _ = post("?grant_type=client_credentials", nil, "", "")
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)
	resp, _ = post("?grant_type=password", nil, "client", "secret")
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
}

func TestRequestLogging(t *testing.T) {
	var buf syncBuffer
	logger := slog.New(slog.NewJSONHandler(&buf, nil))
	srv := httptest.NewServer(New(DefaultWorld(), WithLogger(logger)))
	t.Cleanup(srv.Close)

	resp, err := http.Get(srv.URL + "/prisoner/A1234AA") // no token: 401
	require.NoError(t, err)
	_ = resp.Body.Close()

	var entry map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &entry))
	assert.Equal(t, "GET", entry["method"])
	assert.Equal(t, "/prisoner/A1234AA", entry["path"])
	assert.Equal(t, float64(401), entry["status"])
}

func TestPNCForms(t *testing.T) {
	for _, pair := range [][2]string{
		{"2008/0545166T", "2008/545166T"}, {"2008/0545166T", "08/545166T"},
		{"14/120018R", "2014/0120018r"}, {"79/1234A", "1979/0001234A"},
	} {
		assert.True(t, samePNC(pair[0], pair[1]), "%s = %s", pair[0], pair[1])
	}
	assert.False(t, samePNC("2008/0545166T", "2008/0545166U"))
	assert.False(t, samePNC("2008/0545166T", "1908/0545166T"))
	_, ok := parsePNC("SF80/655108T")
	assert.False(t, ok, "a CRO number is not a PNC")
}

// --- helpers ---

func fetchToken(t *testing.T, base string) string {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, base+"/auth/oauth/token?grant_type=client_credentials", nil)
	require.NoError(t, err)
	req.SetBasicAuth("hmpps-integration-api", "clientsecret")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer func() { _ = resp.Body.Close() }()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var tok oauthTokenResponse
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&tok))
	return tok.AccessToken
}

func jwtClaims(t *testing.T, token string) map[string]any {
	t.Helper()
	parts := strings.Split(token, ".")
	require.Len(t, parts, 3, "a JWT has three parts")
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	require.NoError(t, err)
	var claims map[string]any
	require.NoError(t, json.Unmarshal(payload, &claims))
	return claims
}

func decode[T any](t *testing.T, body []byte) T {
	t.Helper()
	var v T
	require.NoError(t, json.Unmarshal(body, &v), "body: %s", body)
	return v
}

// expectPrisoners checks a prisoner-search page's prisoner numbers, in order.
func expectPrisoners(want ...string) func(*testing.T, []byte) {
	return func(t *testing.T, b []byte) {
		got := []string{}
		for _, p := range decode[springPage[psPrisoner]](t, b).Content {
			got = append(got, p.PrisonerNumber)
		}
		assert.Equal(t, append([]string{}, want...), got)
	}
}

// expectCases checks a probation search result's CRNs, in order.
func expectCases(want ...string) func(*testing.T, []byte) {
	return func(t *testing.T, b []byte) {
		got := []string{}
		for _, o := range decode[[]posOffenderDetail](t, b) {
			got = append(got, o.OtherIDs.CRN)
		}
		assert.Equal(t, append([]string{}, want...), got)
	}
}

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bytes.Clone(b.buf.Bytes())
}

// --- spec validation ---

var (
	specsMu sync.Mutex
	specs   = map[string]*openapi3.T{}
)

// loadSpec loads a real upstream spec once. The specs are OpenAPI 3.1, which
// kin-openapi reads natively (type: [x, "null"] included); they are not
// strictly valid (e.g. example values), so doc.Validate is never called.
func loadSpec(t *testing.T, name string) *openapi3.T {
	t.Helper()
	specsMu.Lock()
	defer specsMu.Unlock()
	if doc, ok := specs[name]; ok {
		return doc
	}
	path := filepath.Join(specDir, name)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("upstream spec %s not found (expected the shared specs at %s relative to this package): %v", name, specDir, err)
	}
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = true
	doc, err := loader.LoadFromFile(path)
	require.NoError(t, err, "loading %s", name)
	doc.Servers = nil
	if name == arnsSpec {
		retypeARNSDates(doc)
	}
	if name == prisonAPISpec {
		sentencesAndOffencesAsList(doc)
	}
	specs[name] = doc
	return doc
}

// validateAgainstSpec checks the request (unless deliberately bad) and the
// response against the upstream's operation.
func validateAgainstSpec(t *testing.T, doc *openapi3.T, c call, resp *http.Response, body []byte) {
	t.Helper()
	ctx := context.Background()
	req, err := http.NewRequest(c.method, "http://upstream"+c.path, strings.NewReader(c.body))
	require.NoError(t, err)
	if c.body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	route, params := findRoute(t, doc, req)
	reqInput := &openapi3filter.RequestValidationInput{
		Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc},
	}
	if c.skipRequestCheck == "" && !c.noAuth && resp.StatusCode < 400 {
		require.NoError(t, openapi3filter.ValidateRequest(ctx, reqInput), "our request does not match the spec")
	}

	if route.Operation.Responses.Status(resp.StatusCode) == nil && route.Operation.Responses.Default() == nil {
		// The spec does not document this status (e.g. 404 on GET
		// /prisoner/{id}); check the body against the upstream's own error
		// schema instead.
		validateUndeclaredError(t, doc, resp.StatusCode, body)
		return
	}
	err = openapi3filter.ValidateResponse(ctx, &openapi3filter.ResponseValidationInput{
		RequestValidationInput: reqInput,
		Status:                 resp.StatusCode,
		Header:                 resp.Header,
		Body:                   io.NopCloser(bytes.NewReader(body)),
		Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	})
	require.NoError(t, err, "response does not match %s %s in the spec\nbody: %s", c.method, route.Path, body)
}

func validateUndeclaredError(t *testing.T, doc *openapi3.T, status int, body []byte) {
	t.Helper()
	var v map[string]any
	require.NoError(t, json.Unmarshal(body, &v), "error bodies are JSON: %s", body)
	assert.Equal(t, float64(status), v["status"], "error body carries the status")
	schema := doc.Components.Schemas["ErrorResponse"]
	if schema == nil {
		return // the spec has no error schema (nDelius, probation search)
	}
	opts := []openapi3.SchemaValidationOption{openapi3.MultiErrors()}
	if doc.IsOpenAPI31OrLater() {
		opts = append(opts, openapi3.EnableJSONSchema2020())
	}
	require.NoError(t, schema.Value.VisitJSON(v, opts...), "error body does not match ErrorResponse: %s", body)
}

// findRoute matches a request to the spec's operation. kin-openapi's routers
// do not fit here: gorillamux needs a module this repo does not have, and
// the legacy router validates the whole spec, which these real specs fail.
// Literal segments beat parameters, as in Spring.
func findRoute(t *testing.T, doc *openapi3.T, req *http.Request) (*routers.Route, map[string]string) {
	t.Helper()
	segs := strings.Split(strings.Trim(req.URL.EscapedPath(), "/"), "/")
	var best *routers.Route
	var bestParams map[string]string
	bestLiterals := -1
	for tmpl, item := range doc.Paths.Map() {
		op := item.GetOperation(req.Method)
		tsegs := strings.Split(strings.Trim(tmpl, "/"), "/")
		if op == nil || len(tsegs) != len(segs) {
			continue
		}
		params, literals, ok := map[string]string{}, 0, true
		for i, ts := range tsegs {
			if strings.HasPrefix(ts, "{") && strings.HasSuffix(ts, "}") {
				v, err := url.PathUnescape(segs[i])
				require.NoError(t, err)
				params[ts[1:len(ts)-1]] = v
				continue
			}
			if ts != segs[i] {
				ok = false
				break
			}
			literals++
		}
		if ok && literals > bestLiterals {
			best = &routers.Route{Spec: doc, Path: tmpl, PathItem: item, Method: req.Method, Operation: op}
			bestParams, bestLiterals = params, literals
		}
	}
	require.NotNil(t, best, "no operation for %s %s in the spec", req.Method, req.URL.Path)
	return best, bestParams
}
