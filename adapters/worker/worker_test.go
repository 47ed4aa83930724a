package worker_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/delius"
	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/dbqueue"
	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/memory"
	"github.com/ministryofjustice/hmpps-backbone/adapters/simulator"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store/storetest"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/alerts"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/casenotes"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/detailurl"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/adapters/worker"
	coretypes "github.com/ministryofjustice/hmpps-backbone/core/casenotes"
	"github.com/ministryofjustice/hmpps-backbone/core/casenotes/consumer"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

const (
	events = "domain-events"
	dlq    = "domain-events-dlq"
)

// logBuffer collects the JSON log lines of a test's workers.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// lines returns the decoded log lines whose msg is msg.
func (b *logBuffer) lines(t *testing.T, msg string) []map[string]any {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(b.buf.String()), "\n") {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m))
		if m["msg"] == msg {
			out = append(out, m)
		}
	}
	return out
}

// broker is a queue the worker runs on, countable by the tests.
type broker interface {
	ports.Queue
	Count(ctx context.Context, queue string) (int, error)
}

// system is the worker's world: a memory queue, the simulator as every
// upstream, and a Delius database on one engine.
type system struct {
	q       broker
	db      *store.DB
	sim     string // the simulator's port, for the fixtures' placeholder
	cn      *casenotes.Client
	al      *alerts.Client
	metrics *worker.Metrics
	logs    *logBuffer
	log     *slog.Logger
}

func newSystem(t *testing.T, engine store.Engine, backend string) *system {
	t.Helper()
	srv := httptest.NewServer(simulator.New(simulator.DefaultWorld()))
	t.Cleanup(srv.Close)
	u, err := url.Parse(srv.URL)
	require.NoError(t, err)
	// The fixtures say localhost; the simulator listens on 127.0.0.1. Both are allowed, nothing else.
	allowed, err := detailurl.New(srv.URL, "http://localhost:"+u.Port())
	require.NoError(t, err)
	httpClient := transport.NewClient(transport.Config{TokenURL: srv.URL + "/auth/oauth/token", ClientID: "c", ClientSecret: "s"})
	cn, err := casenotes.New(srv.URL, httpClient, allowed)
	require.NoError(t, err)
	al, err := alerts.New(srv.URL, httpClient, allowed)
	require.NoError(t, err)

	db := storetest.Open(t, engine)
	require.NoError(t, db.MigrateDeliusUp(context.Background()))
	logs := &logBuffer{}
	var q broker = memory.New(memory.QueueConfig{Name: events, DLQ: dlq, VisibilityTimeout: 5 * time.Second, MaxReceiveCount: 3})
	if backend == "embedded" {
		q, err = dbqueue.New(db, dbqueue.QueueConfig{Name: events, DLQ: dlq, VisibilityTimeout: 5 * time.Second, MaxReceiveCount: 3})
		require.NoError(t, err)
	}
	return &system{
		q:       q,
		db:      db,
		sim:     u.Port(),
		cn:      cn,
		al:      al,
		metrics: worker.NewMetrics(nil),
		logs:    logs,
		log:     slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
}

// handler builds the consumer with its own Delius writer, as another
// process would have.
func (s *system) handler() worker.Handler {
	return consumer.New(s.cn, s.al, delius.New(s.db), consumer.WithFetchRetry(3, time.Millisecond))
}

// publish puts a fixture on the queue, byte for byte but for the port placeholder.
func (s *system) publish(t *testing.T, body string) {
	t.Helper()
	body = strings.ReplaceAll(body, "{wiremock.port}", s.sim)
	_, err := s.q.Publish(context.Background(), events, ports.OutboundMessage{Body: body})
	require.NoError(t, err)
}

func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "casenotes", name))
	require.NoError(t, err)
	return string(b)
}

func testConfig() worker.Config {
	return worker.Config{
		Queue: events, Wait: 50 * time.Millisecond, Heartbeat: 500 * time.Millisecond, Extension: 5 * time.Second,
		RetryBackoff: func(int) time.Duration { return 10 * time.Millisecond },
	}
}

// runUntil runs n workers (each with its own consumer and Delius writer, like
// separate processes) until done reports true, then stops them gracefully.
func (s *system) runUntil(t *testing.T, n int, done func() bool) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			assert.NoError(t, worker.New(s.q, s.handler(), s.log, s.metrics, testConfig()).Run(ctx))
		}()
	}
	require.Eventually(t, done, 30*time.Second, 20*time.Millisecond)
	cancel()
	wg.Wait()
}

