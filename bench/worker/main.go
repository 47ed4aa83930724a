// Command worker measures the prison-case-notes-to-probation worker end to
// end on an SQS emulator and PostgreSQL, with the production adapters: the
// SQS queue adapter, the Case Notes and Alerts API clients against the
// upstream simulator on a real listener, and the Delius writer on PostgreSQL.
//
// It reports, for one run:
//
//	raw     the emulator's own receive(10)+batch-delete rate for N pre-sent
//	        messages, with as many pollers as the worker has
//	worker  N case-note events, each for a distinct case note (so each makes a
//	        contact), from the first enqueue until all N contacts are committed
//	memory  heap and RSS of this process sampled through the worker phase:
//	        at its start, at the peak, and at the end
//
// Run it through bench/worker.sh, which starts a throwaway PostgreSQL and
// fauxqs (TEST_POSTGRES_DSN, TEST_SQS_ENDPOINT).
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"github.com/ministryofjustice/hmpps-backbone/adapters/delius"
	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/sqsqueue"
	"github.com/ministryofjustice/hmpps-backbone/adapters/simulator"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/alerts"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/casenotes"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/detailurl"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/adapters/worker"
	"github.com/ministryofjustice/hmpps-backbone/core/casenotes/consumer"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

const (
	eventsQueue = "events"
	rawQueue    = "raw"
	urnPrefix   = "urn:uk:gov:hmpps:prison-case-note:" + simulator.BenchCaseNotePrefix
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench/worker:", err)
		os.Exit(1)
	}
}

type options struct {
	n, rawN, pollers int
	cpuProfile       string
	timeout          time.Duration
}

func run() error {
	var o options
	flag.IntVar(&o.n, "n", 100_000, "case-note messages for the worker phase")
	flag.IntVar(&o.rawN, "raw-n", 0, "messages for the raw receive+delete phase (default: -n)")
	flag.IntVar(&o.pollers, "pollers", 8, "receive loops of the worker, and of the raw phase")
	flag.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the worker phase to this file")
	flag.DurationVar(&o.timeout, "timeout", 30*time.Minute, "give up after this long")
	flag.Parse()
	if o.rawN <= 0 {
		o.rawN = o.n
	}
	dsn, endpoint := os.Getenv("TEST_POSTGRES_DSN"), os.Getenv("TEST_SQS_ENDPOINT")
	if dsn == "" || endpoint == "" {
		return errors.New("TEST_POSTGRES_DSN and TEST_SQS_ENDPOINT must be set: run bench/worker.sh")
	}
	ctx, cancel := context.WithTimeout(context.Background(), o.timeout)
	defer cancel()

	db, err := freshDatabase(ctx, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	client, err := sqsqueue.NewClient(ctx, sqsqueue.ClientConfig{Endpoint: endpoint, Region: "eu-west-2", AccessKeyID: "bench", SecretAccessKey: "bench"})
	if err != nil {
		return err
	}
	prefix := "bench" + token() + "-"
	q, err := sqsqueue.New(ctx, sqsqueue.Config{Client: client, NamePrefix: prefix, Create: true, Queues: []sqsqueue.QueueConfig{
		{Name: eventsQueue, DLQ: eventsQueue + "-dlq", VisibilityTimeout: 30 * time.Second, MaxReceiveCount: 3},
		{Name: rawQueue, VisibilityTimeout: 30 * time.Second},
	}})
	if err != nil {
		return err
	}
	sim, simURL, err := startSimulator()
	if err != nil {
		return err
	}
	defer func() { _ = sim.Close() }()

	fmt.Fprintf(os.Stderr, "raw phase: %d messages, %d pollers\n", o.rawN, o.pollers)
	raw, err := rawRate(ctx, client, q, prefix+rawQueue, o.rawN, o.pollers)
	if err != nil {
		return fmt.Errorf("raw phase: %w", err)
	}
	fmt.Fprintf(os.Stderr, "worker phase: %d messages, %d pollers\n", o.n, o.pollers)
	res, err := workerRate(ctx, o, client, q, prefix+eventsQueue, db, simURL)
	if err != nil {
		return fmt.Errorf("worker phase: %w", err)
	}
	report(os.Stdout, o, raw, res)
	return nil
}

// freshDatabase creates an empty database beside the one dsn names, so runs
// never share rows, and migrates the app and Delius schemas into it.
func freshDatabase(ctx context.Context, dsn string) (*store.DB, error) {
	admin, err := store.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	defer admin.Close()
	name := "bench_worker_" + token()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		return nil, fmt.Errorf("create database: %w", err)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return nil, err
	}
	u.Path = "/" + name
	db, err := store.Open(ctx, u.String())
	if err != nil {
		return nil, err
	}
	if err := db.MigrateUp(ctx); err != nil {
		return nil, err
	}
	if err := db.MigrateDeliusUp(ctx); err != nil {
		return nil, err
	}
	return db, nil
}

