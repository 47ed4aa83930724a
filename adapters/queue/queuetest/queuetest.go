// Package queuetest is the behaviour suite every ports.Queue implementation
// runs, so the in-memory, SQS and embedded database queues stay
// interchangeable. It uses real time (an SQS emulator has no fake clock), but
// only one visibility timeout's worth of sleeping; the suite takes a few seconds.
package queuetest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// The configuration every implementation's factory must provide, exactly:
// main queue Events with dead-letter queue EventsDLQ, visibility timeout
// VisibilityTimeout and MaxReceiveCount; and main queue Audit with no DLQ
// (its visibility timeout does not matter).
const (
	Events            = "events"
	EventsDLQ         = "events-dlq"
	Audit             = "audit"
	VisibilityTimeout = time.Second
	MaxReceiveCount   = 3
)

// Run runs the suite, calling newQueue once per subtest. newQueue must return
// fresh, empty queues configured as above, sharing no messages with any other
// call; both values are usually the same object.
func Run(t *testing.T, newQueue func(t *testing.T) (ports.Queue, ports.QueueAdmin)) {
	tests := []struct {
		name string
		fn   func(t *testing.T, q ports.Queue, a ports.QueueAdmin)
	}{
		{"configuration lists main queues with their DLQs", testConfiguration},
		{"publish and receive round trip with attributes", testRoundTrip},
		{"publish rejects an empty body", testEmptyBody},
		{"batch publish sends every message, or none when one is invalid", testPublishBatch},
		{"receive on an empty queue returns nothing after wait", testEmptyReceive},
		{"receive wakes when a message is published", testReceiveWakes},
		{"receive honours context cancellation", testReceiveCancel},
		{"delete acknowledges", testDelete},
		{"batch delete acknowledges many and reports each handle", testDeleteBatch},
		{"undeleted message is redelivered after the visibility timeout", testRedelivery},
		{"stale receipt handle does not delete a redelivered message", testStaleHandle},
		{"extend visibility keeps a message hidden beyond the timeout", testExtendVisibility},
		{"extend visibility to zero releases a message at once", testRelease},
		{"poison message moves to the DLQ and redrive brings it back", testPoison},
		{"redrive moves every DLQ message and reports the count", testRedrive},
		{"peek DLQ returns messages without deleting them", testPeek},
		{"purge empties a queue and reports the count", testPurge},
		{"unknown queue is NotFound", testUnknownQueue},
		{"concurrent consumers never get the same message", testConcurrentConsumers},
		{"receive returns at most the batch maximum", testBatchMax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, a := newQueue(t)
			tc.fn(t, q, a)
		})
	}
}

func testConfiguration(t *testing.T, _ ports.Queue, a ports.QueueAdmin) {
	got := a.Queues()
	slices.SortFunc(got, func(x, y ports.QueueInfo) int { return cmp.Compare(x.Name, y.Name) })
	want := []ports.QueueInfo{{Name: Audit}, {Name: Events, DLQ: EventsDLQ}}
	if !slices.Equal(got, want) {
		t.Fatalf("Queues() = %v, want %v", got, want)
	}
}

func testRoundTrip(t *testing.T, q ports.Queue, a ports.QueueAdmin) {
	attrs := map[string]string{"eventType": "person.case-note.created", "type": "NEG", "subType": "IEP_WARN"}
	id := publish(t, q, Events, `{"Message":"hello"}`, attrs)
	if id == "" {
		t.Fatal("Publish returned an empty id")
	}
	d := receiveOne(t, q, Events)
	if d.ID != id || d.Body != `{"Message":"hello"}` || !maps.Equal(d.Attributes, attrs) {
		t.Errorf("got %+v, want id %s, the body and attributes %v", d, id, attrs)
	}
	if d.ReceiveCount != 1 || d.ReceiptHandle == "" {
		t.Errorf("ReceiveCount %d, ReceiptHandle %q; want 1 and a handle", d.ReceiveCount, d.ReceiptHandle)
	}
	// Queues are independent, and a message needs no attributes.
	publish(t, q, Audit, "plain", nil)
	d = receiveOne(t, q, Audit)
	if d.Body != "plain" || len(d.Attributes) != 0 {
		t.Errorf("audit got %+v, want body plain without attributes", d)
	}
	wantCount(t, a, Events, 1) // received, not deleted
}

