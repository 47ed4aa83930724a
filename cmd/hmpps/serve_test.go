package main

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/access"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store/storetest"
)

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// serve with the embedded default (simulator in-process on a real listener) answers
// requests, then stops cleanly when its context is cancelled, as on SIGTERM.
func TestServeRunsTheEmbeddedDefaultAndShutsDownGracefully(t *testing.T) {
	t.Parallel()
	port, simPort := freePort(t), freePort(t)
	env := map[string]string{
		"PORT":           strconv.Itoa(port),
		"SIMULATOR_ADDR": "127.0.0.1:" + strconv.Itoa(simPort),
		"DATABASE_URL":   storetest.DSN(t, store.SQLite),
		// The sample `make run` loads, from the repository root.
		"AUTHORISATION_FILE": "config/authorisation.yaml",
	}
	cfg, err := loadConfig(func(k string) string { return env[k] })
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, cfg, slog.New(slog.NewJSONHandler(io.Discard, nil))) }()

	base := "http://127.0.0.1:" + strconv.Itoa(port)
	require.Eventually(t, func() bool {
		resp, err := http.Get(base + "/health/ping")
		if err != nil {
			return false
		}
		_ = resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}, 30*time.Second, 50*time.Millisecond) // starting under -race on two busy cores takes ~10 s

	req, err := http.NewRequest(http.MethodGet, base+"/v1/persons/A1234AA/name", nil)
	require.NoError(t, err)
	req.Header.Set(access.DNHeader, dnOf("full-access"))
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	require.Contains(t, string(body), "Arthur")

	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop after its context was cancelled")
	}
	_, err = http.Get(base + "/health/ping")
	require.Error(t, err, "nothing listens after shutdown")
}

func TestConfigRejectsBadValuesClearly(t *testing.T) {
	t.Parallel()
	_, err := loadConfig(func(k string) string {
		return map[string]string{"SIMULATOR": "off", "UPSTREAM_CONNECT_TIMEOUT": "soon", "MIGRATE_ON_START": "perhaps"}[k]
	})
	require.Error(t, err)
	for _, want := range []string{"UPSTREAM_CONNECT_TIMEOUT", "MIGRATE_ON_START", "HMPPS_AUTH_URL is required", "PRISONER_SEARCH_URL is required"} {
		require.Contains(t, err.Error(), want)
	}
}