func (s *system) count(t *testing.T, queue string) int {
	t.Helper()
	n, err := s.q.Count(context.Background(), queue)
	require.NoError(t, err)
	return n
}

func (s *system) drained(t *testing.T) func() bool {
	return func() bool { return s.count(t, events) == 0 }
}

func (s *system) contactsWithURN(t *testing.T, urn string) int {
	t.Helper()
	n, err := s.db.NewSelect().Table("delius_contact").Where("external_reference = ?", urn).Count(context.Background())
	require.NoError(t, err)
	return int(n)
}

// each runs a test on every database engine, with the in-memory queue and
// with the embedded queue kept in that database (what `make run` uses).
func each(t *testing.T, test func(t *testing.T, s *system)) {
	t.Helper()
	for _, engine := range storetest.Engines(t) {
		for _, backend := range []string{"memory", "embedded"} {
			t.Run(string(engine)+"/"+backend, func(t *testing.T) {
				t.Parallel()
				test(t, newSystem(t, engine, backend))
			})
		}
	}
}

// The original's fixture messages, as published, produce the contacts of its
// integration tests (fact sheet §8; scenario numbers in the comments).
func TestFixtureMessagesEndToEnd(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, s *system) {
		ctx := context.Background()
		w := delius.New(s.db)
		exists := fixture(t, "case-note-exists-in-delius.json")
		s.publish(t, exists)                                                                                                             // 1
		s.publish(t, fixture(t, "case-note-new-to-delius.json"))                                                                         // 2
		s.publish(t, strings.Replace(exists, simulator.ExistsInDeliusCaseNote+`\"`, `00000000-0000-0000-0000-000000000404\"`, 1))        // 3
		s.publish(t, strings.NewReplacer(`"Value": "GEN"`, `"Value": "NOTOF"`, `"Value": "OSE"`, `"Value": "INTEREST"`).Replace(exists)) // 6
		s.publish(t, fixture(t, "alert-created.json"))                                                                                   // 7
		s.publish(t, fixture(t, "alert-updated.json"))                                                                                   // 8
		s.publish(t, fixture(t, "alert-inactive.json"))                                                                                  // 9
		s.publish(t, fixture(t, "noms-number-added.json"))                                                                               // 5
		s.runUntil(t, 1, s.drained(t))

		// 1: moved from PREVIOUS, which gets one data-cleanse note.
		c, err := w.ContactByURN(ctx, "urn:uk:gov:hmpps:prison-case-note:"+simulator.ExistsInDeliusCaseNote)
		require.NoError(t, err)
		require.NotNil(t, c)
		assert.Equal(t, "X00005", c.CRN)
		assert.Equal(t, "GEN OSE\nAttended the offender supervision entry meeting.\n[Ann Other updated the case notes on 19/10/2022 11:12:13]\nMeeting notes added.", c.Notes)
		previous, err := w.ContactsByCRN(ctx, "X99901")
		require.NoError(t, err)
		require.Len(t, previous, 1)
		assert.Nil(t, previous[0].ExternalReference)
		assert.Contains(t, previous[0].Notes, "mistakenly associated with this case record were removed.")

		// 2: NEG IEP_WARN is of interest by default (ADR 0018): a new contact of the mapped type CNT1,
		// on the custodial event and the event-level NSI, by a staff member created for the author.
		created, err := w.ContactByURN(ctx, "urn:uk:gov:hmpps:prison-case-note:"+simulator.NewToDeliusCaseNote)
		require.NoError(t, err)
		require.NotNil(t, created)
		assert.Equal(t, "CNT1", created.Type)
		assert.Equal(t, "X00005", created.CRN)
		assert.Equal(t, "NEG IEP_WARN\nWarned about behaviour on the wing.", created.Notes)
		assert.NotNil(t, created.EventID)
		assert.NotNil(t, created.NSIID)

		// 7, 8, 9: one contact per alert state.
		active, err := w.ContactByURN(ctx, "urn:uk:gov:hmpps:prisoner-alert:active:"+simulator.AlertCreated)
		require.NoError(t, err)
		require.NotNil(t, active)
		assert.Equal(t, "2025-02-27", active.Date.Format(time.DateOnly))
		assert.Equal(t, "John", active.StaffForename)
		inactive, err := w.ContactByURN(ctx, "urn:uk:gov:hmpps:prisoner-alert:inactive:"+simulator.AlertUpdatedInactive)
		require.NoError(t, err)
		require.NotNil(t, inactive)
		assert.Equal(t, "2025-02-28", inactive.Date.Format(time.DateOnly))
		assert.Equal(t, "Jane", inactive.StaffForename)
		assert.Equal(t, 1, s.contactsWithURN(t, "urn:uk:gov:hmpps:prisoner-alert:active:"+simulator.AlertUpdatedInactive), "the seeded active contact stays")
		madeInactive, err := w.ContactByURN(ctx, "urn:uk:gov:hmpps:prisoner-alert:inactive:"+simulator.AlertMadeInactive)
		require.NoError(t, err)
		require.NotNil(t, madeInactive)
		assert.Equal(t, "John", madeInactive.StaffForename)

		// 5: the back-fill copies four case notes (one was at TRN) and one alert (OCG Nominal skipped).
		marcus, err := w.ContactsByCRN(ctx, "X00004")
		require.NoError(t, err)
		assert.Len(t, marcus, 5)
		migrated := s.logs.lines(t, consumer.CaseNotesMigrated)
		require.Len(t, migrated, 1)
		for _, k := range []string{"time", "level", "msg", "queue", "telemetry", "messageId"} {
			delete(migrated[0], k)
		}
		assert.Equal(t, map[string]any{"nomsId": "A4578BX", "crn": "X00004", "cause": "probation-case.prison-identifier.added", "caseNotesCreated": "4", "alertsCreated": "1"}, migrated[0])

		// Telemetry: 3 (not found), 6 and 2 (not of interest: nothing) reported as the original does.
		assert.Equal(t, 1.0, s.metrics.Events(consumer.CaseNoteNotFound))
		assert.Equal(t, 2.0+4, s.metrics.Events(consumer.CaseNoteMerged))
		assert.Equal(t, 3.0+1, s.metrics.Events(consumer.AlertMerged))
		assert.Equal(t, 1.0, s.metrics.Events(consumer.CaseNoteIgnored), "the TRN case note")
		assert.Equal(t, 1.0, s.metrics.Messages("ignore", worker.ResultAcknowledged), "6 (NOTOF INTEREST)")
		assert.Zero(t, s.count(t, dlq))
	})
}