func testEmptyBody(t *testing.T, q ports.Queue, _ ports.QueueAdmin) {
	_, err := q.Publish(t.Context(), Events, ports.OutboundMessage{})
	wantKind(t, err, apperr.Invalid)
}

func testEmptyReceive(t *testing.T, q ports.Queue, _ ports.QueueAdmin) {
	const wait = 200 * time.Millisecond
	start := time.Now()
	got, err := q.Receive(t.Context(), Events, 10, wait)
	elapsed := time.Since(start)
	if err != nil || len(got) != 0 {
		t.Fatalf("Receive = %v, %v; want nothing", got, err)
	}
	// Brokers may round wait up (SQS to whole seconds), never down.
	if elapsed < wait-20*time.Millisecond || elapsed > wait+2*time.Second {
		t.Errorf("Receive took %v, want about %v", elapsed, wait)
	}
}

func testReceiveWakes(t *testing.T, q ports.Queue, _ ports.QueueAdmin) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		time.Sleep(100 * time.Millisecond)
		if _, err := q.Publish(t.Context(), Events, ports.OutboundMessage{Body: "late"}); err != nil {
			t.Errorf("Publish: %v", err)
		}
	}()
	start := time.Now()
	got, err := q.Receive(t.Context(), Events, 10, 5*time.Second)
	elapsed := time.Since(start)
	<-done
	if err != nil || len(got) != 1 || got[0].Body != "late" {
		t.Fatalf("Receive = %v, %v; want the late message", got, err)
	}
	if elapsed > 3*time.Second {
		t.Errorf("Receive took %v; a long poll should return once a message arrives", elapsed)
	}
}

func testReceiveCancel(t *testing.T, q ports.Queue, _ ports.QueueAdmin) {
	ctx, cancel := context.WithCancel(t.Context())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := q.Receive(ctx, Events, 10, 5*time.Second)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Receive error = %v, want context.Canceled", err)
	}
	if elapsed := time.Since(start); elapsed > 3*time.Second {
		t.Errorf("Receive took %v after cancellation", elapsed)
	}
}

func testDelete(t *testing.T, q ports.Queue, a ports.QueueAdmin) {
	publish(t, q, Events, "work", nil)
	d := receiveOne(t, q, Events)
	if err := q.Delete(t.Context(), Events, d.ReceiptHandle); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	wantCount(t, a, Events, 0)
	wantNothing(t, q, Events, 0)
}

func testDeleteBatch(t *testing.T, q ports.Queue, a ports.QueueAdmin) {
	// More than one SQS batch call's worth, held past the visibility timeout
	// so that a slow broker cannot redeliver them while they are collected.
	const n = ports.MaxReceiveBatch + 2
	for range n {
		publish(t, q, Events, "batch", nil)
	}
	handles := map[string]string{} // id -> latest receipt handle
	for len(handles) < n {
		for _, d := range receiveWithin(t, q, Events, 2*time.Second) {
			if err := q.ExtendVisibility(t.Context(), Events, d.ReceiptHandle, 10*VisibilityTimeout); err != nil {
				t.Fatalf("ExtendVisibility: %v", err)
			}
			handles[d.ID] = d.ReceiptHandle
		}
	}
	// One more message, received twice: its first handle is stale.
	publish(t, q, Events, "twice", nil)
	first := receiveOne(t, q, Events)
	release(t, q, Events, first)
	second := receiveOne(t, q, Events)

	batch := slices.Collect(maps.Values(handles))
	batch = append(batch, first.ReceiptHandle)
	failed, err := q.DeleteBatch(t.Context(), Events, batch)
	if err != nil {
		t.Fatalf("DeleteBatch: %v", err)
	}
	if len(failed) != len(batch) {
		t.Fatalf("DeleteBatch reported %d results for %d handles", len(failed), len(batch))
	}
	for i, err := range failed[:n] {
		if err != nil {
			t.Errorf("handle %d not deleted: %v", i, err)
		}
	}
	// Brokers differ on whether a stale handle errors (see ports.Queue.Delete); it must not delete.
	if err := failed[n]; err != nil && !apperr.Is(err, apperr.Conflict) {
		t.Errorf("stale handle: error %v, want none or kind %s", err, apperr.Conflict)
	}
	wantCount(t, a, Events, 1)

	if failed, err := q.DeleteBatch(t.Context(), Events, nil); err != nil || len(failed) != 0 {
		t.Errorf("DeleteBatch of nothing = %v, %v; want no results and no error", failed, err)
	}
	failed, err = q.DeleteBatch(t.Context(), Events, []string{second.ReceiptHandle})
	if err != nil || len(failed) != 1 || failed[0] != nil {
		t.Fatalf("DeleteBatch with the current handle = %v, %v", failed, err)
	}
	wantCount(t, a, Events, 0)
}

