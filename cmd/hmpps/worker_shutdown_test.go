package main

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/delius"
	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/dbqueue"
	"github.com/ministryofjustice/hmpps-backbone/adapters/simulator"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store/storetest"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// syncBuffer is a log sink for a service running in the test's process.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// SIGTERM while the worker has a message in hand (its case note is slow to
// fetch) stops the worker before the database closes: within the shutdown
// budget the message's contact is committed and the message deleted; out of
// budget its handling is abandoned and the message stays on the queue for
// redelivery. Never does the merge meet a closed database.
func TestServeStopsTheWorkerBeforeClosingTheDatabase(t *testing.T) {
	// The worker reads its switch from the process environment, which TestMain
	// turns off; hence t.Setenv, and this test is not parallel with others.
	t.Setenv("CASE_NOTES_WORKER_ENABLED", "true")
	for _, tt := range []struct {
		name      string
		fetch     time.Duration // how long the case-note fetch takes
		budget    string        // SHUTDOWN_TIMEOUT
		committed bool
	}{
		{name: "message finishes within the budget", fetch: time.Second, budget: "20s", committed: true},
		{name: "message abandoned when the budget runs out", fetch: time.Minute, budget: "300ms", committed: false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			arrived := make(chan struct{})
			var once sync.Once
			sim := simulator.New(simulator.DefaultWorld())
			upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if strings.HasPrefix(r.URL.Path, "/case-notes/") {
					once.Do(func() { close(arrived) })
					select {
					case <-time.After(tt.fetch):
					case <-r.Context().Done():
						return
					}
				}
				sim.ServeHTTP(w, r)
			}))
			t.Cleanup(upstream.Close)
			u, err := url.Parse(upstream.URL)
			require.NoError(t, err)

			dsn := storetest.DSN(t, store.SQLite)
			env := map[string]string{
				"PORT": strconv.Itoa(freePort(t)), "SIMULATOR": "off", "HMPPS_AUTH_URL": upstream.URL + "/auth",
				"DATABASE_URL": dsn, "AUTHORISATION_FILE": "config/authorisation.yaml", "OAUTH_SIGNING_KEY_FILE": signingKeyFile(t),
				"UPSTREAM_RETRIES": "0", "QUEUE_BACKEND": "embedded", "CASE_NOTES_WORKER_ENABLED": "true",
				"SHUTDOWN_TIMEOUT": tt.budget,
			}
			for _, key := range upstreamEnv {
				env[key] = upstream.URL
			}
			cfg, err := loadConfig(func(k string) string { return env[k] })
			require.NoError(t, err)
			logs := &syncBuffer{}
			ctx, sigterm := context.WithCancel(context.Background())
			defer sigterm()
			served := make(chan error, 1)
			go func() {
				served <- serve(ctx, cfg, slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
			}()
			require.Eventually(t, func() bool {
				resp, err := http.Get("http://127.0.0.1:" + env["PORT"] + "/health/ping")
				if err != nil {
					return false
				}
				_ = resp.Body.Close()
				return resp.StatusCode == http.StatusOK
			}, 30*time.Second, 50*time.Millisecond)

			db, err := store.Open(context.Background(), dsn)
			require.NoError(t, err)
			t.Cleanup(func() { _ = db.Close() })
			q, err := dbqueue.New(db, dbqueue.QueueConfig{Name: cfg.Queue.DomainEvents, DLQ: cfg.Queue.DomainEventsDLQ})
			require.NoError(t, err)
			b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "casenotes", "case-note-exists-in-delius.json"))
			require.NoError(t, err)
			_, err = q.Publish(context.Background(), cfg.Queue.DomainEvents, ports.OutboundMessage{Body: strings.ReplaceAll(string(b), "localhost:{wiremock.port}", u.Host)})
			require.NoError(t, err)

			select {
			case <-arrived: // the message is in hand, waiting on its case note
			case <-time.After(30 * time.Second):
				t.Fatal("the worker never fetched the case note\n" + logs.String())
			}
			sigterm()
			var stopErr error
			select {
			case stopErr = <-served:
			case <-time.After(30 * time.Second):
				t.Fatal("serve did not stop")
			}

			assert.NotContains(t, logs.String(), "database is closed")
			contact, err := delius.New(db).ContactByURN(context.Background(), "urn:uk:gov:hmpps:prison-case-note:"+simulator.ExistsInDeliusCaseNote)
			require.NoError(t, err)
			require.NotNil(t, contact)
			left, err := q.Count(context.Background(), cfg.Queue.DomainEvents)
			require.NoError(t, err)
			if tt.committed {
				require.NoError(t, stopErr)
				assert.Equal(t, "X00005", contact.CRN, "merged: moved to the right case")
				assert.Zero(t, left, "acknowledged")
			} else {
				require.ErrorIs(t, stopErr, context.DeadlineExceeded)
				assert.Equal(t, "X99901", contact.CRN, "nothing committed")
				assert.Equal(t, 1, left, "unacknowledged, for redelivery")
			}
		})
	}
}
