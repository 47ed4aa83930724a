package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store/storetest"
	"github.com/ministryofjustice/hmpps-backbone/adapters/tokens"
	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
)

// signingKeyFile writes a fresh OAuth signing key for one test service, so no
// test writes a development key into the source tree.
func signingKeyFile(t *testing.T) string {
	t.Helper()
	key, err := tokens.GenerateSigningKey()
	require.NoError(t, err)
	data, err := key.MarshalPEM()
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "oauth-signing-key.pem")
	require.NoError(t, os.WriteFile(path, data, 0o600))
	return path
}

// fullAccessToken is the bearer token startService sends by default: the
// owner-less frontend's, as `hmpps token` would print it.
func fullAccessToken(t *testing.T, cfg config) string {
	t.Helper()
	key, err := tokens.LoadSigningKey(cfg.OAuthSigningKeyFile)
	require.NoError(t, err)
	tok, err := tokens.NewSigner(key, tokenSettings(cfg)).Sign(context.Background(), oauth.Client{ID: "frontend"}, []string{"read", "write"}, time.Now())
	require.NoError(t, err)
	return tok.Value
}

func TestMovesAPINeedsABearerToken(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	notAuthorized := map[string]any{"errors": []any{map[string]any{"title": "Not authorized", "detail": "Token expired or invalid"}}}

	for name, auth := range map[string]string{"no token": "", "junk token": "Bearer junk", "someone else's key": "Bearer " + fullAccessToken(t, config{
		OAuthSigningKeyFile: signingKeyFile(t), OAuthIssuer: "hmpps-backbone", OAuthAudience: "book-a-secure-move-api", OAuthTokenLifetime: time.Hour,
	})} {
		status, _, doc := s.do(t, http.MethodGet, "/api/people", "", map[string]string{"Authorization": auth})
		assert.Equal(t, http.StatusUnauthorized, status, name)
		assert.Equal(t, notAuthorized, doc, name)
	}
	status, _, _ := s.do(t, http.MethodGet, "/api/people", "", nil)
	assert.Equal(t, http.StatusOK, status, "with the full-access token startService sends")

	// Guard order: with no token, a wrong media type is still a 401, not a 415.
	status, _, doc := s.do(t, http.MethodPost, "/api/people", "x", map[string]string{"Authorization": "", "Content-Type": "text/plain"})
	assert.Equal(t, http.StatusUnauthorized, status)
	assert.Equal(t, notAuthorized, doc)
	status, _, _ = s.do(t, http.MethodPost, "/api/people", "x", map[string]string{"Content-Type": "text/plain"})
	assert.Equal(t, http.StatusUnsupportedMediaType, status, "with a token, the media type rule")
}

func TestReferenceLocationsNeedNoToken(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	status, _, doc := s.do(t, http.MethodGet, "/api/reference/locations", "", map[string]string{"Authorization": ""})
	require.Equal(t, http.StatusOK, status)
	first := doc["data"].([]any)[0].(map[string]any)["id"].(string)
	status, _, _ = s.do(t, http.MethodGet, "/api/reference/locations/"+first, "", map[string]string{"Authorization": ""})
	assert.Equal(t, http.StatusOK, status)
}

