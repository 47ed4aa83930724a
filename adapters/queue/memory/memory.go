// Package memory is an in-process ports.Queue with SQS semantics (visibility
// timeouts, receive counts, redrive to a DLQ). Nothing survives a restart, so
// it suits tests and single-process development; production uses SQS or the
// embedded database queue.
package memory

import (
	"context"
	"crypto/rand"
	"fmt"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// Defaults match SQS so code tested here behaves the same in production.
const (
	DefaultVisibilityTimeout = 30 * time.Second
	DefaultMaxReceiveCount   = 3
	maxAttributes            = 10
)

// QueueConfig declares one main queue.
type QueueConfig struct {
	Name string
	// DLQ names the dead-letter queue, created alongside; "" for none.
	DLQ string
	// VisibilityTimeout hides a received message this long; 0 means
	// DefaultVisibilityTimeout. The DLQ always uses the default.
	VisibilityTimeout time.Duration
	// MaxReceiveCount is how many receives a message gets before the next one
	// moves it to the DLQ instead; 0 means DefaultMaxReceiveCount. Ignored
	// without a DLQ.
	MaxReceiveCount int
}

// Queue holds every configured queue behind one mutex: contention does not
// matter in memory, and one lock makes moves between queues atomic.
type Queue struct {
	mu     sync.Mutex
	now    func() time.Time
	queues map[string]*queue
	mains  []ports.QueueInfo
	seq    uint64 // makes receipt handles unique per receive
}

type queue struct {
	visibility time.Duration
	maxRecv    int
	dlq        *queue
	owner      *queue // the main queue this is the DLQ of, if any
	msgs       []*message
	// wake is closed, then replaced, whenever a message may have become
	// receivable, so long-polling receivers return promptly.
	wake chan struct{}
}

type message struct {
	id        string
	body      string
	attrs     map[string]string
	receives  int
	visibleAt time.Time
	receipt   string // the latest receive's handle; "" before the first
}

var (
	_ ports.Queue      = (*Queue)(nil)
	_ ports.QueueAdmin = (*Queue)(nil)
)

// New creates the configured queues and their DLQs. It panics on an empty or
// duplicate name, or a DLQ shared by two queues, because that is a wiring bug.
func New(cfg ...QueueConfig) *Queue {
	q := &Queue{now: time.Now, queues: map[string]*queue{}}
	for _, c := range cfg {
		if c.Name == "" {
			panic("memory queue: empty queue name")
		}
		if q.queues[c.Name] != nil {
			panic(fmt.Sprintf("memory queue: duplicate queue %q", c.Name))
		}
		vis := c.VisibilityTimeout
		if vis <= 0 {
			vis = DefaultVisibilityTimeout
		}
		maxRecv := c.MaxReceiveCount
		if maxRecv <= 0 {
			maxRecv = DefaultMaxReceiveCount
		}
		q.queues[c.Name] = &queue{visibility: vis, maxRecv: maxRecv, wake: make(chan struct{})}
	}
	for _, c := range cfg {
		main := q.queues[c.Name]
		if c.DLQ != "" {
			if c.DLQ == c.Name {
				panic(fmt.Sprintf("memory queue: %q is its own DLQ", c.Name))
			}
			dlq := q.queues[c.DLQ]
			if dlq == nil {
				dlq = &queue{visibility: DefaultVisibilityTimeout, wake: make(chan struct{})}
				q.queues[c.DLQ] = dlq
			}
			if dlq.owner != nil {
				panic(fmt.Sprintf("memory queue: DLQ %q shared by two queues", c.DLQ))
			}
			dlq.owner, main.dlq = main, dlq
		}
	}
	for _, c := range cfg {
		if q.queues[c.Name].owner == nil {
			q.mains = append(q.mains, ports.QueueInfo{Name: c.Name, DLQ: c.DLQ})
		}
	}
	return q
}

// WithClock replaces the clock that visibility timeouts are measured against,
// so tests can expire them without sleeping. Long-poll waits stay in real time.
func (q *Queue) WithClock(now func() time.Time) *Queue {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.now = now
	return q
}

// Publish implements ports.Queue.
func (q *Queue) Publish(_ context.Context, name string, m ports.OutboundMessage) (string, error) {
	if err := validate(m); err != nil {
		return "", err
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	qu, err := q.lookup(name)
	if err != nil {
		return "", err
	}
	id := newID()
	qu.push(&message{id: id, body: m.Body, attrs: copyAttrs(m.Attributes)})
	return id, nil
}

// PublishBatch implements ports.Queue.
func (q *Queue) PublishBatch(_ context.Context, name string, ms []ports.OutboundMessage) ([]string, error) {
	for _, m := range ms {
		if err := validate(m); err != nil {
			return nil, err
		}
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	qu, err := q.lookup(name)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = newID()
		qu.push(&message{id: ids[i], body: m.Body, attrs: copyAttrs(m.Attributes)})
	}
	return ids, nil
}

// Receive implements ports.Queue.
func (q *Queue) Receive(ctx context.Context, name string, limit int, wait time.Duration) ([]ports.Delivery, error) {
	limit = min(max(limit, 1), ports.MaxReceiveBatch)
	var deadline <-chan time.Time
	if wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		deadline = t.C
	}
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		q.mu.Lock()
		qu, err := q.lookup(name)
		if err != nil {
			q.mu.Unlock()
			return nil, err
		}
		out := q.take(qu, limit, qu.visibility)
		wake, untilVisible := qu.wake, qu.untilNextVisible(q.now())
		q.mu.Unlock()
		if len(out) > 0 || wait <= 0 {
			return out, nil
		}
		// Sleep until something may be receivable: a publish or redrive
		// (wake), or the earliest hidden message's timeout expiring.
		var expiry <-chan time.Time
		var timer *time.Timer
		if untilVisible > 0 {
			timer = time.NewTimer(untilVisible)
			expiry = timer.C
		}
		select {
		case <-ctx.Done():
		case <-deadline:
			return nil, nil
		case <-wake:
		case <-expiry:
		}
		if timer != nil {
			timer.Stop()
		}
	}
}

