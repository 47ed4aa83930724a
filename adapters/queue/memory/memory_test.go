package memory_test

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/memory"
	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/queuetest"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

func suiteConfig() []memory.QueueConfig {
	return []memory.QueueConfig{
		{
			Name:              queuetest.Events,
			DLQ:               queuetest.EventsDLQ,
			VisibilityTimeout: queuetest.VisibilityTimeout,
			MaxReceiveCount:   queuetest.MaxReceiveCount,
		},
		{Name: queuetest.Audit},
	}
}

func TestSuite(t *testing.T) {
	queuetest.Run(t, func(t *testing.T) (ports.Queue, ports.QueueAdmin) {
		q := memory.New(suiteConfig()...)
		return q, q
	})
}

// clock is a settable time source so visibility timeouts expire without sleeping.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func newClocked() (*memory.Queue, *clock) {
	c := &clock{now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	return memory.New(suiteConfig()...).WithClock(c.Now), c
}

func receive(t *testing.T, q *memory.Queue, queue string) []ports.Delivery {
	t.Helper()
	got, err := q.Receive(t.Context(), queue, 10, 0)
	if err != nil {
		t.Fatalf("Receive: %v", err)
	}
	return got
}

func TestVisibilityTimeoutFollowsTheClock(t *testing.T) {
	q, c := newClocked()
	if _, err := q.Publish(t.Context(), "events", ports.OutboundMessage{Body: "x"}); err != nil {
		t.Fatal(err)
	}
	first := receive(t, q, "events")
	c.Advance(999 * time.Millisecond)
	if got := receive(t, q, "events"); len(got) != 0 {
		t.Fatalf("visible before the timeout: %+v", got)
	}
	c.Advance(time.Millisecond)
	got := receive(t, q, "events")
	if len(got) != 1 || got[0].ReceiveCount != 2 {
		t.Fatalf("after the timeout got %+v, want the message with ReceiveCount 2", got)
	}
	err := q.Delete(t.Context(), "events", first[0].ReceiptHandle)
	if !apperr.Is(err, apperr.Conflict) {
		t.Errorf("Delete with a stale handle: %v, want Conflict", err)
	}
	if err := q.ExtendVisibility(t.Context(), "events", first[0].ReceiptHandle, time.Minute); !apperr.Is(err, apperr.Conflict) {
		t.Errorf("ExtendVisibility with a stale handle: %v, want Conflict", err)
	}
}

func TestRedriveAfterMaxReceivesFollowsTheClock(t *testing.T) {
	q, c := newClocked()
	if _, err := q.Publish(t.Context(), "events", ports.OutboundMessage{Body: "poison"}); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 3; i++ {
		got := receive(t, q, "events")
		if len(got) != 1 || got[0].ReceiveCount != i {
			t.Fatalf("receive %d: %+v", i, got)
		}
		c.Advance(time.Second)
	}
	if got := receive(t, q, "events"); len(got) != 0 {
		t.Fatalf("fourth receive delivered %+v, want it moved to the DLQ", got)
	}
	if n, _ := q.Count(t.Context(), "events-dlq"); n != 1 {
		t.Fatalf("DLQ holds %d, want 1", n)
	}
	// A peek hides DLQ messages for PeekVisibility, after which redrive finds them.
	if got, _ := q.PeekDLQ(t.Context(), "events-dlq", 10); len(got) != 1 {
		t.Fatalf("PeekDLQ = %+v", got)
	}
	if moved, _ := q.RedriveDLQ(t.Context(), "events-dlq"); moved != 0 {
		t.Fatalf("redrove %d peeked messages, want 0 while hidden", moved)
	}
	c.Advance(ports.PeekVisibility)
	if moved, _ := q.RedriveDLQ(t.Context(), "events-dlq"); moved != 1 {
		t.Fatalf("redrove %d, want 1", moved)
	}
}

func TestDefaultVisibilityTimeout(t *testing.T) {
	c := &clock{now: time.Unix(0, 0)}
	q := memory.New(memory.QueueConfig{Name: "q"}).WithClock(c.Now)
	if _, err := q.Publish(t.Context(), "q", ports.OutboundMessage{Body: "x"}); err != nil {
		t.Fatal(err)
	}
	receive(t, q, "q")
	c.Advance(memory.DefaultVisibilityTimeout - time.Nanosecond)
	if got := receive(t, q, "q"); len(got) != 0 {
		t.Fatalf("visible before the default timeout: %+v", got)
	}
	c.Advance(time.Nanosecond)
	if got := receive(t, q, "q"); len(got) != 1 {
		t.Fatalf("not visible after the default timeout")
	}
}

