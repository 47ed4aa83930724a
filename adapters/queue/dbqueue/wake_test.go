package dbqueue

import "testing"

// A publish wakes the long polls of its own queue only: waking every queue's
// receivers made each of them re-run its claim query for nothing.
func TestWakeIsPerQueue(t *testing.T) {
	q := &Queue{wake: map[string]chan struct{}{}}
	events, audit := q.waker("events"), q.waker("audit")
	q.broadcast("audit")
	select {
	case <-events:
		t.Fatal("a publish to audit woke the events receivers")
	default:
	}
	select {
	case <-audit:
	default:
		t.Fatal("a publish to audit did not wake its receivers")
	}
	q.broadcast("events")
	select {
	case <-events:
	default:
		t.Fatal("a publish to events did not wake its receivers")
	}
	if again := q.waker("events"); again == events {
		t.Fatal("a woken channel was handed out again")
	}
}
