package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/access"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/openapi"
)

// Component tests of Integration API access control: the wired service, the
// consumers of testdata/authorisation.yaml (or the shipped sample), and every
// operation of the spec.

// dnOf is the subject DN a gateway forwards for a consumer's certificate.
func dnOf(consumer string) string {
	return "C=GB,ST=London,L=London,O=Home Office,CN=" + consumer
}

func identity(consumer string) map[string]string {
	return map[string]string{access.DNHeader: dnOf(consumer)}
}

// noIdentity overrides the default full-access header with an empty one.
var noIdentity = map[string]string{access.DNHeader: ""}

// pathValues fills each path parameter of the spec with a seed value. A new
// parameter name fails the matrix until it is given one here.
var pathValues = map[string]string{
	"hmppsId":         "A1234AA",
	"encodedHmppsId":  "2008%2F0545166T",
	"prisonId":        "MDI",
	"jobid":           "1",
	"dlqName":         "hmpps-domain-events-dlq",
	"queueName":       "hmpps-domain-events",
	"visitReference":  "ab-cd-ef-gh",
	"clientUniqueRef": "CLIENT-REF-1",
	"accountCode":     "spends",
	"contactId":       "1234567",
	"id":              "1",
	"nomisNumber":     "A1234AA",
	"eventNumber":     "1",
}

// concretePath builds a request path from the template, with prisonId set
// to prison.
func (op specOperation) concretePath(t *testing.T, prison string) string {
	t.Helper()
	return regexp.MustCompile(`\{[^}]+\}`).ReplaceAllStringFunc(op.template, func(p string) string {
		name := p[1 : len(p)-1]
		if name == "prisonId" {
			return prison
		}
		v, ok := pathValues[name]
		require.True(t, ok, "no seed value for path parameter %s of %s", name, op.template)
		return v
	})
}

func integrationSpecOperations(t *testing.T) []specOperation {
	t.Helper()
	ops := specOperations(t, openapi.IntegrationAPI)
	require.GreaterOrEqual(t, len(ops), 57, "the seed's 57 operations and more")
	return ops
}

func isPublicOperation(template string) bool {
	return template == "/health" || strings.HasPrefix(template, "/health/") || template == "/info"
}

// TestAccessMatrixOverEveryIntegrationOperation asks every operation of the
// Integration API spec as each kind of caller, and checks the outcome.
func TestAccessMatrixOverEveryIntegrationOperation(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	for _, op := range integrationSpecOperations(t) {
		t.Run(op.method+" "+op.template, func(t *testing.T) {
			t.Parallel()
			path := op.concretePath(t, "MDI")
			if isPublicOperation(op.template) {
				status, _, _ := s.do(t, op.method, path, "", noIdentity)
				assert.Contains(t, []int{http.StatusOK, http.StatusServiceUnavailable}, status, "needs no identity")
				return
			}

			denied := func(who string, header map[string]string, wantMessage string) {
				t.Helper()
				status, _, body := s.do(t, op.method, path, "", header)
				require.Equal(t, http.StatusForbidden, status, "%s: %v", who, body)
				assert.Equal(t, wantMessage, body["developerMessage"], who)
				assert.Equal(t, wantMessage, body["userMessage"], who)
			}
			denied("no identity", noIdentity, "No subject-distinguished-name header provided for authorisation")
			denied("unknown consumer", identity("stranger"), "Unable to authorise "+path+" for stranger")

			outsider, insider := "reference-only", "full-access"
			switch {
			case op.template == "/v1/hmpps/reference-data":
				outsider = "queue-admin"
			case strings.HasPrefix(op.template, "/queue-admin/"):
				outsider, insider = "full-access", "queue-admin" // /v1/** never reaches queue admin
			}
			denied("consumer without the path", identity(outsider), "Unable to authorise "+path+" for "+outsider)

			// Granted: whatever the handler answers (unbuilt operations say
			// 501, bodiless writes 400), access control has let it through.
			status := statusOf(t, s.raw, op.method, s.url+path, identity(insider))
			assert.NotContains(t, []int{http.StatusUnauthorized, http.StatusForbidden}, status, "as %s", insider)

			if op.hasPrisonID() {
				status, _, body := s.do(t, op.method, op.concretePath(t, "MKI"), "", identity("mdi-only"))
				require.Equal(t, http.StatusNotFound, status, "prison outside the filter: %v", body)
				status = statusOf(t, s.raw, op.method, s.url+path, identity("mdi-only"))
				assert.NotEqual(t, http.StatusForbidden, status, "prison inside the filter")
			}
			if op.template == "/v1/prison/prisoners" {
				denied("consumer with no prisons", identity("no-prisons"), "Consumer configured with no access to any prisons")
			}
		})
	}
}

