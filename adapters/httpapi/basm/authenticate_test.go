package basm_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/bcrypt"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/basm"
	"github.com/ministryofjustice/hmpps-backbone/adapters/oauthclients"
	"github.com/ministryofjustice/hmpps-backbone/adapters/tokens"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

var settings = tokens.Settings{Issuer: "hmpps-backbone", Audience: "book-a-secure-move-api", Lifetime: 2 * time.Hour}

type clock struct{}

func (clock) Now() time.Time { return time.Now() }

// api is the /api group as the router builds it (authentication, then wire
// rules, then the operations), plus a probe route that reports the caller.
type api struct {
	t       testing.TB
	url     string
	handler http.Handler
	key     *tokens.SigningKey
}

func newAPI(t testing.TB) *api {
	t.Helper()
	key, err := tokens.GenerateSigningKey()
	require.NoError(t, err)
	hash := func(s string) string {
		h, err := bcrypt.GenerateFromPassword([]byte(s), bcrypt.MinCost)
		require.NoError(t, err)
		return string(h)
	}
	clients, err := oauthclients.Parse([]byte(`clients:
  frontend: {secretHash: "` + hash("front secret") + `", scopes: [read, write]}
  serco-api: {supplier: serco, secretHash: "` + hash("serco-secret") + `"}
`))
	require.NoError(t, err)

	ref := portsmocks.NewReferenceData(t)
	ref.EXPECT().SupplierByKey(mock.Anything, "serco").Return(reference.Supplier{ID: "869fbcd3-f2fb-4ae4-8b7b-d021f60a1791", Key: "serco", Name: "Serco"}, nil).Maybe()
	ref.EXPECT().SupplierByKey(mock.Anything, mock.Anything).Return(reference.Supplier{}, apperr.New(apperr.NotFound, "no such supplier")).Maybe()
	locations := portsmocks.NewLocations(t)
	locations.EXPECT().List(mock.Anything, mock.Anything, mock.Anything).Return(paging.Page[reference.Location]{Request: paging.Request{Page: 1, PerPage: 20}}, nil).Maybe()
	locations.EXPECT().Get(mock.Anything, mock.Anything).Return(reference.Location{}, apperr.New(apperr.NotFound, "Couldn't find Location")).Maybe()

	authenticate, err := basm.Authenticate(booking.NewIdentifyCaller(tokens.NewVerifier(key, settings, nil), ref))
	require.NoError(t, err)
	server := basm.NewServer(basm.UseCases{
		Locations: booking.NewLocations(locations),
		Tokens:    booking.NewIssueToken(clients, tokens.NewSigner(key, settings), clock{}),
	})
	r := chi.NewRouter()
	r.Group(func(r chi.Router) {
		r.Use(authenticate, basm.WireRules)
		server.Mount(r)
		r.Get("/api/test/caller", func(w http.ResponseWriter, r *http.Request) {
			caller, _ := booking.CallerFrom(r.Context())
			id, _ := caller.SupplierID()
			_ = json.NewEncoder(w).Encode(map[string]any{"client": caller.ClientID, "supplier": id, "user": caller.User, "scopes": caller.Scopes})
		})
	})
	srv := httptest.NewServer(r)
	t.Cleanup(srv.Close)
	return &api{t: t, url: srv.URL, handler: r, key: key}
}

func (a *api) do(method, path, body string, header map[string]string) (int, http.Header, map[string]any) {
	a.t.Helper()
	req, err := http.NewRequest(method, a.url+path, strings.NewReader(body))
	require.NoError(a.t, err)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(a.t, err)
	defer func() { _ = resp.Body.Close() }()
	var doc map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&doc)
	return resp.StatusCode, resp.Header, doc
}

func (a *api) tokenFor(client oauth.Client, issued time.Time) string {
	a.t.Helper()
	tok, err := tokens.NewSigner(a.key, settings).Sign(context.Background(), client, []string{"read"}, issued)
	require.NoError(a.t, err)
	return tok.Value
}

const form = "application/x-www-form-urlencoded"