func TestTokenEndpointIssuesTokensTheAPIAccepts(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	post := func(form url.Values, header map[string]string) (int, map[string]any) {
		h := map[string]string{"Authorization": "", "Content-Type": "application/x-www-form-urlencoded"}
		for k, v := range header {
			h[k] = v
		}
		status, _, doc := s.do(t, http.MethodPost, "/oauth/token", form.Encode(), h)
		return status, doc
	}

	// A supplier's client, credentials in the form.
	status, doc := post(url.Values{"grant_type": {"client_credentials"}, "client_id": {"serco-api"}, "client_secret": {"serco-dev-secret"}}, nil)
	require.Equal(t, http.StatusOK, status, doc)
	assert.Equal(t, "read", doc["scope"])
	status, _, _ = s.do(t, http.MethodGet, "/api/people", "", map[string]string{"Authorization": "Bearer " + doc["access_token"].(string)})
	assert.Equal(t, http.StatusOK, status)

	// The frontend, credentials with HTTP Basic.
	req, err := http.NewRequest(http.MethodPost, "/", nil)
	require.NoError(t, err)
	req.SetBasicAuth("frontend", "frontend-dev-secret")
	status, doc = post(url.Values{"grant_type": {"client_credentials"}, "scope": {"read write"}}, map[string]string{"Authorization": req.Header.Get("Authorization")})
	require.Equal(t, http.StatusOK, status, doc)
	assert.Equal(t, "read write", doc["scope"])

	status, doc = post(url.Values{"grant_type": {"client_credentials"}, "client_id": {"serco-api"}, "client_secret": {"wrong"}}, nil)
	assert.Equal(t, http.StatusUnauthorized, status)
	assert.Equal(t, "invalid_client", doc["error"])
	status, doc = post(url.Values{"grant_type": {"password"}, "client_id": {"serco-api"}, "client_secret": {"serco-dev-secret"}}, nil)
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Equal(t, "unsupported_grant_type", doc["error"])
	status, doc = post(url.Values{"client_id": {"serco-api"}}, nil)
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Equal(t, "invalid_request", doc["error"])
}

// `hmpps token` (and so `make token`) prints, on its last line, a token the
// running service accepts.
func TestTokenCommandPrintsAUsableToken(t *testing.T) {
	t.Parallel()
	keyFile := signingKeyFile(t)
	s := startService(t, store.SQLite, map[string]string{"OAUTH_SIGNING_KEY_FILE": keyFile})
	cfg, err := loadConfig(func(k string) string {
		return map[string]string{"AUTHORISATION_FILE": "testdata/authorisation.yaml", "OAUTH_SIGNING_KEY_FILE": keyFile}[k]
	})
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, token(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), nil, &out))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	status, _, _ := s.do(t, http.MethodGet, "/api/people", "", map[string]string{"Authorization": "Bearer " + lines[len(lines)-1]})
	assert.Equal(t, http.StatusOK, status)

	out.Reset()
	require.NoError(t, token(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), []string{"serco-api"}, &out))
	assert.Contains(t, out.String(), "supplier serco")
	assert.Error(t, token(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), []string{"nobody"}, io.Discard))
}

func TestClientOfUnknownSupplierStopsTheStart(t *testing.T) {
	t.Parallel()
	sample, err := os.ReadFile("testdata/authorisation.yaml")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "authorisation.yaml")
	bad := string(sample) + "  ghost-api:\n    supplier: ghost-escorts\n    secretHash: \"$2a$04$lybBhTiYKncnK7lb5DlOmORdAI41RxtGT7yeDhNiSkSGsyQ94eSaO\"\n"
	require.NoError(t, os.WriteFile(path, []byte(bad), 0o600))
	cfg, err := loadConfig(func(k string) string {
		return map[string]string{
			"DATABASE_URL": storetest.DSN(t, store.SQLite), "AUTHORISATION_FILE": path,
			"OAUTH_SIGNING_KEY_FILE": signingKeyFile(t),
		}[k]
	})
	require.NoError(t, err)
	_, err = newApp(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `no supplier with key "ghost-escorts"`)
}

func TestOAuthConfiguration(t *testing.T) {
	t.Parallel()
	cfg, err := loadConfig(func(string) string { return "" })
	require.NoError(t, err)
	assert.Equal(t, 2*time.Hour, cfg.OAuthTokenLifetime)
	assert.Equal(t, "var/oauth-signing-key.pem", cfg.OAuthDevKeyFile)
	assert.Empty(t, cfg.OAuthSigningKeyFile, "no key configured: the development key is used")
	assert.Empty(t, cfg.HMPPSAuthJWKSURL, "HMPPS Auth tokens are refused unless configured")

	for value, want := range map[string]string{"soon": `OAUTH_TOKEN_LIFETIME="soon" is not a duration`, "-1h": "OAUTH_TOKEN_LIFETIME must be positive"} {
		_, err := loadConfig(func(k string) string { return map[string]string{"OAUTH_TOKEN_LIFETIME": value}[k] })
		require.Error(t, err)
		assert.Contains(t, err.Error(), want)
		assert.Equal(t, 1, strings.Count(err.Error(), "OAUTH_TOKEN_LIFETIME"), "one message per problem")
	}
}