func testPublishBatch(t *testing.T, q ports.Queue, a ports.QueueAdmin) {
	// More than one SQS batch call's worth, with attributes on some.
	const n = ports.MaxReceiveBatch + 3
	ms := make([]ports.OutboundMessage, n)
	want := map[string]ports.OutboundMessage{} // id -> message
	for i := range ms {
		ms[i] = ports.OutboundMessage{Body: fmt.Sprintf("batch %d", i)}
		if i%2 == 0 {
			ms[i].Attributes = map[string]string{"eventType": fmt.Sprintf("event.%d", i)}
		}
	}
	ids, err := q.PublishBatch(t.Context(), Events, ms)
	if err != nil {
		t.Fatalf("PublishBatch: %v", err)
	}
	if len(ids) != n {
		t.Fatalf("PublishBatch returned %d ids for %d messages", len(ids), n)
	}
	for i, id := range ids {
		if id == "" || want[id].Body != "" {
			t.Fatalf("id %d is %q: want distinct, non-empty ids", i, id)
		}
		want[id] = ms[i]
	}
	got := map[string]bool{}
	deadline := time.Now().Add(5 * time.Second)
	for len(got) < n && time.Now().Before(deadline) {
		for _, d := range receiveWithin(t, q, Events, time.Second) {
			m, ok := want[d.ID]
			if !ok || d.Body != m.Body || !maps.Equal(d.Attributes, m.Attributes) {
				t.Errorf("received %+v, which is not one of the batch (want %+v)", d, m)
			}
			got[d.ID] = true
			if err := q.Delete(t.Context(), Events, d.ReceiptHandle); err != nil {
				t.Fatalf("Delete: %v", err)
			}
		}
	}
	if len(got) != n {
		t.Fatalf("received %d of the %d batch messages", len(got), n)
	}

	bad := []ports.OutboundMessage{{Body: "fine"}, {Body: ""}}
	if _, err := q.PublishBatch(t.Context(), Events, bad); !apperr.Is(err, apperr.Invalid) {
		t.Fatalf("PublishBatch with an empty body: %v, want kind %s", err, apperr.Invalid)
	}
	wantCount(t, a, Events, 0)
	if ids, err := q.PublishBatch(t.Context(), Events, nil); err != nil || len(ids) != 0 {
		t.Errorf("PublishBatch of nothing = %v, %v; want no ids and no error", ids, err)
	}
	if _, err := q.PublishBatch(t.Context(), "no-such-queue", ms[:1]); !apperr.Is(err, apperr.NotFound) {
		t.Errorf("PublishBatch to an unknown queue: %v, want kind %s", err, apperr.NotFound)
	}
}

func testRedelivery(t *testing.T, q ports.Queue, _ ports.QueueAdmin) {
	id := publish(t, q, Events, "retry me", nil)
	first := receiveOne(t, q, Events)
	received := time.Now()
	wantNothing(t, q, Events, 200*time.Millisecond) // hidden while in flight
	second := receiveWithin(t, q, Events, VisibilityTimeout+4*time.Second)
	if len(second) != 1 {
		t.Fatalf("got %d messages after the visibility timeout, want 1", len(second))
	}
	d := second[0]
	if d.ID != id || d.ReceiveCount != 2 || d.ReceiptHandle == first.ReceiptHandle {
		t.Errorf("redelivery %+v: want id %s, ReceiveCount 2 and a new receipt handle", d, id)
	}
	if hidden := time.Since(received); hidden < VisibilityTimeout-100*time.Millisecond {
		t.Errorf("redelivered after %v, before the %v visibility timeout", hidden, VisibilityTimeout)
	}
}

func testStaleHandle(t *testing.T, q ports.Queue, a ports.QueueAdmin) {
	publish(t, q, Events, "twice", nil)
	first := receiveOne(t, q, Events)
	release(t, q, Events, first)
	second := receiveOne(t, q, Events)
	// Brokers differ on whether this errors (see ports.Queue.Delete); neither may delete.
	_ = q.Delete(t.Context(), Events, first.ReceiptHandle)
	wantCount(t, a, Events, 1)
	if err := q.Delete(t.Context(), Events, second.ReceiptHandle); err != nil {
		t.Fatalf("Delete with the current handle: %v", err)
	}
	wantCount(t, a, Events, 0)
}

