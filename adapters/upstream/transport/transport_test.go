package transport_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

func tokenServer(t *testing.T, calls *atomic.Int32, status int) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if id, secret, ok := r.BasicAuth(); !ok || id != "client" || secret != "secret" {
			http.Error(w, "bad client", http.StatusUnauthorized)
			return
		}
		if status != http.StatusOK {
			http.Error(w, "auth down", status)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"access_token": "tok-1", "token_type": "bearer", "expires_in": 1199})
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestTokenIsFetchedOnceAndSent(t *testing.T) {
	t.Parallel()
	var tokenCalls atomic.Int32
	auth := tokenServer(t, &tokenCalls, http.StatusOK)
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "Bearer tok-1", r.Header.Get("Authorization"))
	}))
	defer api.Close()

	client := transport.NewClient(transport.Config{TokenURL: auth.URL, ClientID: "client", ClientSecret: "secret"})
	for range 3 {
		resp, err := client.Get(api.URL)
		require.NoError(t, err)
		_ = resp.Body.Close()
	}
	assert.Equal(t, int32(1), tokenCalls.Load(), "token should be cached between calls")
}

func TestAuthFailureIsUpstreamAuth(t *testing.T) {
	t.Parallel()
	var tokenCalls atomic.Int32
	auth := tokenServer(t, &tokenCalls, http.StatusInternalServerError)
	client := transport.NewClient(transport.Config{TokenURL: auth.URL, ClientID: "client", ClientSecret: "secret"})
	_, err := client.Get("http://127.0.0.1:1/never")
	require.Error(t, err)
	assert.Equal(t, apperr.UpstreamAuth, apperr.KindOf(transport.Failed("prisoner-search", err)))
}

func TestGetsAreRetriedOnGatewayErrorsPostsAreNot(t *testing.T) {
	t.Parallel()
	var gets, posts atomic.Int32
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		counter := &gets
		if r.Method == http.MethodPost {
			counter = &posts
		}
		if counter.Add(1) < 3 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	}))
	defer api.Close()
	client := transport.NewClient(transport.Config{Retries: 2, Backoff: time.Millisecond})

	resp, err := client.Get(api.URL)
	require.NoError(t, err)
	_ = resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, int32(3), gets.Load())

	resp, err = client.Post(api.URL, "application/json", nil)
	require.NoError(t, err)
	_ = resp.Body.Close()
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	assert.Equal(t, int32(1), posts.Load())
}

func TestSlowUpstreamTimesOut(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-release
	}))
	defer api.Close()
	defer close(release)
	client := transport.NewClient(transport.Config{ResponseTimeout: 50 * time.Millisecond, RequestDeadline: 200 * time.Millisecond, Retries: 0})
	_, err := client.Get(api.URL)
	require.Error(t, err)
	assert.Equal(t, apperr.UpstreamTimeout, apperr.KindOf(transport.Failed("visits", err)))
}

func TestUnexpectedMapsOnlyOptedInStatuses(t *testing.T) {
	t.Parallel()
	req := httptest.NewRequest(http.MethodGet, "http://upstream/x", nil)
	resp := func(code int) *http.Response { return &http.Response{StatusCode: code, Request: req} }
	assert.Equal(t, apperr.NotFound, apperr.KindOf(transport.Unexpected("x", resp(404))))
	assert.Equal(t, apperr.Upstream, apperr.KindOf(transport.Unexpected("x", resp(400))))
	assert.Equal(t, apperr.Invalid, apperr.KindOf(transport.Unexpected("x", resp(400), 400)))
	assert.Equal(t, apperr.Forbidden, apperr.KindOf(transport.Unexpected("x", resp(403), 403)))
	assert.Equal(t, apperr.Upstream, apperr.KindOf(transport.Unexpected("x", resp(500), 400)))
}