// A table of types of interest without NEG (the original's) acknowledges
// the NEG IEP_WARN fixture without fetching or merging it.
func TestConfiguredTypesOfInterestWithoutNEGIgnoreTheFixture(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, s *system) {
		s.publish(t, fixture(t, "case-note-new-to-delius.json"))
		h := consumer.New(s.cn, s.al, delius.New(s.db), consumer.WithTypesOfInterest(coretypes.InterestTable(coretypes.TypesOfInterest())))
		ctx, cancel := context.WithCancel(context.Background())
		w := worker.New(s.q, h, s.log, s.metrics, testConfig())
		go func() { _ = w.Run(ctx) }()
		require.Eventually(t, s.drained(t), 30*time.Second, 20*time.Millisecond)
		cancel()
		require.NoError(t, w.Stop(context.Background()))
		assert.Zero(t, s.contactsWithURN(t, "urn:uk:gov:hmpps:prison-case-note:"+simulator.NewToDeliusCaseNote))
		assert.Equal(t, 1.0, s.metrics.Messages("ignore", worker.ResultAcknowledged))
		assert.Zero(t, s.metrics.Events(consumer.CaseNoteMerged))
	})
}

func TestSameMessageDeliveredThreeTimesMakesOneContact(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, s *system) {
		for range 3 {
			s.publish(t, fixture(t, "alert-created.json"))
		}
		s.runUntil(t, 1, s.drained(t))
		assert.Equal(t, 1, s.contactsWithURN(t, "urn:uk:gov:hmpps:prisoner-alert:active:"+simulator.AlertCreated))
		assert.Equal(t, 3.0, s.metrics.Messages("alert", worker.ResultAcknowledged))
		var actions []string
		for _, l := range s.logs.lines(t, consumer.AlertMerged) {
			actions = append(actions, l["action"].(string))
		}
		assert.ElementsMatch(t, []string{"CREATED", "OUT_OF_SEQUENCE", "OUT_OF_SEQUENCE"}, actions)
	})
}

func TestTwoWorkersOnOneQueueWithTheSameURNMakeOneContact(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, s *system) {
		msg := fixture(t, "case-note-exists-in-delius.json")
		msg = strings.ReplaceAll(msg, simulator.ExistsInDeliusCaseNote, simulator.ResettlementCaseNote)
		msg = strings.NewReplacer(`"Value": "GEN"`, `"Value": "RESET"`, `"Value": "OSE"`, `"Value": "BCST"`).Replace(msg)
		for range 20 {
			s.publish(t, msg)
		}
		s.runUntil(t, 2, s.drained(t))
		assert.Equal(t, 1, s.contactsWithURN(t, "urn:uk:gov:hmpps:prison-case-note:"+simulator.ResettlementCaseNote))
		assert.Equal(t, 20.0, s.metrics.Messages("case-note", worker.ResultAcknowledged))
	})
}