func testExtendVisibility(t *testing.T, q ports.Queue, _ ports.QueueAdmin) {
	publish(t, q, Events, "slow work", nil)
	d := receiveOne(t, q, Events)
	if err := q.ExtendVisibility(t.Context(), Events, d.ReceiptHandle, 3*VisibilityTimeout); err != nil {
		t.Fatalf("ExtendVisibility: %v", err)
	}
	wantNothing(t, q, Events, VisibilityTimeout+500*time.Millisecond)
	if err := q.Delete(t.Context(), Events, d.ReceiptHandle); err != nil {
		t.Errorf("Delete after extending: %v", err)
	}
}

func testRelease(t *testing.T, q ports.Queue, _ ports.QueueAdmin) {
	id := publish(t, q, Events, "nack", nil)
	release(t, q, Events, receiveOne(t, q, Events))
	got := receiveWithin(t, q, Events, VisibilityTimeout/2)
	if len(got) != 1 || got[0].ID != id || got[0].ReceiveCount != 2 {
		t.Fatalf("after release got %+v, want message %s with ReceiveCount 2", got, id)
	}
}

func testPoison(t *testing.T, q ports.Queue, a ports.QueueAdmin) {
	attrs := map[string]string{"eventType": "person.alert.created"}
	publish(t, q, Events, "poison", attrs)
	for i := 1; i <= MaxReceiveCount; i++ {
		d := receiveOne(t, q, Events)
		if d.ReceiveCount != i {
			t.Fatalf("receive %d: ReceiveCount %d", i, d.ReceiveCount)
		}
		release(t, q, Events, d) // as if the handler failed, without waiting out the timeout
	}
	// The next receive exceeds maxReceiveCount, so the message goes to the DLQ.
	wantNothing(t, q, Events, 200*time.Millisecond)
	wantCount(t, a, Events, 0)
	wantCount(t, a, EventsDLQ, 1)

	moved, err := a.RedriveDLQ(t.Context(), EventsDLQ)
	if err != nil || moved != 1 {
		t.Fatalf("RedriveDLQ = %d, %v; want 1", moved, err)
	}
	wantCount(t, a, EventsDLQ, 0)
	d := receiveOne(t, q, Events)
	if d.Body != "poison" || !maps.Equal(d.Attributes, attrs) || d.ReceiveCount != 1 {
		t.Errorf("redriven message %+v: want the body, attributes %v and ReceiveCount 1", d, attrs)
	}
}

func testRedrive(t *testing.T, q ports.Queue, a ports.QueueAdmin) {
	for _, body := range []string{"a", "b", "c"} {
		publish(t, q, EventsDLQ, body, map[string]string{"eventType": "e." + body})
	}
	moved, err := a.RedriveDLQ(t.Context(), EventsDLQ)
	if err != nil || moved != 3 {
		t.Fatalf("RedriveDLQ = %d, %v; want 3", moved, err)
	}
	wantCount(t, a, EventsDLQ, 0)
	wantCount(t, a, Events, 3)
	got := receiveAll(t, q, Events, 3)
	for _, d := range got {
		if d.Attributes["eventType"] != "e."+d.Body {
			t.Errorf("redriven %q lost its attributes: %v", d.Body, d.Attributes)
		}
	}
	if moved, err := a.RedriveDLQ(t.Context(), EventsDLQ); err != nil || moved != 0 {
		t.Errorf("RedriveDLQ of an empty DLQ = %d, %v; want 0", moved, err)
	}
	for _, notDLQ := range []string{Events, Audit} {
		_, err := a.RedriveDLQ(t.Context(), notDLQ)
		wantKind(t, err, apperr.NotFound)
	}
}

