package audit_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"slices"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/ministryofjustice/hmpps-backbone/adapters/audit"
	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/memory"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

func TestWhat(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"getPersonName": "GET_PERSON_NAME", "getAlerts": "GET_ALERTS", "postTransaction": "POST_TRANSACTION"} {
		if got := audit.What(in); got != want {
			t.Errorf("What(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRecordsArePublishedInTheBackground(t *testing.T) {
	t.Parallel()
	q := memory.New(memory.QueueConfig{Name: "audit"})
	p := audit.New(q, "audit", 10, slog.New(slog.NewTextHandler(io.Discard, nil)), prometheus.NewRegistry())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { p.Run(ctx); close(done) }()

	p.Audit("getPersonName", "full-access", time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC), map[string]string{"hmppsId": "A1234AA"})
	got, err := q.Receive(context.Background(), "audit", 10, 2*time.Second)
	if err != nil || len(got) != 1 {
		t.Fatalf("received %v, %v", got, err)
	}
	var r audit.Record
	if err := json.Unmarshal([]byte(got[0].Body), &r); err != nil {
		t.Fatal(err)
	}
	want := audit.Record{What: "GET_PERSON_NAME", Who: "full-access", When: "2026-11-23T10:00:00Z", Service: "hmpps-integration-api", Details: `{"hmppsId":"A1234AA"}`}
	if r != want {
		t.Errorf("record %+v, want %+v", r, want)
	}
	cancel()
	<-done
}

// A full buffer drops records (counted) rather than blocking the request.
func TestFullBufferDropsWithoutBlocking(t *testing.T) {
	t.Parallel()
	q := memory.New(memory.QueueConfig{Name: "audit"})
	reg := prometheus.NewRegistry()
	p := audit.New(q, "audit", 2, slog.New(slog.NewTextHandler(io.Discard, nil)), reg)
	start := time.Now()
	for range 5 { // nothing runs the publisher: the buffer fills
		p.Audit("getAlerts", "c", time.Now(), nil)
	}
	if time.Since(start) > time.Second {
		t.Error("Audit blocked")
	}
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	dropped := -1.0
	for _, f := range families {
		for _, m := range f.GetMetric() {
			if m.GetLabel()[0].GetValue() == "dropped" {
				dropped = m.GetCounter().GetValue()
			}
		}
	}
	if dropped != 3 {
		t.Errorf("dropped = %v, want 3", dropped)
	}
}

// batchCounter is a memory queue that remembers the size of each batch published.
type batchCounter struct {
	*memory.Queue
	sizes []int
}

func (b *batchCounter) PublishBatch(ctx context.Context, queue string, ms []ports.OutboundMessage) ([]string, error) {
	b.sizes = append(b.sizes, len(ms))
	return b.Queue.PublishBatch(ctx, queue, ms)
}

// Records that pile up while the queue is slow go out together, so a broker
// call per request is not what limits the audit rate.
func TestBufferedRecordsArePublishedInBatches(t *testing.T) {
	t.Parallel()
	q := &batchCounter{Queue: memory.New(memory.QueueConfig{Name: "audit"})}
	p := audit.New(q, "audit", 200, slog.New(slog.NewTextHandler(io.Discard, nil)), prometheus.NewRegistry())
	for range 120 { // buffered before the publisher runs
		p.Audit("getAlerts", "c", time.Now(), nil)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // Run drains what is buffered, then returns
	p.Run(ctx)

	if want := []int{50, 50, 20}; !slices.Equal(q.sizes, want) {
		t.Errorf("batch sizes %v, want %v", q.sizes, want)
	}
	n, err := q.Count(context.Background(), "audit")
	if err != nil || n != 120 {
		t.Errorf("queue holds %d records (%v), want 120", n, err)
	}
}

// Records arriving one by one, as requests finish, still share broker calls:
// a batch waits briefly for the next records.
func TestRecordsArrivingTogetherShareABatch(t *testing.T) {
	t.Parallel()
	q := &batchCounter{Queue: memory.New(memory.QueueConfig{Name: "audit"})}
	p := audit.New(q, "audit", 100, slog.New(slog.NewTextHandler(io.Discard, nil)), prometheus.NewRegistry())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { p.Run(ctx); close(done) }()
	for range 20 {
		p.Audit("getAlerts", "c", time.Now(), nil)
		time.Sleep(time.Millisecond)
	}
	got, err := q.Receive(context.Background(), "audit", 10, 2*time.Second)
	if err != nil || len(got) == 0 {
		t.Fatalf("received %v, %v", got, err)
	}
	cancel()
	<-done
	if sum(q.sizes) != 20 || len(q.sizes) > 5 {
		t.Errorf("batch sizes %v: want 20 records in a few batches, not one call each", q.sizes)
	}
}

func sum(xs []int) (n int) {
	for _, x := range xs {
		n += x
	}
	return n
}