func TestCreateToken(t *testing.T) {
	t.Parallel()
	a := newAPI(t)
	basic := func(id, secret string) string {
		req := httptest.NewRequest(http.MethodPost, "/", nil)
		req.SetBasicAuth(url.QueryEscape(id), url.QueryEscape(secret))
		return req.Header.Get("Authorization")
	}

	t.Run("HTTP Basic credentials", func(t *testing.T) {
		t.Parallel()
		// The secret has a space: Basic credentials are form-encoded first (RFC 6749 §2.3.1).
		status, header, doc := a.do(http.MethodPost, "/oauth/token", "grant_type=client_credentials&scope=write",
			map[string]string{"Content-Type": form, "Authorization": basic("frontend", "front secret")})
		require.Equal(t, http.StatusOK, status, doc)
		assert.Equal(t, "no-store", header.Get("Cache-Control"))
		assert.Equal(t, "Bearer", doc["token_type"])
		assert.Equal(t, "write", doc["scope"])
		assert.InDelta(t, 7200, doc["expires_in"], 0)
		assert.InDelta(t, time.Now().Unix(), doc["created_at"], 5)

		// The token it issued opens the API.
		status, _, who := a.do(http.MethodGet, "/api/test/caller", "", map[string]string{"Authorization": "Bearer " + doc["access_token"].(string)})
		require.Equal(t, http.StatusOK, status)
		assert.Equal(t, "frontend", who["client"])
		assert.Equal(t, "", who["supplier"])
	})
	t.Run("form credentials", func(t *testing.T) {
		t.Parallel()
		status, _, doc := a.do(http.MethodPost, "/oauth/token", "grant_type=client_credentials&client_id=serco-api&client_secret=serco-secret",
			map[string]string{"Content-Type": form})
		require.Equal(t, http.StatusOK, status, doc)
		assert.Equal(t, "read", doc["scope"], "read by default")
		status, _, who := a.do(http.MethodGet, "/api/test/caller", "", map[string]string{"Authorization": "Bearer " + doc["access_token"].(string)})
		require.Equal(t, http.StatusOK, status)
		assert.Equal(t, "869fbcd3-f2fb-4ae4-8b7b-d021f60a1791", who["supplier"])
	})

	t.Run("a bearer token beside form credentials is not client authentication", func(t *testing.T) {
		t.Parallel()
		status, _, doc := a.do(http.MethodPost, "/oauth/token", "grant_type=client_credentials&client_id=serco-api&client_secret=serco-secret",
			map[string]string{"Content-Type": form, "Authorization": "Bearer whatever"})
		assert.Equal(t, http.StatusOK, status, doc)
	})

	failures := map[string]struct {
		body, auth string
		status     int
		code       string
	}{
		"wrong secret":            {"grant_type=client_credentials&client_id=serco-api&client_secret=guess", "", 401, "invalid_client"},
		"wrong Basic secret":      {"grant_type=client_credentials", basic("serco-api", "guess"), 401, "invalid_client"},
		"unknown client":          {"grant_type=client_credentials&client_id=nobody&client_secret=serco-secret", "", 401, "invalid_client"},
		"no credentials":          {"grant_type=client_credentials", "", 401, "invalid_client"},
		"wrong grant":             {"grant_type=password&client_id=serco-api&client_secret=serco-secret", "", 400, "unsupported_grant_type"},
		"no grant":                {"client_id=serco-api&client_secret=serco-secret", "", 400, "invalid_request"},
		"credentials sent twice":  {"grant_type=client_credentials&client_id=serco-api&client_secret=serco-secret", basic("serco-api", "serco-secret"), 400, "invalid_request"},
		"scope the client lacks":  {"grant_type=client_credentials&client_id=serco-api&client_secret=serco-secret&scope=write", "", 400, "invalid_scope"},
		"bad Basic percent-codes": {"grant_type=client_credentials", "Basic " + "c2VyY28tYXBpOiV6eg==", 401, "invalid_client"}, // serco-api:%zz
	}
	for name, tt := range failures {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			header := map[string]string{"Content-Type": form}
			if tt.auth != "" {
				header["Authorization"] = tt.auth
			}
			status, h, doc := a.do(http.MethodPost, "/oauth/token", tt.body, header)
			assert.Equal(t, tt.status, status)
			assert.Equal(t, tt.code, doc["error"])
			assert.NotEmpty(t, doc["error_description"])
			assert.Equal(t, "application/json", h.Get("Content-Type"), "OAuth errors, not JSON:API")
		})
	}
}

func TestAuthenticate(t *testing.T) {
	t.Parallel()
	a := newAPI(t)
	valid := a.tokenFor(oauth.Client{ID: "serco-api", SupplierKey: "serco"}, time.Now())

	refused := map[string]string{
		"no header":        "",
		"junk token":       "Bearer junk",
		"empty bearer":     "Bearer ",
		"basic scheme":     "Basic " + valid,
		"token alone":      valid,
		"expired":          "Bearer " + a.tokenFor(oauth.Client{ID: "serco-api"}, time.Now().Add(-3*time.Hour)),
		"unknown supplier": "Bearer " + a.tokenFor(oauth.Client{ID: "x", SupplierKey: "nobody"}, time.Now()),
	}
	for name, auth := range refused {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			header := map[string]string{}
			if auth != "" {
				header["Authorization"] = auth
			}
			status, h, doc := a.do(http.MethodGet, "/api/moves", "", header)
			assert.Equal(t, http.StatusUnauthorized, status)
			assert.Equal(t, map[string]any{"errors": []any{map[string]any{"title": "Not authorized", "detail": "Token expired or invalid"}}}, doc)
			assert.Equal(t, "application/vnd.api+json", h.Get("Content-Type"))
			assert.Contains(t, h.Get("WWW-Authenticate"), "Bearer")
		})
	}

	t.Run("valid token reaches the operation with its caller", func(t *testing.T) {
		t.Parallel()
		status, _, who := a.do(http.MethodGet, "/api/test/caller", "", map[string]string{"Authorization": "bearer " + valid, "X-Current-User": " JSMITH_GEN "})
		require.Equal(t, http.StatusOK, status, "the scheme is case-insensitive")
		assert.Equal(t, map[string]any{"client": "serco-api", "supplier": "869fbcd3-f2fb-4ae4-8b7b-d021f60a1791", "user": "JSMITH_GEN", "scopes": []any{"read"}}, who)
	})
}