func TestPoisonMessageGoesToTheDLQAfterTheReceiveCount(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, s *system) {
		s.publish(t, "this is not an SNS notification")
		s.publish(t, strings.ReplaceAll(fixture(t, "alert-created.json"), "localhost:{wiremock.port}", "169.254.169.254")) // off the allow-list
		s.runUntil(t, 1, func() bool { return s.count(t, dlq) == 2 })
		assert.Zero(t, s.count(t, events))
		assert.Equal(t, 3.0, s.metrics.Messages("malformed", worker.ResultRetry), "3 receives")
		assert.Equal(t, 3.0, s.metrics.Messages("alert", worker.ResultRetry), "3 receives")
		assert.NotEmpty(t, s.logs.lines(t, "message failed, will be retried"))
	})
}

// handlerFunc adapts a function to worker.Handler.
type handlerFunc func(ctx context.Context, body string) error

func (f handlerFunc) Handle(ctx context.Context, body string, _ map[string]string) (consumer.Outcome, error) {
	return consumer.Outcome{}, f(ctx, body)
}

func TestSlowMessageKeepsItsVisibility(t *testing.T) {
	t.Parallel()
	q := memory.New(memory.QueueConfig{Name: events, DLQ: dlq, VisibilityTimeout: time.Second})
	_, err := q.Publish(context.Background(), events, ports.OutboundMessage{Body: "slow"})
	require.NoError(t, err)
	var calls atomic.Int32
	h := handlerFunc(func(context.Context, string) error {
		calls.Add(1)
		time.Sleep(3 * time.Second) // three visibility timeouts
		return nil
	})
	// A heartbeat every 100ms leaves 900ms of slack before the message would show.
	cfg := worker.Config{Queue: events, Wait: 20 * time.Millisecond, Heartbeat: 100 * time.Millisecond, Extension: time.Second}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = worker.New(q, h, slog.New(slog.DiscardHandler), nil, cfg).Run(ctx)
		}()
	}
	require.Eventually(t, func() bool { n, _ := q.Count(ctx, events); return n == 0 }, 10*time.Second, 10*time.Millisecond)
	cancel()
	wg.Wait()
	assert.Equal(t, int32(1), calls.Load(), "no second worker saw it while it was handled")
}