// TestShippedAuthorisationFile is the issue's walkthrough against the sample
// file that `make run` loads.
func TestShippedAuthorisationFile(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, map[string]string{"AUTHORISATION_FILE": "config/authorisation.yaml"})
	tests := []struct {
		consumer, method, path string
		want                   int
	}{
		{"full-access", "GET", "/v1/persons/A1234AA/name", 200},
		{"reference-only", "GET", "/v1/persons/A1234AA/name", 403},
		{"private-prison", "GET", "/v1/prison/prisoners/A1234AA", 200},
		{"private-prison", "GET", "/v1/persons/A1234AA/name", 200},
		{"private-prison", "GET", "/v1/prison/MKI/prisoners/A1234AA/balances", 404},
		{"private-prison", "GET", "/v1/persons/A1234AA/alerts", 403},
		{"full-access", "PUT", "/queue-admin/retry-all-dlqs", 403},
		{"kubernetes-health-check-client", "GET", "/health/ping", 200},
		{"", "GET", "/health/liveness", 200},
		{"", "GET", "/v1/persons/A1234AA/name", 403},
	}
	for _, tt := range tests {
		header := noIdentity
		if tt.consumer != "" {
			header = identity(tt.consumer)
		}
		status, _, body := s.do(t, tt.method, tt.path, "", header)
		assert.Equal(t, tt.want, status, "%s %s as %q: %v", tt.method, tt.path, tt.consumer, body)
	}
	// reference-data may not be built yet; access control must let it through.
	assert.NotEqual(t, http.StatusForbidden, statusOf(t, s.raw, "GET", s.url+"/v1/hmpps/reference-data", identity("reference-only")))
}

func TestRateLimitedConsumerGets429WithRetryAfter(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	// limited may make one request, then refills one per 1000 s.
	assert.NotEqual(t, http.StatusTooManyRequests, statusOf(t, s.raw, "GET", s.url+"/v1/hmpps/reference-data", identity("limited")))
	status, header, body := s.do(t, "GET", "/v1/hmpps/reference-data", "", identity("limited"))
	require.Equal(t, http.StatusTooManyRequests, status)
	assert.Equal(t, "1000", header.Get("Retry-After"))
	assert.Equal(t, float64(429), body["status"])
}

func TestServiceRefusesToStartWithAnInvalidAuthorisationFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	tests := map[string]struct{ file, want string }{
		"unknown role":       {"consumers:\n  a: {roles: [ghost]}\n", `role "ghost" is not defined under roles`},
		"no such operation":  {"consumers:\n  a: {include: [\"/v1/persons/{hmppsId}/nickname\"]}\n", "matches no operation"},
		"duplicate consumer": {"consumers:\n  a: {}\n  a: {}\n", `mapping key "a" already defined`},
		"unknown redaction policy": {"roles:\n  r: {redactionPolicies: [lao-redaction]}\n",
			`role "r": redaction policy "lao-redaction" is neither built in nor defined under redactionPolicies`},
	}
	for name, tt := range tests {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".yaml")
		require.NoError(t, os.WriteFile(path, []byte(tt.file), 0o600))
		_, err := integrationAccess(config{AuthorisationFile: path, IdentityMode: "header"}, nil, http.DefaultClient)
		require.Error(t, err, name)
		assert.Contains(t, err.Error(), path, name)
		assert.Contains(t, err.Error(), tt.want, name)
	}
}

func TestIdentityModeConfiguration(t *testing.T) {
	t.Parallel()
	for env, want := range map[string]string{
		"IDENTITY_MODE=gateway": `IDENTITY_MODE="gateway": want header or mtls`,
		"IDENTITY_MODE=mtls":    "IDENTITY_MODE=mtls needs TLS_CERT_FILE, TLS_KEY_FILE and TLS_CLIENT_CA_FILE",
	} {
		key, value, _ := strings.Cut(env, "=")
		_, err := loadConfig(func(k string) string { return map[string]string{key: value}[k] })
		require.Error(t, err, env)
		assert.Contains(t, err.Error(), want, env)
	}
}