// startSimulator serves the upstream simulator on a real listener.
func startSimulator() (*http.Server, string, error) {
	ln, err := (&net.ListenConfig{}).Listen(context.Background(), "tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", err
	}
	srv := &http.Server{Handler: simulator.New(simulator.DefaultWorld()), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	return srv, "http://" + ln.Addr().String(), nil
}

// sendAll puts n messages on the broker queue in batches of ten, from a few
// senders at once; body(i) makes message i.
func sendAll(ctx context.Context, client *sqs.Client, queueName string, n int, body func(i int) string) error {
	out, err := client.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String(queueName)})
	if err != nil {
		return err
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			for {
				start := int(next.Add(10)) - 10
				if start >= n {
					return
				}
				var entries []types.SendMessageBatchRequestEntry
				for i := start; i < min(start+10, n); i++ {
					entries = append(entries, types.SendMessageBatchRequestEntry{Id: aws.String(strconv.Itoa(i)), MessageBody: aws.String(body(i))})
				}
				res, err := client.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: out.QueueUrl, Entries: entries})
				if err == nil && len(res.Failed) > 0 {
					err = fmt.Errorf("%d messages refused, first: %s", len(res.Failed), aws.ToString(res.Failed[0].Message))
				}
				if err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	return <-errs
}

type rate struct {
	n       int
	elapsed time.Duration
}

func (r rate) perSecond() float64 { return float64(r.n) / r.elapsed.Seconds() }

// rawRate pre-sends n messages, then times pollers receiving ten at a time
// and batch-deleting them through the same adapter the worker uses, with no
// work in between.
func rawRate(ctx context.Context, client *sqs.Client, q *sqsqueue.Queue, brokerName string, n, pollers int) (rate, error) {
	if err := sendAll(ctx, client, brokerName, n, func(i int) string { return "raw " + strconv.Itoa(i) }); err != nil {
		return rate{}, err
	}
	var done atomic.Int64
	var firstErr error
	var once sync.Once
	start := time.Now()
	var wg sync.WaitGroup
	for range pollers {
		wg.Go(func() {
			for done.Load() < int64(n) && ctx.Err() == nil {
				batch, err := q.Receive(ctx, rawQueue, ports.MaxReceiveBatch, time.Second)
				if err == nil && len(batch) > 0 {
					handles := make([]string, len(batch))
					for i, d := range batch {
						handles[i] = d.ReceiptHandle
					}
					_, err = q.DeleteBatch(ctx, rawQueue, handles)
					done.Add(int64(len(batch)))
				}
				if err != nil {
					once.Do(func() { firstErr = err })
					return
				}
			}
		})
	}
	wg.Wait()
	return rate{n: n, elapsed: time.Since(start)}, firstErr
}

type workerResult struct {
	rate
	enqueued         time.Duration // how long enqueueing all n took
	memory           memorySamples
	retried          float64
	contactsExpected int
}

// workerRate runs the real worker, enqueues n case-note events and waits
// until n contacts are committed, sampling memory meanwhile.
func workerRate(ctx context.Context, o options, client *sqs.Client, q *sqsqueue.Queue, brokerName string, db *store.DB, simURL string) (workerResult, error) {
	httpClient := transport.NewClient(transport.Config{TokenURL: simURL + "/auth/oauth/token", ClientID: "bench", ClientSecret: "bench"})
	allowed, err := detailurl.New(simURL)
	if err != nil {
		return workerResult{}, err
	}
	cn, err := casenotes.New(simURL, httpClient, allowed)
	if err != nil {
		return workerResult{}, err
	}
	al, err := alerts.New(simURL, httpClient, allowed)
	if err != nil {
		return workerResult{}, err
	}
	metrics := worker.NewMetrics(nil)
	logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	w := worker.New(q, consumer.New(cn, al, delius.New(db)), logger, metrics, worker.Config{Queue: eventsQueue, Pollers: o.pollers})
	runCtx, stopRunning := context.WithCancel(ctx)
	defer stopRunning()
	go func() { _ = w.Run(runCtx) }()
	// One message first, so that the token, the connections and the author's
	// staff record exist before the clock starts, as in a running service.
	if err := sendAll(ctx, client, brokerName, 1, func(int) string { return envelope(simURL, o.n) }); err != nil {
		return workerResult{}, err
	}
	if err := waitForContacts(ctx, db, 1, time.Second); err != nil {
		return workerResult{}, err
	}

	if o.cpuProfile != "" {
		f, err := os.Create(o.cpuProfile)
		if err != nil {
			return workerResult{}, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return workerResult{}, err
		}
		defer pprof.StopCPUProfile()
	}
	sampler := startSampling(500 * time.Millisecond)
	start := time.Now()
	if err := sendAll(ctx, client, brokerName, o.n, func(i int) string { return envelope(simURL, i) }); err != nil {
		return workerResult{}, err
	}
	enqueued := time.Since(start)
	if err := waitForContacts(ctx, db, o.n+1, 250*time.Millisecond); err != nil {
		return workerResult{}, err
	}
	elapsed := time.Since(start)
	mem := sampler.stop()
	stopRunning()
	if err := w.Stop(ctx); err != nil {
		return workerResult{}, err
	}
	return workerResult{
		rate: rate{n: o.n, elapsed: elapsed}, enqueued: enqueued, memory: mem,
		retried: metrics.Messages("case-note", worker.ResultRetry), contactsExpected: o.n,
	}, nil
}