// Delete implements ports.Queue.
func (q *Queue) Delete(_ context.Context, name, receiptHandle string) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	qu, err := q.lookup(name)
	if err != nil {
		return err
	}
	i, err := qu.byReceipt(receiptHandle)
	if err != nil {
		return err
	}
	qu.msgs = slices.Delete(qu.msgs, i, i+1)
	return nil
}

// DeleteBatch implements ports.Queue: each handle as Delete would, under one lock.
func (q *Queue) DeleteBatch(_ context.Context, name string, handles []string) ([]error, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	qu, err := q.lookup(name)
	if err != nil {
		return nil, err
	}
	failed := make([]error, len(handles))
	for i, h := range handles {
		j, err := qu.byReceipt(h)
		if err != nil {
			failed[i] = err
			continue
		}
		qu.msgs = slices.Delete(qu.msgs, j, j+1)
	}
	return failed, nil
}

// ExtendVisibility implements ports.Queue.
func (q *Queue) ExtendVisibility(_ context.Context, name, receiptHandle string, d time.Duration) error {
	if d < 0 {
		return apperr.New(apperr.Invalid, "visibility timeout must not be negative")
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	qu, err := q.lookup(name)
	if err != nil {
		return err
	}
	i, err := qu.byReceipt(receiptHandle)
	if err != nil {
		return err
	}
	qu.msgs[i].visibleAt = q.now().Add(d)
	qu.broadcast()
	return nil
}

// Ping implements ports.Queue; memory is always reachable.
func (q *Queue) Ping(ctx context.Context) error { return ctx.Err() }

// Queues implements ports.QueueAdmin.
func (q *Queue) Queues() []ports.QueueInfo {
	return append([]ports.QueueInfo(nil), q.mains...)
}

// Count implements ports.QueueAdmin.
func (q *Queue) Count(_ context.Context, name string) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	qu, err := q.lookup(name)
	if err != nil {
		return 0, err
	}
	return len(qu.msgs), nil
}

// RedriveDLQ implements ports.QueueAdmin.
func (q *Queue) RedriveDLQ(_ context.Context, dlq string) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	qu, err := q.lookupDLQ(dlq)
	if err != nil {
		return 0, err
	}
	now := q.now()
	kept := qu.msgs[:0]
	moved := 0
	for _, m := range qu.msgs {
		if m.visibleAt.After(now) {
			kept = append(kept, m)
			continue
		}
		qu.owner.push(&message{id: newID(), body: m.body, attrs: m.attrs})
		moved++
	}
	clear(qu.msgs[len(kept):])
	qu.msgs = kept
	return moved, nil
}