func TestReferenceLocationsNeedNoToken(t *testing.T) {
	t.Parallel()
	a := newAPI(t)
	status, _, _ := a.do(http.MethodGet, "/api/reference/locations", "", nil)
	assert.Equal(t, http.StatusOK, status)
	status, _, _ = a.do(http.MethodGet, "/api/reference/locations/00034e29-9ef8-4802-a2f5-09342bf9f174", "", nil)
	assert.Equal(t, http.StatusNotFound, status, "past authentication to the handler")

	// Only those two reads: the suppliers' locations and any write still need one.
	status, _, _ = a.do(http.MethodGet, "/api/suppliers/serco/locations", "", nil)
	assert.Equal(t, http.StatusUnauthorized, status)
	status, _, _ = a.do(http.MethodGet, "/api/reference/suppliers", "", nil)
	assert.Equal(t, http.StatusUnauthorized, status)
}

func TestAuthenticationComesBeforeWireRules(t *testing.T) {
	t.Parallel()
	a := newAPI(t)
	header := map[string]string{"Content-Type": "text/plain"}
	status, _, doc := a.do(http.MethodPost, "/api/people", "x", header)
	assert.Equal(t, http.StatusUnauthorized, status, "401 before 415: %v", doc)

	header["Authorization"] = "Bearer " + a.tokenFor(oauth.Client{ID: "frontend"}, time.Now())
	status, _, _ = a.do(http.MethodPost, "/api/people", "x", header)
	assert.Equal(t, http.StatusUnsupportedMediaType, status)

	// The token endpoint takes a form; the JSON:API media type rule is not for it.
	status, _, _ = a.do(http.MethodPost, "/oauth/token", "grant_type=client_credentials&client_id=frontend&client_secret=front+secret", map[string]string{"Content-Type": form})
	assert.Equal(t, http.StatusOK, status)
}

// FuzzAuthorizationHeader: whatever the Authorization header holds, a
// protected route answers 401 or, past authentication, its own 200; never a
// 5xx from the token check.
func FuzzAuthorizationHeader(f *testing.F) {
	a := newAPI(f)
	valid := a.tokenFor(oauth.Client{ID: "frontend"}, time.Now())
	for _, seed := range []string{"", "Bearer", "Bearer " + valid, "bearer  " + valid + " ", "Basic Zm9vOmJhcg==", "Bearer a.b.c", "Bearer \x00", "Bearer " + valid[:len(valid)/2]} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, header string) {
		req := httptest.NewRequest(http.MethodGet, "/api/test/caller", nil)
		req.Header["Authorization"] = []string{header}
		w := httptest.NewRecorder()
		a.handler.ServeHTTP(w, req)
		assert.Contains(t, []int{http.StatusUnauthorized, http.StatusOK}, w.Code)
	})
}

func TestPublicOperationsAreThoseTheSpecExempts(t *testing.T) {
	t.Parallel()
	assert.ElementsMatch(t, []string{"POST /oauth/token", "GET /api/reference/locations", "GET /api/reference/locations/{id}"}, basm.PublicOperations())
}

// FuzzTokenRequest: whatever form and Basic credentials arrive, the token
// endpoint answers a token or an OAuth error, never a 5xx or a panic.
func FuzzTokenRequest(f *testing.F) {
	a := newAPI(f)
	f.Add("grant_type=client_credentials&client_id=serco-api&client_secret=serco-secret", "")
	f.Add("grant_type=client_credentials", "Basic "+"ZnJvbnRlbmQ6ZnJvbnQrc2VjcmV0")
	f.Add("grant_type=password", "Basic !!!")
	f.Add("%zz=1&grant_type", "Bearer x")
	f.Add("grant_type=client_credentials&scope=%00", "basic Og==")
	f.Fuzz(func(t *testing.T, body, authorization string) {
		req := httptest.NewRequest(http.MethodPost, "/oauth/token", strings.NewReader(body))
		req.Header.Set("Content-Type", form)
		req.Header["Authorization"] = []string{authorization}
		w := httptest.NewRecorder()
		a.handler.ServeHTTP(w, req)
		assert.Contains(t, []int{http.StatusOK, http.StatusBadRequest, http.StatusUnauthorized}, w.Code, w.Body.String())
		var doc map[string]any
		assert.NoError(t, json.Unmarshal(w.Body.Bytes(), &doc))
	})
}