// envelope is a person.case-note.created notification as SNS delivers it to
// SQS, shaped as the original's fixtures, for generated case note i.
func envelope(simURL string, i int) string {
	id := simulator.BenchCaseNoteID(int64(i))
	event, _ := json.Marshal(map[string]any{
		"eventType": "person.case-note.created", "version": 1, "description": "A prison case note has been created",
		"occurredAt": "2024-03-01T09:00:00Z", "detailUrl": simURL + "/case-notes/AA0001A/" + id,
		"additionalInformation": map[string]any{"id": id, "legacyId": strconv.Itoa(900_000_000 + i), "type": "GEN", "subType": "OSE"},
		"personReference":       map[string]any{"identifiers": []map[string]string{{"type": "NOMS", "value": "AA0001A"}}},
	})
	attr := func(v string) map[string]string { return map[string]string{"Type": "String", "Value": v} }
	body, _ := json.Marshal(map[string]any{
		"Type": "Notification", "MessageId": id, "Message": string(event),
		"MessageAttributes": map[string]any{"eventType": attr("person.case-note.created"), "type": attr("GEN"), "subType": attr("OSE")},
	})
	return string(body)
}

// waitForContacts polls the contact table until want benchmark contacts are committed.
func waitForContacts(ctx context.Context, db *store.DB, want int, every time.Duration) error {
	for {
		var n int
		if err := db.NewRaw("SELECT COUNT(*) FROM delius_contact WHERE external_reference LIKE ?", urnPrefix+"%").Scan(ctx, &n); err != nil {
			return err
		}
		if n >= want {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%d of %d contacts committed: %w", n, want, ctx.Err())
		case <-time.After(every):
		}
	}
}

type memorySample struct {
	heap, rss uint64 // bytes
}

type memorySamples struct {
	start, peak, end, endAfterGC memorySample
	samples                      int
}

type sampler struct {
	stopc chan struct{}
	done  chan memorySamples
}

// startSampling records heap in use and RSS every interval until stop.
func startSampling(every time.Duration) *sampler {
	s := &sampler{stopc: make(chan struct{}), done: make(chan memorySamples, 1)}
	runtime.GC()
	go func() {
		m := memorySamples{start: sample()}
		m.peak = m.start
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-s.stopc:
				m.end = sample()
				runtime.GC()
				m.endAfterGC = sample()
				s.done <- m
				return
			case <-t.C:
				x := sample()
				m.samples++
				m.peak.heap, m.peak.rss = max(m.peak.heap, x.heap), max(m.peak.rss, x.rss)
			}
		}
	}()
	return s
}

func (s *sampler) stop() memorySamples {
	close(s.stopc)
	return <-s.done
}

func sample() memorySample {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return memorySample{heap: ms.HeapInuse, rss: rss()}
}

// rss reads this process's resident set size from /proc (0 elsewhere).
func rss() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

func report(out io.Writer, o options, raw rate, res workerResult) {
	mib := func(b uint64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }
	ratio := res.perSecond() / raw.perSecond()
	fmt.Fprintf(out, "| measure | value |\n|---|---|\n")
	fmt.Fprintf(out, "| cores (GOMAXPROCS) | %d |\n", runtime.GOMAXPROCS(0))
	fmt.Fprintf(out, "| pollers × batch | %d × %d |\n", o.pollers, ports.MaxReceiveBatch)
	fmt.Fprintf(out, "| raw receive(10)+batch delete, %d messages | %.0f msg/s (%.1f s) |\n", raw.n, raw.perSecond(), raw.elapsed.Seconds())
	fmt.Fprintf(out, "| worker, enqueue → committed contact, %d messages | %.0f msg/s (%.1f s; enqueue took %.1f s) |\n",
		res.n, res.perSecond(), res.elapsed.Seconds(), res.enqueued.Seconds())
	fmt.Fprintf(out, "| worker ÷ raw | %.0f %% |\n", 100*ratio)
	fmt.Fprintf(out, "| messages retried | %.0f |\n", res.retried)
	fmt.Fprintf(out, "| heap in use: start / peak / end (after GC) | %s / %s / %s (%s) |\n",
		mib(res.memory.start.heap), mib(res.memory.peak.heap), mib(res.memory.end.heap), mib(res.memory.endAfterGC.heap))
	fmt.Fprintf(out, "| RSS: start / peak / end | %s / %s / %s |\n", mib(res.memory.start.rss), mib(res.memory.peak.rss), mib(res.memory.end.rss))
	fmt.Fprintf(out, "| memory samples | %d (every 500 ms) |\n", res.memory.samples)
}

func token() string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
