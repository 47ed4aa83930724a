package dbqueue_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/dbqueue"
	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/queuetest"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store/storetest"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

func suiteConfig() []dbqueue.QueueConfig {
	return []dbqueue.QueueConfig{
		{
			Name:              queuetest.Events,
			DLQ:               queuetest.EventsDLQ,
			VisibilityTimeout: queuetest.VisibilityTimeout,
			MaxReceiveCount:   queuetest.MaxReceiveCount,
		},
		{Name: queuetest.Audit},
	}
}

func newQueue(t *testing.T, db *store.DB) *dbqueue.Queue {
	t.Helper()
	q, err := dbqueue.New(db, suiteConfig()...)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// The suite runs on every engine, each subtest on a fresh database.
func TestSuite(t *testing.T) {
	t.Parallel()
	for _, engine := range storetest.Engines(t) {
		t.Run(string(engine), func(t *testing.T) {
			t.Parallel()
			queuetest.Run(t, func(t *testing.T) (ports.Queue, ports.QueueAdmin) {
				q := newQueue(t, storetest.Open(t, engine))
				return q, q
			})
		})
	}
}

// Messages outlive the Queue value: a new one over the same database, as after
// a restart or in another process, finds them, and a message received but not
// deleted before the "crash" comes back after its visibility timeout.
func TestMessagesSurviveARestart(t *testing.T) {
	t.Parallel()
	for _, engine := range storetest.Engines(t) {
		t.Run(string(engine), func(t *testing.T) {
			t.Parallel()
			ctx := t.Context()
			dsn := storetest.DSN(t, engine)
			open := func() *store.DB {
				db, err := store.Open(ctx, dsn)
				if err != nil {
					t.Fatal(err)
				}
				if err := db.MigrateUp(ctx); err != nil {
					t.Fatal(err)
				}
				return db
			}
			first := open()
			q := newQueue(t, first)
			for _, body := range []string{"kept", "in flight"} {
				if _, err := q.Publish(ctx, queuetest.Events, ports.OutboundMessage{Body: body}); err != nil {
					t.Fatal(err)
				}
			}
			got, err := q.Receive(ctx, queuetest.Events, 1, 0)
			if err != nil || len(got) != 1 {
				t.Fatalf("Receive = %v, %v", got, err)
			}
			_ = first.Close() // the process dies with one message received and not deleted

			second := open()
			t.Cleanup(func() { _ = second.Close() })
			restarted := newQueue(t, second)
			seen := map[string]int{}
			deadline := time.Now().Add(queuetest.VisibilityTimeout + 3*time.Second)
			for len(seen) < 2 && time.Now().Before(deadline) {
				got, err := restarted.Receive(ctx, queuetest.Events, 10, 500*time.Millisecond)
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range got {
					seen[d.Body] = d.ReceiveCount
					if err := restarted.Delete(ctx, queuetest.Events, d.ReceiptHandle); err != nil {
						t.Fatal(err)
					}
				}
			}
			if len(seen) != 2 || seen["kept"] == 0 || seen["in flight"] == 0 {
				t.Fatalf("after the restart received %v, want both messages", seen)
			}
		})
	}
}

// Two Queue values over one database stand for two processes: neither can
// wake the other's long poll, so delivery relies on polling, and the claim
// statement alone must keep them from sharing a message.
func TestTwoProcessesShareOneQueue(t *testing.T) {
	t.Parallel()
	for _, engine := range storetest.Engines(t) {
		t.Run(string(engine), func(t *testing.T) {
			t.Parallel()
			ctx := t.Context()
			dsn := storetest.DSN(t, engine)
			var consumers []*dbqueue.Queue
			for range 2 {
				db, err := store.Open(ctx, dsn)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { _ = db.Close() })
				if err := db.MigrateUp(ctx); err != nil {
					t.Fatal(err)
				}
				consumers = append(consumers, newQueue(t, db))
			}
			const n = 30
			var (
				mu   sync.Mutex
				seen = map[string]int{}
				wg   sync.WaitGroup
			)
			for _, c := range consumers {
				wg.Go(func() {
					for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
						mu.Lock()
						done := len(seen) == n
						mu.Unlock()
						if done {
							return
						}
						got, err := c.Receive(ctx, queuetest.Events, 4, 300*time.Millisecond)
						if err != nil {
							t.Errorf("Receive: %v", err)
							return
						}
						for _, d := range got {
							mu.Lock()
							seen[d.ID]++
							mu.Unlock()
							if err := c.Delete(ctx, queuetest.Events, d.ReceiptHandle); err != nil {
								t.Errorf("Delete: %v", err)
							}
						}
					}
				})
			}
			// Published by the first "process" while both poll.
			for range n {
				if _, err := consumers[0].Publish(context.WithoutCancel(ctx), queuetest.Events, ports.OutboundMessage{Body: "job"}); err != nil {
					t.Fatal(err)
				}
			}
			wg.Wait()
			if len(seen) != n {
				t.Errorf("received %d distinct messages, want %d", len(seen), n)
			}
			for id, times := range seen {
				if times != 1 {
					t.Errorf("message %s delivered %d times", id, times)
				}
			}
		})
	}
}

func TestConfigurationErrors(t *testing.T) {
	t.Parallel()
	db := storetest.Open(t, store.SQLite)
	for name, cfg := range map[string][]dbqueue.QueueConfig{
		"empty name":       {{Name: ""}},
		"duplicate":        {{Name: "a"}, {Name: "a"}},
		"own DLQ":          {{Name: "a", DLQ: "a"}},
		"shared DLQ":       {{Name: "a", DLQ: "d"}, {Name: "b", DLQ: "d"}},
		"main queue a DLQ": {{Name: "a", DLQ: "b"}, {Name: "b", DLQ: "c"}},
	} {
		if _, err := dbqueue.New(db, cfg...); err == nil {
			t.Errorf("%s: New accepted %+v", name, cfg)
		}
	}
}
