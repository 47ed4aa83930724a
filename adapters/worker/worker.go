// Package worker runs the prison-case-notes-to-probation consumer on a queue:
// receive a batch, handle each message, delete it only once its work is
// committed, and report every telemetry event as a log line and a counter.
//
// Delivery is at least once (ports.Queue). A failed message is not deleted:
// its visibility is shortened to a backoff so it is retried soon, and after
// the queue's maxReceiveCount the broker moves it to the dead-letter queue.
// A slow message has its visibility extended while it is being handled, so
// no other worker picks it up meanwhile.
//
// Several pollers receive at once, each handling its batch concurrently and
// acknowledging the batch's successes in one batch delete, so the queue's
// round trips do not bound throughput.
package worker

import (
	"context"
	"errors"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/casenotes"
	"github.com/ministryofjustice/hmpps-backbone/core/casenotes/consumer"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// Handler handles one message; nil error means "delete it".
type Handler interface {
	Handle(ctx context.Context, body string, attrs map[string]string) (consumer.Outcome, error)
}

// Config tunes the worker; zero values take the defaults.
type Config struct {
	Queue string // queue name (required)
	// Batch is how many messages one receive asks for (default and maximum ports.MaxReceiveBatch).
	Batch int
	// Wait is the long-poll time of one receive (default 10s).
	Wait time.Duration
	// Heartbeat is how often a message still being handled has its
	// visibility extended, by Extension (defaults 10s and 30s).
	Heartbeat, Extension time.Duration
	// RetryBackoff is how long a failed message stays hidden before its
	// retry, given its receive count (default 100ms × count², as the original).
	RetryBackoff func(receiveCount int) time.Duration
	// HandleTimeout bounds one message's handling (default 5m).
	HandleTimeout time.Duration
	// Pollers is how many receive loops run at once, each with up to Batch
	// messages in hand (default 8: on fauxqs and PostgreSQL, 4 pollers gave
	// ≈ 110 messages a second and 8 gave ≈ 370; bench/worker.sh).
	Pollers int
}

func (c Config) withDefaults() Config {
	if c.Batch <= 0 || c.Batch > ports.MaxReceiveBatch {
		c.Batch = ports.MaxReceiveBatch
	}
	if c.Wait <= 0 {
		c.Wait = 10 * time.Second
	}
	if c.Heartbeat <= 0 {
		c.Heartbeat = 10 * time.Second
	}
	if c.Extension <= 0 {
		c.Extension = 30 * time.Second
	}
	if c.RetryBackoff == nil {
		c.RetryBackoff = func(n int) time.Duration { return 100 * time.Millisecond * time.Duration(n*n) }
	}
	if c.HandleTimeout <= 0 {
		c.HandleTimeout = 5 * time.Minute
	}
	if c.Pollers <= 0 {
		c.Pollers = 8
	}
	return c
}

// Message results, the "result" label of the messages counter.
const (
	ResultAcknowledged = "acknowledged"
	ResultRetry        = "retry"
)

// Metrics are the worker's Prometheus counters.
type Metrics struct {
	messages *prometheus.CounterVec // by route and result
	events   *prometheus.CounterVec // by telemetry event
}

// NewMetrics registers the counters on reg (nil: unregistered, for tests).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "casenotes_worker_messages_total",
			Help: "Domain event messages handled by the case-notes-to-probation worker, by route and result (acknowledged or retry).",
		}, []string{"route", "result"}),
		events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "casenotes_worker_events_total",
			Help: "Telemetry events of the case-notes-to-probation worker (CaseNoteMerged, AlertNotFound, ...).",
		}, []string{"event"}),
	}
	if reg != nil {
		reg.MustRegister(m.messages, m.events)
	}
	return m
}

// Messages returns the count of messages with route and result, for tests.
func (m *Metrics) Messages(route, result string) float64 {
	return counterValue(m.messages.WithLabelValues(route, result))
}

// Events returns the count of a telemetry event, for tests.
func (m *Metrics) Events(event string) float64 { return counterValue(m.events.WithLabelValues(event)) }

// Worker consumes one queue.
type Worker struct {
	q       ports.Queue
	h       Handler
	log     *slog.Logger
	metrics *Metrics
	cfg     Config

	quit     chan struct{} // closed by Stop: receive no more
	quitOnce sync.Once
	// work is the context messages are handled in: not cancelled when
	// receiving stops, only when Stop runs out of time (abort).
	work  context.Context
	abort context.CancelFunc
	done  chan struct{} // closed when Run returns
}

// New builds a worker.
func New(q ports.Queue, h Handler, log *slog.Logger, metrics *Metrics, cfg Config) *Worker {
	if metrics == nil {
		metrics = NewMetrics(nil)
	}
	work, abort := context.WithCancel(context.Background())
	return &Worker{
		q: q, h: h, log: log.With("queue", cfg.Queue), metrics: metrics, cfg: cfg.withDefaults(),
		quit: make(chan struct{}), work: work, abort: abort, done: make(chan struct{}),
	}
}

// Run receives and handles messages until ctx ends or Stop is called, then
// waits for the messages in hand to finish (their handling is not cancelled
// by ctx: a message cut off half way would only be redone) and returns. Call
// it once.
func (w *Worker) Run(ctx context.Context) error {
	defer close(w.done)
	defer w.abort() // releases the work context once nothing uses it
	w.log.Info("case notes worker started", "batch", w.cfg.Batch, "pollers", w.cfg.Pollers)
	defer w.log.Info("case notes worker stopped")
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-w.quit:
			cancel()
		case <-ctx.Done():
		}
	}()
	var pollers sync.WaitGroup
	for range w.cfg.Pollers {
		pollers.Go(func() { w.poll(ctx) })
	}
	pollers.Wait()
	return nil
}

