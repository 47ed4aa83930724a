package main

import (
	"context"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/dbqueue"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store/storetest"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// The worker runs in the real binary on the embedded (database) queue; it is
// killed with SIGKILL mid-batch and started again. Every message is then
// handled, none is lost, and no contact is duplicated: a message is deleted
// only after its merge commits, and merging again changes nothing.
func TestCaseNotesWorkerKilledMidBatchLosesAndDuplicatesNothing(t *testing.T) {
	t.Parallel()
	bin := filepath.Join(t.TempDir(), "hmpps")
	build := exec.Command("go", "build", "-o", bin, ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)

	authorisation, err := filepath.Abs("config/authorisation.yaml")
	require.NoError(t, err)
	port, simPort := freePort(t), freePort(t)
	dsn := storetest.DSN(t, store.SQLite)
	env := append(os.Environ(),
		"PORT="+strconv.Itoa(port), "SIMULATOR_ADDR=127.0.0.1:"+strconv.Itoa(simPort), "DATABASE_URL="+dsn,
		"AUTHORISATION_FILE="+authorisation,
		"QUEUE_BACKEND=embedded", "QUEUE_VISIBILITY_TIMEOUT=1s", "CASE_NOTES_WORKER_ENABLED=true", "LOG_LEVEL=error")
	start := func() *exec.Cmd {
		cmd := exec.Command(bin, "serve")
		cmd.Env, cmd.Dir = env, t.TempDir() // its development signing key goes in var/ there
		require.NoError(t, cmd.Start())
		t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
		require.Eventually(t, func() bool {
			resp, err := http.Get("http://127.0.0.1:" + strconv.Itoa(port) + "/health/ping")
			if err != nil {
				return false
			}
			_ = resp.Body.Close()
			return resp.StatusCode == http.StatusOK
		}, 60*time.Second, 50*time.Millisecond)
		return cmd
	}
	first := start()

	ctx := context.Background()
	db, err := store.Open(ctx, dsn)
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	q, err := dbqueue.New(db, dbqueue.QueueConfig{Name: "hmpps-domain-events", DLQ: "hmpps-domain-events-dlq"})
	require.NoError(t, err)
	fixtures := []string{"case-note-exists-in-delius.json", "alert-created.json", "alert-updated.json", "alert-inactive.json", "noms-number-added.json"}
	for range 12 {
		for _, f := range fixtures {
			b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "casenotes", f))
			require.NoError(t, err)
			body := strings.ReplaceAll(string(b), "{wiremock.port}", strconv.Itoa(simPort))
			_, err = q.Publish(ctx, "hmpps-domain-events", ports.OutboundMessage{Body: body})
			require.NoError(t, err)
		}
	}
	count := func(query string, args ...any) int {
		var n int
		require.NoError(t, db.NewRaw(query, args...).Scan(ctx, &n))
		return n
	}
	require.Eventually(t, func() bool {
		return count("SELECT COUNT(*) FROM delius_contact WHERE external_reference IS NOT NULL AND contact_id >= 1000") > 0
	}, 30*time.Second, 5*time.Millisecond)
	require.NoError(t, first.Process.Signal(syscall.SIGKILL))
	_ = first.Wait()
	left, err := q.Count(ctx, "hmpps-domain-events")
	require.NoError(t, err)
	t.Logf("killed with %d of 60 messages not yet deleted", left)

	second := start()
	require.Eventually(t, func() bool {
		n, err := q.Count(ctx, "hmpps-domain-events")
		return err == nil && n == 0
	}, 60*time.Second, 50*time.Millisecond)
	require.NoError(t, second.Process.Signal(syscall.SIGTERM))
	_ = second.Wait()

	dead, err := q.Count(ctx, "hmpps-domain-events-dlq")
	require.NoError(t, err)
	assert.Zero(t, dead)
	for _, urn := range []string{
		"urn:uk:gov:hmpps:prison-case-note:0ec15f8b-6b57-471f-b02a-c89169a6a3e5",
		"urn:uk:gov:hmpps:prisoner-alert:active:01954cfe-9f5a-7ea3-837b-a1770b389c5b",
		"urn:uk:gov:hmpps:prisoner-alert:inactive:424e52e8-1971-4622-8d2d-4b4466c771fd",
		"urn:uk:gov:hmpps:prisoner-alert:inactive:62c811b1-f3f2-432f-abbd-ca06b9190d4d",
	} {
		assert.Equal(t, 1, count("SELECT COUNT(*) FROM delius_contact WHERE external_reference = ?", urn), urn)
	}
	assert.Equal(t, 5, count("SELECT COUNT(*) FROM delius_contact c JOIN delius_offender o ON o.offender_id = c.offender_id WHERE o.crn = 'X00004'"),
		"the back-fill's four case notes and one alert, once each")
}
