package queues_test

import (
	"context"
	"testing"

	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/memory"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/queues"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// The in-memory queue is the port's reference implementation, so the rules
// are tested against real queue behaviour rather than a hand-written fake.
func newAdmin(t *testing.T) (*queues.Admin, *memory.Queue) {
	t.Helper()
	q := memory.New(
		memory.QueueConfig{Name: "events", DLQ: "events-dlq"},
		memory.QueueConfig{Name: "jobs", DLQ: "jobs-dlq"},
		memory.QueueConfig{Name: "audit"},
	)
	return queues.NewAdmin(q, "audit"), q
}

func publish(t *testing.T, q ports.Queue, queue string, n int) {
	t.Helper()
	for range n {
		if _, err := q.Publish(context.Background(), queue, ports.OutboundMessage{Body: `{"n":1}`}); err != nil {
			t.Fatal(err)
		}
	}
}

func count(t *testing.T, q ports.QueueAdmin, queue string) int {
	t.Helper()
	n, err := q.Count(context.Background(), queue)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestRetryDLQ(t *testing.T) {
	t.Parallel()
	a, q := newAdmin(t)
	publish(t, q, "events-dlq", 3)
	got, err := a.RetryDLQ(t.Context(), "events-dlq")
	if err != nil || got.Found != 3 || got.Moved != 3 {
		t.Fatalf("RetryDLQ = %+v, %v; want 3 found and moved", got, err)
	}
	if count(t, q, "events") != 3 || count(t, q, "events-dlq") != 0 {
		t.Errorf("messages not back on the main queue")
	}
	for _, name := range []string{"events", "audit", "nope"} {
		if _, err := a.RetryDLQ(t.Context(), name); !apperr.Is(err, apperr.NotFound) {
			t.Errorf("RetryDLQ(%s) = %v, want NotFound", name, err)
		}
	}
}

func TestRetryAllDLQs(t *testing.T) {
	t.Parallel()
	a, q := newAdmin(t)
	publish(t, q, "jobs-dlq", 2)
	got, err := a.RetryAllDLQs(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"events-dlq": 0, "jobs-dlq": 2}
	if len(got) != len(want) {
		t.Fatalf("RetryAllDLQs = %+v, want one result per DLQ", got)
	}
	for _, r := range got {
		if r.Found != want[r.DLQ] || r.Moved != want[r.DLQ] {
			t.Errorf("%s: %+v, want %d found and moved", r.DLQ, r, want[r.DLQ])
		}
	}
	if count(t, q, "jobs") != 2 {
		t.Errorf("jobs holds %d, want 2", count(t, q, "jobs"))
	}
}

func TestPurge(t *testing.T) {
	t.Parallel()
	a, q := newAdmin(t)
	publish(t, q, "events", 2)
	publish(t, q, "events-dlq", 1)
	publish(t, q, "audit", 1)
	publish(t, q, "audit", 1)
	for name, want := range map[string]int{"events": 2, "events-dlq": 1, "jobs": 0} {
		if n, err := a.Purge(t.Context(), name); err != nil || n != want {
			t.Errorf("Purge(%s) = %d, %v; want %d", name, n, err, want)
		}
		if count(t, q, name) != 0 {
			t.Errorf("%s not empty after the purge", name)
		}
	}
	for _, name := range []string{"audit", "nope"} {
		if _, err := a.Purge(t.Context(), name); !apperr.Is(err, apperr.NotFound) {
			t.Errorf("Purge(%s) = %v, want NotFound", name, err)
		}
	}
	if count(t, q, "audit") != 2 {
		t.Error("the audit queue lost messages")
	}
}

func TestPeekDLQ(t *testing.T) {
	t.Parallel()
	a, q := newAdmin(t)
	publish(t, q, "events-dlq", 3)
	got, err := a.PeekDLQ(t.Context(), "events-dlq", 2)
	if err != nil || got.Found != 3 || len(got.Messages) != 2 {
		t.Fatalf("PeekDLQ(2) = %+v, %v; want 3 found, 2 returned", got, err)
	}
	// The default is 100; the two peeked above are hidden.
	got, err = a.PeekDLQ(t.Context(), "events-dlq", 0)
	if err != nil || got.Found != 3 || len(got.Messages) != 1 {
		t.Fatalf("PeekDLQ(default) = %+v, %v; want 3 found, 1 returned", got, err)
	}
	if count(t, q, "events-dlq") != 3 {
		t.Error("peeking deleted messages")
	}
	if _, err := a.PeekDLQ(t.Context(), "events", 1); !apperr.Is(err, apperr.NotFound) {
		t.Errorf("PeekDLQ of a main queue = %v, want NotFound", err)
	}
	if _, err := a.PeekDLQ(t.Context(), "events-dlq", -1); !apperr.Is(err, apperr.Invalid) {
		t.Errorf("PeekDLQ(-1) = %v, want Invalid", err)
	}
}