func testPeek(t *testing.T, q ports.Queue, a ports.QueueAdmin) {
	publish(t, q, EventsDLQ, "dead 1", map[string]string{"eventType": "x"})
	publish(t, q, EventsDLQ, "dead 2", nil)
	got, err := a.PeekDLQ(t.Context(), EventsDLQ, 100)
	if err != nil {
		t.Fatalf("PeekDLQ: %v", err)
	}
	if bodies := sortedBodies(got); !slices.Equal(bodies, []string{"dead 1", "dead 2"}) {
		t.Fatalf("PeekDLQ bodies %v, want both messages", bodies)
	}
	for _, d := range got {
		if d.ID == "" {
			t.Errorf("peeked message without an id: %+v", d)
		}
	}
	wantCount(t, a, EventsDLQ, 2)
	// Peeking hides the messages like a receive does.
	if again, err := a.PeekDLQ(t.Context(), EventsDLQ, 100); err != nil || len(again) != 0 {
		t.Errorf("second PeekDLQ = %v, %v; want nothing while hidden", again, err)
	}
	_, err = a.PeekDLQ(t.Context(), Events, 10)
	wantKind(t, err, apperr.NotFound)
}

func testPurge(t *testing.T, q ports.Queue, a ports.QueueAdmin) {
	for _, body := range []string{"1", "2", "3"} {
		publish(t, q, Events, body, nil)
	}
	// In-flight messages are purged too.
	if got, err := q.Receive(t.Context(), Events, 1, time.Second); err != nil || len(got) != 1 {
		t.Fatalf("Receive(max 1) = %d messages, %v; want 1", len(got), err)
	}
	purged, err := a.Purge(t.Context(), Events)
	if err != nil || purged != 3 {
		t.Fatalf("Purge = %d, %v; want 3", purged, err)
	}
	wantCount(t, a, Events, 0)
	wantNothing(t, q, Events, 0)

	publish(t, q, EventsDLQ, "dead", nil)
	if purged, err := a.Purge(t.Context(), EventsDLQ); err != nil || purged != 1 {
		t.Errorf("Purge of the DLQ = %d, %v; want 1", purged, err)
	}
	if purged, err := a.Purge(t.Context(), Audit); err != nil || purged != 0 {
		t.Errorf("Purge of an empty queue = %d, %v; want 0", purged, err)
	}
}

func testUnknownQueue(t *testing.T, q ports.Queue, a ports.QueueAdmin) {
	const name = "no-such-queue"
	ctx := t.Context()
	_, err := q.Publish(ctx, name, ports.OutboundMessage{Body: "x"})
	wantKind(t, err, apperr.NotFound)
	_, err = q.Receive(ctx, name, 1, 0)
	wantKind(t, err, apperr.NotFound)
	wantKind(t, q.Delete(ctx, name, "handle"), apperr.NotFound)
	_, err = q.DeleteBatch(ctx, name, []string{"handle"})
	wantKind(t, err, apperr.NotFound)
	wantKind(t, q.ExtendVisibility(ctx, name, "handle", time.Second), apperr.NotFound)
	_, err = a.Count(ctx, name)
	wantKind(t, err, apperr.NotFound)
	_, err = a.Purge(ctx, name)
	wantKind(t, err, apperr.NotFound)
	_, err = a.RedriveDLQ(ctx, name)
	wantKind(t, err, apperr.NotFound)
	_, err = a.PeekDLQ(ctx, name, 1)
	wantKind(t, err, apperr.NotFound)
}

func testConcurrentConsumers(t *testing.T, q ports.Queue, a ports.QueueAdmin) {
	const n = 20
	for range n {
		publish(t, q, Events, "job", nil)
	}
	var (
		mu   sync.Mutex
		seen = map[string]int{}
		wg   sync.WaitGroup
	)
	deadline := time.Now().Add(5 * time.Second)
	for range 2 {
		wg.Go(func() {
			for time.Now().Before(deadline) {
				mu.Lock()
				finished := len(seen) == n
				mu.Unlock()
				if finished {
					return
				}
				got, err := q.Receive(t.Context(), Events, 3, 100*time.Millisecond)
				if err != nil {
					t.Errorf("Receive: %v", err)
					return
				}
				for _, d := range got {
					mu.Lock()
					seen[d.ID]++
					if seen[d.ID] > 1 {
						t.Errorf("message %s delivered to consumers twice", d.ID)
					}
					mu.Unlock()
					if err := q.Delete(t.Context(), Events, d.ReceiptHandle); err != nil {
						t.Errorf("Delete: %v", err)
					}
				}
			}
		})
	}
	wg.Wait()
	if len(seen) != n {
		t.Errorf("consumers got %d distinct messages, want %d", len(seen), n)
	}
	wantCount(t, a, Events, 0)
}