func TestPublishValidatesAttributes(t *testing.T) {
	q := memory.New(suiteConfig()...)
	tooMany := map[string]string{}
	for i := range 11 {
		tooMany[fmt.Sprint("a", i)] = "v"
	}
	for _, attrs := range []map[string]string{{"eventType": ""}, tooMany} {
		_, err := q.Publish(t.Context(), "events", ports.OutboundMessage{Body: "x", Attributes: attrs})
		if !apperr.Is(err, apperr.Invalid) {
			t.Errorf("attributes %v: error %v, want Invalid", attrs, err)
		}
	}
}

func TestDeliveriesDoNotShareAttributeMaps(t *testing.T) {
	q := memory.New(suiteConfig()...)
	attrs := map[string]string{"eventType": "a"}
	if _, err := q.Publish(t.Context(), "audit", ports.OutboundMessage{Body: "x", Attributes: attrs}); err != nil {
		t.Fatal(err)
	}
	attrs["eventType"] = "changed"
	if got := receive(t, q, "audit"); got[0].Attributes["eventType"] != "a" {
		t.Errorf("stored attributes changed with the caller's map: %v", got[0].Attributes)
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	for name, cfg := range map[string][]memory.QueueConfig{
		"empty name": {{Name: ""}},
		"duplicate":  {{Name: "a"}, {Name: "a"}},
		"own DLQ":    {{Name: "a", DLQ: "a"}},
		"shared DLQ": {{Name: "a", DLQ: "d"}, {Name: "b", DLQ: "d"}},
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("New did not panic")
				}
			}()
			memory.New(cfg...)
		})
	}
}

// TestConcurrentUse exercises every method from many goroutines at once, for
// the race detector, and checks each message is consumed exactly once.
func TestConcurrentUse(t *testing.T) {
	q := memory.New(suiteConfig()...)
	const producers, perProducer, consumers = 4, 50, 4
	var (
		wg       sync.WaitGroup
		consumed atomic.Int64
		mu       sync.Mutex
		seen     = map[string]bool{}
	)
	for p := range producers {
		wg.Go(func() {
			for i := range perProducer {
				body := fmt.Sprintf("%d-%d", p, i)
				if _, err := q.Publish(t.Context(), "events", ports.OutboundMessage{Body: body}); err != nil {
					t.Errorf("Publish: %v", err)
				}
			}
		})
	}
	deadline := time.Now().Add(10 * time.Second)
	for range consumers {
		wg.Go(func() {
			for consumed.Load() < producers*perProducer && time.Now().Before(deadline) {
				got, err := q.Receive(t.Context(), "events", 5, 20*time.Millisecond)
				if err != nil {
					t.Errorf("Receive: %v", err)
					return
				}
				for _, d := range got {
					mu.Lock()
					dup := seen[d.ID]
					seen[d.ID] = true
					mu.Unlock()
					if dup {
						t.Errorf("message %s consumed twice", d.ID)
					}
					if err := q.ExtendVisibility(t.Context(), "events", d.ReceiptHandle, time.Minute); err != nil {
						t.Errorf("ExtendVisibility: %v", err)
					}
					if err := q.Delete(t.Context(), "events", d.ReceiptHandle); err != nil {
						t.Errorf("Delete: %v", err)
					}
					consumed.Add(1)
				}
			}
		})
	}
	wg.Go(func() { // an operator poking at the admin side meanwhile
		for consumed.Load() < producers*perProducer && time.Now().Before(deadline) {
			_, _ = q.Count(t.Context(), "events")
			_, _ = q.PeekDLQ(t.Context(), "events-dlq", 10)
			_, _ = q.RedriveDLQ(t.Context(), "events-dlq")
			_, _ = q.Purge(t.Context(), "audit")
			_ = q.Queues()
			time.Sleep(time.Millisecond)
		}
	})
	wg.Wait()
	if got := consumed.Load(); got != producers*perProducer {
		t.Errorf("consumed %d messages, want %d", got, producers*perProducer)
	}
	if n, _ := q.Count(t.Context(), "events"); n != 0 {
		t.Errorf("%d messages left", n)
	}
}