func TestGracefulStopFinishesTheMessageInHand(t *testing.T) {
	t.Parallel()
	q := memory.New(memory.QueueConfig{Name: events})
	_, err := q.Publish(context.Background(), events, ports.OutboundMessage{Body: "m"})
	require.NoError(t, err)
	started, release := make(chan struct{}), make(chan struct{})
	h := handlerFunc(func(ctx context.Context, _ string) error {
		close(started)
		<-release
		return ctx.Err() // the stop must not cancel the work in hand
	})
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error)
	go func() {
		stopped <- worker.New(q, h, slog.New(slog.DiscardHandler), nil, worker.Config{Queue: events, Wait: 20 * time.Millisecond}).Run(ctx)
	}()
	<-started
	cancel()
	select {
	case err := <-stopped:
		t.Fatalf("Run returned (%v) with a message in hand", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	require.NoError(t, <-stopped)
	n, err := q.Count(context.Background(), events)
	require.NoError(t, err)
	assert.Zero(t, n, "handled and deleted before stopping")
}

// countingQueue counts how the worker acknowledges.
type countingQueue struct {
	ports.Queue
	deletes, batchDeletes, batchHandles atomic.Int32
}

func (q *countingQueue) Delete(ctx context.Context, queue, handle string) error {
	q.deletes.Add(1)
	return q.Queue.Delete(ctx, queue, handle)
}

func (q *countingQueue) DeleteBatch(ctx context.Context, queue string, handles []string) ([]error, error) {
	q.batchDeletes.Add(1)
	q.batchHandles.Add(int32(len(handles)))
	return q.Queue.DeleteBatch(ctx, queue, handles)
}

func TestBatchIsAcknowledgedWithOneBatchDelete(t *testing.T) {
	t.Parallel()
	mem := memory.New(memory.QueueConfig{Name: events, DLQ: dlq})
	for _, body := range []string{"ok", "ok", "ok", "fail", "ok"} {
		_, err := mem.Publish(context.Background(), events, ports.OutboundMessage{Body: body})
		require.NoError(t, err)
	}
	q := &countingQueue{Queue: mem}
	h := handlerFunc(func(_ context.Context, body string) error {
		if body == "fail" {
			return errors.New("upstream down")
		}
		return nil
	})
	metrics := worker.NewMetrics(nil)
	cfg := worker.Config{Queue: events, Wait: 20 * time.Millisecond, Pollers: 1, RetryBackoff: func(int) time.Duration { return time.Hour }}
	w := worker.New(q, h, slog.New(slog.DiscardHandler), metrics, cfg)
	go func() { _ = w.Run(context.Background()) }()
	require.Eventually(t, func() bool { n, _ := mem.Count(context.Background(), events); return n == 1 }, 5*time.Second, 10*time.Millisecond)
	require.NoError(t, w.Stop(context.Background()))

	assert.Zero(t, q.deletes.Load(), "no single deletes")
	assert.Equal(t, int32(1), q.batchDeletes.Load(), "one receive, one batch delete")
	assert.Equal(t, int32(4), q.batchHandles.Load(), "the four successes; the failure stays for its retry")
	assert.Equal(t, 4.0, metrics.Messages("ignore", worker.ResultAcknowledged))
	assert.Equal(t, 1.0, metrics.Messages("ignore", worker.ResultRetry))
}

// failingBatchQueue refuses every batch delete.
type failingBatchQueue struct{ ports.Queue }

func (failingBatchQueue) DeleteBatch(context.Context, string, []string) ([]error, error) {
	return nil, errors.New("broker unreachable")
}

func TestHandledMessageNotDeletedIsCountedForRetry(t *testing.T) {
	t.Parallel()
	mem := memory.New(memory.QueueConfig{Name: events})
	_, err := mem.Publish(context.Background(), events, ports.OutboundMessage{Body: "m"})
	require.NoError(t, err)
	var calls atomic.Int32
	h := handlerFunc(func(context.Context, string) error { calls.Add(1); return nil })
	metrics := worker.NewMetrics(nil)
	w := worker.New(failingBatchQueue{mem}, h, slog.New(slog.DiscardHandler), metrics, worker.Config{Queue: events, Wait: 20 * time.Millisecond})
	go func() { _ = w.Run(context.Background()) }()
	require.Eventually(t, func() bool { return metrics.Messages("ignore", worker.ResultRetry) == 1 }, 5*time.Second, 10*time.Millisecond)
	require.NoError(t, w.Stop(context.Background()))
	n, err := mem.Count(context.Background(), events)
	require.NoError(t, err)
	assert.Equal(t, 1, n, "still on the queue, to be redelivered")
	assert.Zero(t, metrics.Messages("ignore", worker.ResultAcknowledged))
}

// Stop within its budget lets the message in hand finish and be deleted;
// Stop out of budget cancels it, waits for it to unwind, and leaves the
// message on the queue. Either way nothing runs after Stop returns.
func TestStopFinishesOrAbandonsTheMessageInHand(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name    string
		work    time.Duration // how long the handler takes unless cancelled
		budget  time.Duration
		deleted bool
	}{
		{name: "within budget", work: 300 * time.Millisecond, budget: 10 * time.Second, deleted: true},
		{name: "out of budget", work: time.Minute, budget: 200 * time.Millisecond, deleted: false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			q := memory.New(memory.QueueConfig{Name: events, VisibilityTimeout: time.Minute})
			_, err := q.Publish(context.Background(), events, ports.OutboundMessage{Body: "m"})
			require.NoError(t, err)
			started := make(chan struct{})
			var running atomic.Int32
			h := handlerFunc(func(ctx context.Context, _ string) error {
				running.Add(1)
				defer running.Add(-1)
				close(started)
				select {
				case <-time.After(tt.work):
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			})
			w := worker.New(q, h, slog.New(slog.DiscardHandler), nil, worker.Config{Queue: events, Wait: 20 * time.Millisecond})
			ran := make(chan error, 1)
			go func() { ran <- w.Run(context.Background()) }()
			<-started

			ctx, cancel := context.WithTimeout(context.Background(), tt.budget)
			defer cancel()
			err = w.Stop(ctx)
			assert.Zero(t, running.Load(), "the handler has returned when Stop does")
			require.NoError(t, <-ran)
			n, cerr := q.Count(context.Background(), events)
			require.NoError(t, cerr)
			if tt.deleted {
				require.NoError(t, err)
				assert.Zero(t, n, "handled and deleted")
			} else {
				require.ErrorIs(t, err, context.DeadlineExceeded)
				assert.Equal(t, 1, n, "unacknowledged, for redelivery")
			}
		})
	}
}
