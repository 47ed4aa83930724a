package access_test

import (
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/access"
	coreaccess "github.com/ministryofjustice/hmpps-backbone/core/access"
)

const testFile = `
consumers:
  full-access:
    include: ["/v1/**"]
  mdi-only:
    include: ["/v1/**"]
    filters: {prisons: [MDI]}
  no-prisons:
    include: ["/v1/**"]
    filters: {prisons: []}
  reference-only:
    include: ["/v1/hmpps/reference-data"]
  limited:
    include: ["/v1/hmpps/reference-data"]
    rateLimit: {perSecond: 1, burst: 2}
  operator:
    roles: [queue-admin]
roles:
  queue-admin:
    include: ["/queue-admin/**"]
`

// reached records what a request looked like when it got past the middleware.
type reached struct {
	called  bool
	filters coreaccess.Filters
}

type fixture struct {
	handler http.Handler
	last    *reached
	clock   *fakeClock
}

func newFixture(t testing.TB, mode access.Mode) *fixture {
	t.Helper()
	ops, err := access.Operations()
	require.NoError(t, err)
	policy, err := access.Parse([]byte(testFile), ops)
	require.NoError(t, err)
	clock := &fakeClock{now: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)}
	mw, err := access.Middleware(access.Options{Policy: policy, Mode: mode, Now: clock.Now})
	require.NoError(t, err)
	f := &fixture{clock: clock, last: &reached{}}
	f.handler = mw(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		*f.last = reached{called: true, filters: coreaccess.FiltersFrom(r.Context())}
		w.WriteHeader(http.StatusTeapot)
	}))
	return f
}

func (f *fixture) get(method, path string, header map[string]string) (*httptest.ResponseRecorder, map[string]any) {
	*f.last = reached{}
	req := httptest.NewRequest(method, path, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	f.handler.ServeHTTP(rec, req)
	var body map[string]any
	_ = json.Unmarshal(rec.Body.Bytes(), &body)
	return rec, body
}

func as(consumer string) map[string]string {
	return map[string]string{access.DNHeader: "C=GB,ST=London,L=London,O=Home Office,CN=" + consumer}
}

type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestMiddlewareOutcomes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		method      string
		path        string
		header      map[string]string
		wantStatus  int
		wantMessage string
	}{
		{"no header", "GET", "/v1/persons/A1234AA/name", nil, 403, "No subject-distinguished-name header provided for authorisation"},
		{"header without a CN", "GET", "/v1/persons/A1234AA/name", map[string]string{access.DNHeader: "O=Home Office"}, 403,
			"No subject-distinguished-name header provided for authorisation"},
		{"unknown consumer", "GET", "/v1/persons/A1234AA/name", as("stranger"), 403, "Unable to authorise /v1/persons/A1234AA/name for stranger"},
		{"path not granted", "GET", "/v1/persons/A1234AA/name", as("reference-only"), 403, "Unable to authorise /v1/persons/A1234AA/name for reference-only"},
		{"encoded id is the caller's own path", "GET", "/v1/persons/2008%2F0545166T", as("reference-only"), 403,
			"Unable to authorise /v1/persons/2008%2F0545166T for reference-only"},
		{"granted", "GET", "/v1/persons/A1234AA/name", as("full-access"), 418, ""},
		{"granted with an encoded id", "GET", "/v1/persons/2008%2F0545166T", as("full-access"), 418, ""},
		{"granted to a reference-only consumer", "GET", "/v1/hmpps/reference-data", as("reference-only"), 418, ""},
		{"queue admin without the role", "PUT", "/queue-admin/retry-all-dlqs", as("full-access"), 403,
			"Unable to authorise /queue-admin/retry-all-dlqs for full-access"},
		{"queue admin with the role", "PUT", "/queue-admin/retry-all-dlqs", as("operator"), 418, ""},
		{"prison outside the filter", "GET", "/v1/prison/MKI/prisoners/A1234AA/balances", as("mdi-only"), 404,
			"Could not find person with HMPPS id: A1234AA."},
		{"visit search outside the filter", "GET", "/v1/prison/MKI/visit/search?visitStatus=BOOKED", as("mdi-only"), 404,
			"Could not find prison with id: MKI."},
		{"prison inside the filter", "GET", "/v1/prison/MDI/prisoners/A1234AA/balances", as("mdi-only"), 418, ""},
		{"prisoner search with no prisons", "GET", "/v1/prison/prisoners?first_name=A", as("no-prisons"), 403,
			"Consumer configured with no access to any prisons"},
		{"prisoner search with some prisons", "GET", "/v1/prison/prisoners?first_name=A", as("mdi-only"), 418, ""},
		{"health needs no identity", "GET", "/health/readiness", nil, 418, ""},
		{"info needs no identity", "GET", "/info", nil, 418, ""},
		{"unknown paths are the router's business", "GET", "/v1/nothing-here", nil, 418, ""},
	}
	f := newFixture(t, access.HeaderMode)
	for _, tt := range tests {
		rec, body := f.get(tt.method, tt.path, tt.header)
		assert.Equal(t, tt.wantStatus, rec.Code, tt.name)
		if tt.wantStatus == 418 {
			assert.True(t, f.last.called, tt.name)
			continue
		}
		assert.False(t, f.last.called, "%s: the handler must not run", tt.name)
		assert.Equal(t, map[string]any{
			"status": float64(tt.wantStatus), "errorCode": nil, "moreInfo": nil,
			"userMessage": body["userMessage"], "developerMessage": tt.wantMessage,
		}, body, tt.name)
		if tt.wantStatus == 403 {
			assert.Equal(t, tt.wantMessage, body["userMessage"], tt.name)
		}
	}
}