func testBatchMax(t *testing.T, q ports.Queue, _ ports.QueueAdmin) {
	const n = 15
	for range n {
		publish(t, q, Events, "bulk", nil)
	}
	first, err := q.Receive(t.Context(), Events, 10, time.Second)
	if err != nil || len(first) == 0 || len(first) > 10 {
		t.Fatalf("Receive(max 10) = %d messages, %v; want 1..10", len(first), err)
	}
	ids := map[string]bool{}
	for _, d := range first {
		ids[d.ID] = true
	}
	// Asking for more than the broker's maximum is clamped, not an error.
	for deadline := time.Now().Add(5 * time.Second); len(ids) < n && time.Now().Before(deadline); {
		got, err := q.Receive(t.Context(), Events, 25, 200*time.Millisecond)
		if err != nil {
			t.Fatalf("Receive(max 25): %v", err)
		}
		if len(got) > ports.MaxReceiveBatch {
			t.Fatalf("Receive(max 25) returned %d messages, more than %d", len(got), ports.MaxReceiveBatch)
		}
		for _, d := range got {
			ids[d.ID] = true
		}
	}
	if len(ids) != n {
		t.Errorf("received %d distinct messages, want %d", len(ids), n)
	}
}

func publish(t *testing.T, q ports.Queue, queue, body string, attrs map[string]string) string {
	t.Helper()
	id, err := q.Publish(t.Context(), queue, ports.OutboundMessage{Body: body, Attributes: attrs})
	if err != nil {
		t.Fatalf("Publish to %s: %v", queue, err)
	}
	return id
}

// receiveWithin polls until at least one message arrives or timeout passes,
// in short long-polls so a slow broker still answers promptly.
func receiveWithin(t *testing.T, q ports.Queue, queue string, timeout time.Duration) []ports.Delivery {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		wait := min(time.Until(deadline), time.Second)
		got, err := q.Receive(t.Context(), queue, 10, max(wait, 0))
		if err != nil {
			t.Fatalf("Receive from %s: %v", queue, err)
		}
		if len(got) > 0 || time.Now().After(deadline) {
			return got
		}
	}
}

// receiveOne expects exactly one message to be ready on queue.
func receiveOne(t *testing.T, q ports.Queue, queue string) ports.Delivery {
	t.Helper()
	got := receiveWithin(t, q, queue, 2*time.Second)
	if len(got) != 1 {
		t.Fatalf("received %d messages from %s, want 1: %+v", len(got), queue, got)
	}
	return got[0]
}

// receiveAll collects n messages from queue, however the broker batches them.
func receiveAll(t *testing.T, q ports.Queue, queue string, n int) []ports.Delivery {
	t.Helper()
	var all []ports.Delivery
	for len(all) < n {
		got := receiveWithin(t, q, queue, 2*time.Second)
		if len(got) == 0 {
			t.Fatalf("received %d messages from %s, want %d", len(all), queue, n)
		}
		all = append(all, got...)
	}
	return all
}

func wantNothing(t *testing.T, q ports.Queue, queue string, wait time.Duration) {
	t.Helper()
	got, err := q.Receive(t.Context(), queue, 10, wait)
	if err != nil || len(got) != 0 {
		t.Fatalf("Receive from %s = %+v, %v; want nothing", queue, got, err)
	}
}

// release makes a received message visible again at once, standing in for a
// failed handler without waiting out the visibility timeout.
func release(t *testing.T, q ports.Queue, queue string, d ports.Delivery) {
	t.Helper()
	if err := q.ExtendVisibility(t.Context(), queue, d.ReceiptHandle, 0); err != nil {
		t.Fatalf("ExtendVisibility(0): %v", err)
	}
}

func wantCount(t *testing.T, a ports.QueueAdmin, queue string, want int) {
	t.Helper()
	got, err := a.Count(t.Context(), queue)
	if err != nil || got != want {
		t.Fatalf("Count(%s) = %d, %v; want %d", queue, got, err, want)
	}
}

func wantKind(t *testing.T, err error, kind apperr.Kind) {
	t.Helper()
	if !apperr.Is(err, kind) {
		t.Errorf("error %v, want kind %s", err, kind)
	}
}

func sortedBodies(ds []ports.Delivery) []string {
	out := make([]string, 0, len(ds))
	for _, d := range ds {
		out = append(out, d.Body)
	}
	slices.Sort(out)
	return out
}