// Stop stops receiving and waits for the messages in hand to be handled and
// acknowledged. If ctx ends first it gives up on them: their handling is
// cancelled (so nothing is half committed; they stay unacknowledged and are
// redelivered after the visibility timeout), Stop waits for it to unwind and
// returns ctx's error. Once Stop returns, the worker no longer uses the
// queue, the handler or anything behind them, so they may be closed. Stop
// must be called only after Run has started.
func (w *Worker) Stop(ctx context.Context) error {
	w.quitOnce.Do(func() { close(w.quit) })
	select {
	case <-w.done:
		return nil
	case <-ctx.Done():
	}
	w.log.Warn("shutdown budget spent: abandoning the messages in hand, which will be redelivered")
	w.abort()
	<-w.done
	return ctx.Err()
}

// poll is one receive loop: receive a batch, handle its messages
// concurrently, acknowledge the successes together, repeat until ctx ends.
func (w *Worker) poll(ctx context.Context) {
	for {
		batch, err := w.q.Receive(ctx, w.cfg.Queue, w.cfg.Batch, w.cfg.Wait)
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			w.log.Error("receive failed", "error", err)
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Second):
			}
			continue
		}
		results := make([]result, len(batch))
		var wg sync.WaitGroup
		for i, d := range batch {
			wg.Go(func() { results[i] = w.handle(w.work, d) })
		}
		wg.Wait()
		w.acknowledge(w.work, batch, results)
	}
}

// result is what handling one delivery left to do.
type result struct {
	route string
	ack   bool   // handled: delete it
	stop  func() // ends the message's heartbeat once it is deleted
	log   *slog.Logger
}

// handle handles one delivery and schedules its retry if it failed. A
// success is acknowledged with its batch, its visibility still kept up
// meanwhile, in case a slower message of the batch holds the delete back.
func (w *Worker) handle(ctx context.Context, d ports.Delivery) result {
	stop := w.heartbeat(ctx, d)
	handleCtx, cancel := context.WithTimeout(ctx, w.cfg.HandleTimeout)
	started := time.Now()
	out, err := w.h.Handle(handleCtx, d.Body, d.Attributes)
	cancel()

	for _, e := range out.Events {
		w.metrics.events.WithLabelValues(e.Name).Inc()
		level := slog.LevelInfo
		if strings.HasSuffix(e.Name, "Failed") || strings.HasSuffix(e.Name, "Failure") {
			level = slog.LevelWarn
		}
		w.log.Log(ctx, level, e.Name, eventAttrs(e, d)...)
	}
	route := out.Route.String()
	if errors.Is(err, casenotes.ErrMalformed) {
		route = "malformed" // never routed: not "ignore"
	}
	log := w.log.With("messageId", d.ID, "route", route, "receiveCount", d.ReceiveCount, "durationMs", time.Since(started).Milliseconds())
	if err != nil {
		stop() // or a heartbeat could undo the backoff below
		w.metrics.messages.WithLabelValues(route, ResultRetry).Inc()
		level := slog.LevelWarn
		if errors.Is(err, casenotes.ErrMalformed) || apperr.Is(err, apperr.Forbidden) || apperr.Is(err, apperr.Invalid) {
			level = slog.LevelError // will never succeed: heading for the DLQ
		}
		log.Log(ctx, level, "message failed, will be retried", "error", err)
		if err := w.q.ExtendVisibility(ctx, w.cfg.Queue, d.ReceiptHandle, w.cfg.RetryBackoff(d.ReceiveCount)); err != nil {
			log.Warn("could not schedule the retry; it comes after the visibility timeout", "error", err)
		}
		return result{route: route, log: log}
	}
	return result{route: route, ack: true, stop: stop, log: log}
}

// acknowledge deletes a batch's handled messages in one batch delete.
func (w *Worker) acknowledge(ctx context.Context, batch []ports.Delivery, results []result) {
	var handles []string
	var done []result
	for i, r := range results {
		if r.ack {
			handles = append(handles, batch[i].ReceiptHandle)
			done = append(done, r)
		}
	}
	if len(handles) == 0 {
		return
	}
	failed, err := w.q.DeleteBatch(ctx, w.cfg.Queue, handles)
	for i, r := range done {
		r.stop()
		notDeleted := err
		if err == nil {
			notDeleted = failed[i]
		}
		if notDeleted == nil {
			w.metrics.messages.WithLabelValues(r.route, ResultAcknowledged).Inc()
			r.log.Debug("message handled")
			continue
		}
		// The work is committed and idempotent: a redelivery changes nothing.
		w.metrics.messages.WithLabelValues(r.route, ResultRetry).Inc()
		r.log.Warn("message handled but not deleted; it will be redelivered", "error", notDeleted)
	}
}

// heartbeat keeps a message hidden while it is handled; stop ends it.
func (w *Worker) heartbeat(ctx context.Context, d ports.Delivery) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(w.cfg.Heartbeat)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				if err := w.q.ExtendVisibility(ctx, w.cfg.Queue, d.ReceiptHandle, w.cfg.Extension); err != nil {
					w.log.Warn("could not extend visibility", "messageId", d.ID, "error", err)
				}
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// eventAttrs renders an event's properties as sorted log attributes.
func eventAttrs(e consumer.Event, d ports.Delivery) []any {
	keys := make([]string, 0, len(e.Props))
	for k := range e.Props {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	attrs := []any{"telemetry", e.Name, "messageId", d.ID}
	for _, k := range keys {
		attrs = append(attrs, k, e.Props[k])
	}
	return attrs
}

func counterValue(c prometheus.Counter) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		return 0
	}
	return m.GetCounter().GetValue()
}