func TestMiddlewareAttachesTheConsumersFilters(t *testing.T) {
	t.Parallel()
	f := newFixture(t, access.HeaderMode)
	f.get("GET", "/v1/persons/A1234AA/name", as("mdi-only"))
	require.True(t, f.last.called)
	assert.Equal(t, []string{"MDI"}, f.last.filters.Prisons)

	f.get("GET", "/v1/persons/A1234AA/name", as("full-access"))
	require.True(t, f.last.called)
	assert.False(t, f.last.filters.HasPrisonFilter())
}

func TestMiddlewareRateLimitsPerConsumer(t *testing.T) {
	t.Parallel()
	f := newFixture(t, access.HeaderMode)
	call := func(who string) *httptest.ResponseRecorder {
		rec, _ := f.get("GET", "/v1/hmpps/reference-data", as(who))
		return rec
	}
	assert.Equal(t, 418, call("limited").Code)
	assert.Equal(t, 418, call("limited").Code) // the burst
	rec := call("limited")
	assert.Equal(t, http.StatusTooManyRequests, rec.Code)
	assert.Equal(t, "1", rec.Header().Get("Retry-After"))
	assert.Equal(t, 418, call("reference-only").Code, "other consumers are not limited by it")

	f.clock.Advance(time.Second)
	assert.Equal(t, 418, call("limited").Code, "a token refills each second")
	assert.Equal(t, http.StatusTooManyRequests, call("limited").Code)
}

func TestMTLSModeTakesTheVerifiedCertificateAndIgnoresTheHeader(t *testing.T) {
	t.Parallel()
	f := newFixture(t, access.MTLSMode)
	verified := func(cn string) *tls.ConnectionState {
		return &tls.ConnectionState{VerifiedChains: [][]*x509.Certificate{{{Subject: pkix.Name{CommonName: cn}}}}}
	}
	tests := []struct {
		name   string
		tls    *tls.ConnectionState
		header map[string]string
		want   int
	}{
		{"verified certificate", verified("full-access"), nil, 418},
		{"verified certificate of a consumer without the path", verified("reference-only"), as("full-access"), 403},
		{"header alone is not an identity", nil, as("full-access"), 403},
		{"TLS without a client certificate", &tls.ConnectionState{}, as("full-access"), 403},
	}
	for _, tt := range tests {
		req := httptest.NewRequest(http.MethodGet, "/v1/persons/A1234AA/name", nil)
		for k, v := range tt.header {
			req.Header.Set(k, v)
		}
		req.TLS = tt.tls
		rec := httptest.NewRecorder()
		f.handler.ServeHTTP(rec, req)
		assert.Equal(t, tt.want, rec.Code, tt.name)
	}
	rec, body := f.get("GET", "/v1/persons/A1234AA/name", nil)
	assert.Equal(t, 403, rec.Code)
	assert.Equal(t, "No verified client certificate provided for authorisation", body["developerMessage"])
}

func TestMiddlewareNeedsAPolicyAndAMode(t *testing.T) {
	t.Parallel()
	_, err := access.Middleware(access.Options{Mode: access.HeaderMode})
	assert.Error(t, err)
	ops, err := access.Operations()
	require.NoError(t, err)
	policy, err := access.Parse([]byte(testFile), ops)
	require.NoError(t, err)
	_, err = access.Middleware(access.Options{Policy: policy, Mode: "gateway"})
	assert.ErrorContains(t, err, `identity mode "gateway"`)
}

// FuzzMiddleware: whatever identity header and path a caller sends, access
// control answers in the error shape or lets the request through; never a
// panic or a 5xx.
func FuzzMiddleware(f *testing.F) {
	for _, seed := range [][2]string{
		{"C=GB,O=Home Office,CN=full-access", "/v1/persons/A1234AA/name"},
		{"O=x,CN=mdi-only", "/v1/prison/MKI/prisoners/A1234AA/balances"},
		{"O=x,CN=no-prisons", "/v1/prison/prisoners"},
		{"O=x,CN=operator", "/queue-admin/retry-dlq/%2F..%2F"},
		{"", "/v1/persons/2008%2F0545166T"},
		{`O=a\,CN=b,CN=\`, "/health"},
		{"O=x,CN=limited", "/v1/hmpps/reference-data?x=%zz"},
	} {
		f.Add(seed[0], seed[1])
	}
	fx := newFixture(f, access.HeaderMode)
	f.Fuzz(func(t *testing.T, dn, path string) {
		req, err := http.NewRequest(http.MethodGet, "http://service"+path, nil)
		if err != nil || req.URL.Host != "service" {
			return
		}
		req.Header.Set(access.DNHeader, dn)
		rec := httptest.NewRecorder()
		fx.handler.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%q %q: status %d", dn, path, rec.Code)
		}
	})
}