// TestMTLSModeIdentifiesConsumersByTheirVerifiedCertificate runs the service
// terminating TLS itself, with certificates made here.
func TestMTLSModeIdentifiesConsumersByTheirVerifiedCertificate(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ca := newTestCA(t, "HMPPS test CA")
	wrongCA := newTestCA(t, "Someone else's CA")
	serverCert, serverKey := ca.issue(t, "localhost", true)
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, data, 0o600))
		return path
	}
	s := startService(t, store.SQLite, map[string]string{
		"IDENTITY_MODE":      "mtls",
		"TLS_CERT_FILE":      write("server.pem", serverCert),
		"TLS_KEY_FILE":       write("server-key.pem", serverKey),
		"TLS_CLIENT_CA_FILE": write("ca.pem", ca.certPEM),
	})
	require.True(t, strings.HasPrefix(s.url, "https://"), s.url)

	client := func(issuer *testCA, cn string) *http.Client {
		cfg := &tls.Config{RootCAs: ca.pool(), MinVersion: tls.VersionTLS12}
		if issuer != nil {
			certPEM, keyPEM := issuer.issue(t, cn, false)
			cert, err := tls.X509KeyPair(certPEM, keyPEM)
			require.NoError(t, err)
			// Always present it: Go's default would quietly withhold a
			// certificate the server's CA list does not name.
			cfg.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &cert, nil }
		}
		return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}, Timeout: 10 * time.Second}
	}
	name := s.url + "/v1/persons/A1234AA/name"

	status, _, body := doWith(t, client(ca, "full-access"), "GET", name, "", nil)
	assert.Equal(t, http.StatusOK, status, "valid certificate: %v", body)

	// The header a client sends is ignored: the certificate says who it is.
	status, _, body = doWith(t, client(ca, "reference-only"), "GET", name, "", identity("full-access"))
	assert.Equal(t, http.StatusForbidden, status)
	assert.Equal(t, "Unable to authorise /v1/persons/A1234AA/name for reference-only", body["developerMessage"])

	// No certificate: the handshake succeeds (health, /api have none) but /v1 is refused.
	status, _, body = doWith(t, client(nil, ""), "GET", name, "", identity("full-access"))
	assert.Equal(t, http.StatusForbidden, status)
	assert.Equal(t, "No verified client certificate provided for authorisation", body["developerMessage"])
	status, _, _ = doWith(t, client(nil, ""), "GET", s.url+"/health/ping", "", nil)
	assert.Equal(t, http.StatusOK, status)

	// A certificate from another CA fails the handshake itself.
	req, err := http.NewRequest(http.MethodGet, name, nil)
	require.NoError(t, err)
	resp, err := client(wrongCA, "full-access").Do(req)
	if err == nil {
		_ = resp.Body.Close()
	}
	require.Error(t, err, "a certificate from the wrong CA must not connect")
}

type testCA struct {
	cert    *x509.Certificate
	key     *ecdsa.PrivateKey
	certPEM []byte
}

func newTestCA(t *testing.T, name string) *testCA {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(time.Now().UnixNano()),
		Subject:               pkix.Name{CommonName: name},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		KeyUsage:              x509.KeyUsageCertSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	cert, err := x509.ParseCertificate(der)
	require.NoError(t, err)
	return &testCA{cert: cert, key: key, certPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})}
}

func (ca *testCA) pool() *x509.CertPool {
	pool := x509.NewCertPool()
	pool.AddCert(ca.cert)
	return pool
}

// issue makes a leaf certificate: a server's for localhost/127.0.0.1, or a
// client's with the consumer as CN.
func (ca *testCA) issue(t *testing.T, cn string, server bool) (certPEM, keyPEM []byte) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()),
		Subject:      pkix.Name{Country: []string{"GB"}, Organization: []string{"Home Office"}, CommonName: cn},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
	}
	if server {
		tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}
		tmpl.DNSNames = []string{"localhost"}
		tmpl.IPAddresses = []net.IP{net.ParseIP("127.0.0.1")}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &key.PublicKey, ca.key)
	require.NoError(t, err)
	keyDER, err := x509.MarshalECPrivateKey(key)
	require.NoError(t, err)
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER})
}

// statusOf makes a request and returns only the status: for answers outside
// the spec (501s) or of any body shape.
func statusOf(t *testing.T, c *http.Client, method, url string, header map[string]string) int {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	require.NoError(t, err)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := c.Do(req)
	require.NoError(t, err)
	_, _ = io.Copy(io.Discard, resp.Body)
	_ = resp.Body.Close()
	return resp.StatusCode
}