// Purge implements ports.QueueAdmin.
func (q *Queue) Purge(_ context.Context, name string) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	qu, err := q.lookup(name)
	if err != nil {
		return 0, err
	}
	n := len(qu.msgs)
	qu.msgs = nil
	return n, nil
}

// PeekDLQ implements ports.QueueAdmin.
func (q *Queue) PeekDLQ(_ context.Context, dlq string, limit int) ([]ports.Delivery, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	qu, err := q.lookupDLQ(dlq)
	if err != nil {
		return nil, err
	}
	return q.take(qu, max(limit, 1), ports.PeekVisibility), nil
}

func (q *Queue) lookup(name string) (*queue, error) {
	qu := q.queues[name]
	if qu == nil {
		return nil, apperr.New(apperr.NotFound, "Queue %s not found", name)
	}
	return qu, nil
}

func (q *Queue) lookupDLQ(name string) (*queue, error) {
	qu, err := q.lookup(name)
	if err != nil {
		return nil, err
	}
	if qu.owner == nil {
		return nil, apperr.New(apperr.NotFound, "Queue %s is not a dead-letter queue", name)
	}
	return qu, nil
}

// take receives up to limit visible messages from qu, oldest first, hiding
// each for vis. As SQS does, a message already received maxRecv times is moved
// to the DLQ at this point rather than delivered again. Callers hold q.mu.
func (q *Queue) take(qu *queue, limit int, vis time.Duration) []ports.Delivery {
	now := q.now()
	var out []ports.Delivery
	for i := 0; i < len(qu.msgs) && len(out) < limit; {
		m := qu.msgs[i]
		if m.visibleAt.After(now) {
			i++
			continue
		}
		if qu.dlq != nil && m.receives >= qu.maxRecv {
			qu.msgs = slices.Delete(qu.msgs, i, i+1)
			m.receives, m.visibleAt, m.receipt = 0, time.Time{}, ""
			qu.dlq.push(m)
			continue
		}
		q.seq++
		m.receives++
		m.visibleAt = now.Add(vis)
		m.receipt = fmt.Sprintf("%s:%d", m.id, q.seq)
		out = append(out, ports.Delivery{
			ID:            m.id,
			Body:          m.body,
			Attributes:    copyAttrs(m.attrs),
			ReceiptHandle: m.receipt,
			ReceiveCount:  m.receives,
		})
		i++
	}
	return out
}

func (qu *queue) push(m *message) {
	qu.msgs = append(qu.msgs, m)
	qu.broadcast()
}

func (qu *queue) broadcast() {
	close(qu.wake)
	qu.wake = make(chan struct{})
}

// byReceipt finds the message whose latest receive issued handle. An older
// handle matches nothing, so it cannot touch a message received since.
func (qu *queue) byReceipt(handle string) (int, error) {
	if handle != "" {
		for i, m := range qu.msgs {
			if m.receipt == handle {
				return i, nil
			}
		}
	}
	return 0, apperr.New(apperr.Conflict, "receipt handle %q is stale or unknown", handle)
}

// untilNextVisible is how long until the earliest hidden message reappears, or
// 0 if none is hidden.
func (qu *queue) untilNextVisible(now time.Time) time.Duration {
	var next time.Duration
	for _, m := range qu.msgs {
		if d := m.visibleAt.Sub(now); d > 0 && (next == 0 || d < next) {
			next = d
		}
	}
	return next
}

func validate(m ports.OutboundMessage) error {
	if m.Body == "" {
		return apperr.New(apperr.Invalid, "message body must not be empty")
	}
	if len(m.Attributes) > maxAttributes {
		return apperr.New(apperr.Invalid, "at most %d message attributes are allowed", maxAttributes)
	}
	for k, v := range m.Attributes {
		if k == "" || v == "" {
			return apperr.New(apperr.Invalid, "message attribute %q must have a name and a value", k)
		}
	}
	return nil
}

// copyAttrs keeps callers from mutating stored messages through shared maps.
func copyAttrs(a map[string]string) map[string]string { return maps.Clone(a) }

// newID returns a random (version 4) UUID, the shape of SQS message ids.
func newID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
