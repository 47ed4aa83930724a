// Package dbqueue is the embedded durable queue: a ports.Queue whose messages
// live in the service's own database (table queue_messages, PostgreSQL or
// SQLite), with the SQS semantics the port promises — visibility timeouts,
// receive counts, a dead-letter queue after maxReceiveCount, receipt handles
// that change on every receive. It is what `make run` uses: nothing is lost
// when the process is killed, and another process sharing the database (the
// publish CLI, a second worker) can publish and consume alongside.
//
// Every state change is one atomic SQL statement (or one transaction), never
// a read followed by a write, so concurrent consumers in any number of
// processes cannot both claim a message: PostgreSQL claims with
// FOR UPDATE SKIP LOCKED, SQLite serialises writers on the file.
package dbqueue

import (
	"cmp"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// Defaults match SQS so code tested here behaves the same in production.
const (
	DefaultVisibilityTimeout = 30 * time.Second
	DefaultMaxReceiveCount   = 3
	maxAttributes            = 10
)

// A long poll re-queries the table at growing intervals between these bounds,
// because a publish from another process cannot wake it; a publish in this
// process wakes it at once.
const (
	minPoll = 20 * time.Millisecond
	maxPoll = 500 * time.Millisecond
)

// redriveHold hides DLQ messages between being claimed for a redrive and
// being moved, so that if the process dies in between they reappear on the
// DLQ rather than being lost.
const redriveHold = 5 * time.Minute

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

// Queue is the set of configured queues over one database.
type Queue struct {
	db     *store.DB
	now    func() time.Time
	queues map[string]*queue
	mains  []ports.QueueInfo

	mu sync.Mutex
	// wake holds a channel per queue, closed then replaced whenever this
	// process makes a message of that queue receivable, so long-polling
	// receivers here return promptly, and only those of that queue.
	wake map[string]chan struct{}
}

type queue struct {
	name       string
	visibility time.Duration
	maxRecv    int    // receives allowed before the move to dlq; unlimited without one
	dlq        string // "" if none
	owner      string // the main queue this is the DLQ of, "" if it is not a DLQ
}

var (
	_ ports.Queue      = (*Queue)(nil)
	_ ports.QueueAdmin = (*Queue)(nil)
)

// New configures the queues on db, which must have been migrated (table
// queue_messages). Queues need no creation: a queue is the rows bearing its
// name. An empty or duplicate name, or a DLQ shared by two queues, is an error.
func New(db *store.DB, cfg ...QueueConfig) (*Queue, error) {
	q := &Queue{db: db, now: time.Now, queues: map[string]*queue{}, wake: map[string]chan struct{}{}}
	for _, c := range cfg {
		if c.Name == "" {
			return nil, fmt.Errorf("dbqueue: empty queue name")
		}
		if q.queues[c.Name] != nil {
			return nil, fmt.Errorf("dbqueue: queue %q configured twice", c.Name)
		}
		vis := c.VisibilityTimeout
		if vis <= 0 {
			vis = DefaultVisibilityTimeout
		}
		maxRecv := math.MaxInt32
		if c.DLQ != "" {
			maxRecv = c.MaxReceiveCount
			if maxRecv <= 0 {
				maxRecv = DefaultMaxReceiveCount
			}
		}
		q.queues[c.Name] = &queue{name: c.Name, visibility: vis, maxRecv: maxRecv, dlq: c.DLQ}
	}
	for _, c := range cfg {
		if c.DLQ == "" {
			continue
		}
		if c.DLQ == c.Name {
			return nil, fmt.Errorf("dbqueue: queue %q is its own DLQ", c.Name)
		}
		dlq := q.queues[c.DLQ]
		if dlq == nil {
			dlq = &queue{name: c.DLQ, visibility: DefaultVisibilityTimeout, maxRecv: math.MaxInt32}
			q.queues[c.DLQ] = dlq
		}
		if dlq.owner != "" || dlq.dlq != "" {
			return nil, fmt.Errorf("dbqueue: %q cannot be the DLQ of %q: it is already a main queue or another queue's DLQ", c.DLQ, c.Name)
		}
		dlq.owner = c.Name
	}
	for _, c := range cfg {
		if q.queues[c.Name].owner == "" {
			q.mains = append(q.mains, ports.QueueInfo{Name: c.Name, DLQ: c.DLQ})
		}
	}
	return q, nil
}

// WithClock replaces the clock that visibility timeouts are measured against,
// so tests can expire them without sleeping. Long-poll waits stay in real time.
func (q *Queue) WithClock(now func() time.Time) *Queue {
	q.now = now
	return q
}

// Publish implements ports.Queue.
func (q *Queue) Publish(ctx context.Context, name string, m ports.OutboundMessage) (string, error) {
	ids, err := q.PublishBatch(ctx, name, []ports.OutboundMessage{m})
	if err != nil {
		return "", err
	}
	return ids[0], nil
}

// PublishBatch implements ports.Queue: one multi-row INSERT, so a batch
// costs one commit.
func (q *Queue) PublishBatch(ctx context.Context, name string, ms []ports.OutboundMessage) ([]string, error) {
	for _, m := range ms {
		if err := validate(m); err != nil {
			return nil, err
		}
	}
	if _, err := q.lookup(name); err != nil {
		return nil, err
	}
	if len(ms) == 0 {
		return []string{}, nil
	}
	ids, now := make([]string, len(ms)), q.now().UnixMicro()
	rows := make([]string, len(ms))
	args := make([]any, 0, 6*len(ms))
	for i, m := range ms {
		attrs := "{}"
		if len(m.Attributes) > 0 {
			b, err := json.Marshal(m.Attributes)
			if err != nil {
				return nil, fmt.Errorf("dbqueue: encode attributes: %w", err)
			}
			attrs = string(b)
		}
		ids[i] = uuid.NewString()
		rows[i] = "(?, ?, ?, ?, ?, ?, 0)"
		args = append(args, ids[i], name, m.Body, attrs, now, now)
	}
	if _, err := q.db.NewRaw(
		"INSERT INTO queue_messages (id, queue, body, attributes, sent_at, visible_at, receive_count) VALUES "+strings.Join(rows, ", "),
		args...,
	).Exec(ctx); err != nil {
		return nil, fmt.Errorf("dbqueue: publish to %s: %w", name, err)
	}
	q.broadcast(name)
	return ids, nil
}

// Receive implements ports.Queue. Without a way to be told of publishes by
// other processes, it polls: at once, then at growing intervals until wait is
// up, and straight away whenever this process publishes.
func (q *Queue) Receive(ctx context.Context, name string, limit int, wait time.Duration) ([]ports.Delivery, error) {
	qu, err := q.lookup(name)
	if err != nil {
		return nil, err
	}
	limit = min(max(limit, 1), ports.MaxReceiveBatch)
	deadline := time.Now().Add(wait)
	backoff := minPoll
	for {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("dbqueue: receive from %s: %w", name, err)
		}
		// Take the wake channel before querying, so a publish that lands
		// while the query runs still wakes the wait below.
		wake := q.waker(name)
		out, err := q.receiveOnce(ctx, qu, limit)
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("dbqueue: receive from %s: %w", name, ctx.Err())
			}
			return nil, err
		}
		remaining := time.Until(deadline)
		if len(out) > 0 || remaining <= 0 {
			return out, nil
		}
		timer := time.NewTimer(min(backoff, remaining))
		select {
		case <-ctx.Done():
		case <-wake:
			backoff = minPoll
		case <-timer.C:
			backoff = min(2*backoff, maxPoll)
		}
		timer.Stop()
	}
}

// receiveOnce first moves messages that have used up their receives to the
// DLQ, as SQS does at receive time, then claims up to limit visible ones.
func (q *Queue) receiveOnce(ctx context.Context, qu *queue, limit int) ([]ports.Delivery, error) {
	now := q.now()
	if qu.dlq != "" {
		if _, err := q.db.NewRaw(
			"UPDATE queue_messages SET queue = ?, receive_count = 0, receipt_handle = NULL, visible_at = ? WHERE id IN ("+
				"SELECT id FROM queue_messages WHERE queue = ? AND visible_at <= ? AND receive_count >= ?"+q.skipLocked()+")",
			qu.dlq, now.UnixMicro(), qu.name, now.UnixMicro(), qu.maxRecv,
		).Exec(ctx); err != nil {
			return nil, fmt.Errorf("dbqueue: move exhausted messages of %s to %s: %w", qu.name, qu.dlq, err)
		}
	}
	return q.claim(ctx, qu, limit, qu.visibility)
}

// messageRow is a claimed message as the claim statement returns it.
type messageRow struct {
	ID            string `bun:"id"`
	Body          string `bun:"body"`
	Attributes    string `bun:"attributes"`
	ReceiveCount  int    `bun:"receive_count"`
	ReceiptHandle string `bun:"receipt_handle"`
	SentAt        int64  `bun:"sent_at"`
}

// claim receives up to limit visible messages of qu that still have receives
// left, oldest first, hiding each for vis and giving it a new receipt handle:
// a random token unique to this claim, then the message id.
func (q *Queue) claim(ctx context.Context, qu *queue, limit int, vis time.Duration) ([]ports.Delivery, error) {
	now := q.now()
	var rows []messageRow
	err := q.db.NewRaw(
		"UPDATE queue_messages SET receive_count = receive_count + 1, visible_at = ?, receipt_handle = ? || id WHERE id IN ("+
			"SELECT id FROM queue_messages WHERE queue = ? AND visible_at <= ? AND receive_count < ? "+
			"ORDER BY sent_at, id LIMIT ?"+q.skipLocked()+") "+
			"RETURNING id, body, attributes, receive_count, receipt_handle, sent_at",
		now.Add(vis).UnixMicro(), newToken(), qu.name, now.UnixMicro(), qu.maxRecv, limit,
	).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("dbqueue: receive from %s: %w", qu.name, err)
	}
	// RETURNING does not keep the subquery's order.
	slices.SortFunc(rows, func(a, b messageRow) int {
		return cmp.Or(cmp.Compare(a.SentAt, b.SentAt), cmp.Compare(a.ID, b.ID))
	})
	out := make([]ports.Delivery, 0, len(rows))
	for _, r := range rows {
		var attrs map[string]string
		if err := json.Unmarshal([]byte(r.Attributes), &attrs); err != nil {
			return nil, fmt.Errorf("dbqueue: message %s has unreadable attributes: %w", r.ID, err)
		}
		if len(attrs) == 0 {
			attrs = nil
		}
		out = append(out, ports.Delivery{
			ID: r.ID, Body: r.Body, Attributes: attrs, ReceiptHandle: r.ReceiptHandle, ReceiveCount: r.ReceiveCount,
		})
	}
	return out, nil
}

// Delete implements ports.Queue. A stale handle matches no row, because every
// receive replaces the handle, and gives apperr.Conflict.
func (q *Queue) Delete(ctx context.Context, name, receiptHandle string) error {
	if _, err := q.lookup(name); err != nil {
		return err
	}
	res, err := q.db.NewRaw("DELETE FROM queue_messages WHERE queue = ? AND receipt_handle = ?", name, receiptHandle).Exec(ctx)
	if err != nil {
		return fmt.Errorf("dbqueue: delete from %s: %w", name, err)
	}
	return changedOne(res, receiptHandle)
}

// DeleteBatch implements ports.Queue in one statement. The rows it deleted
// tell which handles matched; a handle that matched none was stale or
// unknown, as Delete reports it.
func (q *Queue) DeleteBatch(ctx context.Context, name string, handles []string) ([]error, error) {
	if _, err := q.lookup(name); err != nil {
		return nil, err
	}
	failed := make([]error, len(handles))
	if len(handles) == 0 {
		return failed, nil
	}
	var deleted []string
	if err := q.db.NewRaw("DELETE FROM queue_messages WHERE queue = ? AND receipt_handle IN (?) RETURNING receipt_handle",
		name, bun.List(handles)).Scan(ctx, &deleted); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("dbqueue: delete from %s: %w", name, err)
	}
	gone := make(map[string]bool, len(deleted))
	for _, h := range deleted {
		gone[h] = true
	}
	for i, h := range handles {
		if !gone[h] {
			failed[i] = apperr.New(apperr.Conflict, "receipt handle %q is stale or unknown", h)
		}
	}
	return failed, nil
}

// ExtendVisibility implements ports.Queue.
func (q *Queue) ExtendVisibility(ctx context.Context, name, receiptHandle string, d time.Duration) error {
	if d < 0 {
		return apperr.New(apperr.Invalid, "visibility timeout must not be negative")
	}
	if _, err := q.lookup(name); err != nil {
		return err
	}
	res, err := q.db.NewRaw("UPDATE queue_messages SET visible_at = ? WHERE queue = ? AND receipt_handle = ?",
		q.now().Add(d).UnixMicro(), name, receiptHandle).Exec(ctx)
	if err != nil {
		return fmt.Errorf("dbqueue: change visibility on %s: %w", name, err)
	}
	if err := changedOne(res, receiptHandle); err != nil {
		return err
	}
	if d == 0 {
		q.broadcast(name)
	}
	return nil
}

// Ping implements ports.Queue: the queue is as reachable as its database.
func (q *Queue) Ping(ctx context.Context) error { return q.db.PingContext(ctx) }

// Queues implements ports.QueueAdmin.
func (q *Queue) Queues() []ports.QueueInfo {
	return append([]ports.QueueInfo(nil), q.mains...)
}

// Count implements ports.QueueAdmin; unlike SQS the count is exact.
func (q *Queue) Count(ctx context.Context, name string) (int, error) {
	if _, err := q.lookup(name); err != nil {
		return 0, err
	}
	var n int
	if err := q.db.NewRaw("SELECT COUNT(*) FROM queue_messages WHERE queue = ?", name).Scan(ctx, &n); err != nil {
		return 0, fmt.Errorf("dbqueue: count %s: %w", name, err)
	}
	return n, nil
}

// RedriveDLQ implements ports.QueueAdmin in two steps, each atomic: claim the
// DLQ's visible messages (hiding them, so a concurrent redrive or peek skips
// them), then in one transaction turn each into a new message on the main
// queue. If the process dies between the two, the claimed messages reappear
// on the DLQ after redriveHold: nothing is lost or duplicated.
func (q *Queue) RedriveDLQ(ctx context.Context, dlq string) (int, error) {
	qu, err := q.lookupDLQ(dlq)
	if err != nil {
		return 0, err
	}
	now := q.now()
	var claimed []messageRow
	if err := q.db.NewRaw(
		"UPDATE queue_messages SET visible_at = ?, receipt_handle = ? || id WHERE id IN ("+
			"SELECT id FROM queue_messages WHERE queue = ? AND visible_at <= ?"+q.skipLocked()+") "+
			"RETURNING id, receipt_handle",
		now.Add(redriveHold).UnixMicro(), newToken(), dlq, now.UnixMicro(),
	).Scan(ctx, &claimed); err != nil {
		return 0, fmt.Errorf("dbqueue: claim messages of %s: %w", dlq, err)
	}
	if len(claimed) == 0 {
		return 0, nil
	}
	err = q.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		for _, m := range claimed {
			if _, err := tx.NewRaw(
				"UPDATE queue_messages SET id = ?, queue = ?, receive_count = 0, receipt_handle = NULL, visible_at = ?, sent_at = ? "+
					"WHERE id = ? AND receipt_handle = ?",
				uuid.NewString(), qu.owner, now.UnixMicro(), now.UnixMicro(), m.ID, m.ReceiptHandle,
			).Exec(ctx); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		// Give the claimed messages back to the DLQ now rather than after the hold.
		for _, m := range claimed {
			_, _ = q.db.NewRaw("UPDATE queue_messages SET visible_at = ? WHERE id = ? AND receipt_handle = ?",
				now.UnixMicro(), m.ID, m.ReceiptHandle).Exec(context.WithoutCancel(ctx))
		}
		return 0, fmt.Errorf("dbqueue: redrive %s to %s: %w", dlq, qu.owner, err)
	}
	q.broadcast(qu.owner)
	return len(claimed), nil
}

// Purge implements ports.QueueAdmin.
func (q *Queue) Purge(ctx context.Context, name string) (int, error) {
	if _, err := q.lookup(name); err != nil {
		return 0, err
	}
	res, err := q.db.NewRaw("DELETE FROM queue_messages WHERE queue = ?", name).Exec(ctx)
	if err != nil {
		return 0, fmt.Errorf("dbqueue: purge %s: %w", name, err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// PeekDLQ implements ports.QueueAdmin: a receive of up to limit messages
// (not clamped to the batch maximum) hiding them for ports.PeekVisibility.
func (q *Queue) PeekDLQ(ctx context.Context, dlq string, limit int) ([]ports.Delivery, error) {
	qu, err := q.lookupDLQ(dlq)
	if err != nil {
		return nil, err
	}
	return q.claim(ctx, qu, max(limit, 1), ports.PeekVisibility)
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
	if qu.owner == "" {
		return nil, apperr.New(apperr.NotFound, "Queue %s is not a dead-letter queue", name)
	}
	return qu, nil
}

// skipLocked makes concurrent claims on PostgreSQL pass over rows another
// transaction is claiming instead of waiting for them. SQLite has no row
// locks and needs none: it runs one writing statement at a time.
func (q *Queue) skipLocked() string {
	if q.db.Engine == store.Postgres {
		return " FOR UPDATE SKIP LOCKED"
	}
	return ""
}

func (q *Queue) waker(name string) <-chan struct{} {
	q.mu.Lock()
	defer q.mu.Unlock()
	ch := q.wake[name]
	if ch == nil {
		ch = make(chan struct{})
		q.wake[name] = ch
	}
	return ch
}

func (q *Queue) broadcast(name string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if ch := q.wake[name]; ch != nil {
		close(ch)
		delete(q.wake, name) // the next waiter makes a fresh one
	}
}

// changedOne turns "no row matched the receipt handle" into apperr.Conflict.
func changedOne(res interface{ RowsAffected() (int64, error) }, handle string) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return apperr.New(apperr.Conflict, "receipt handle %q is stale or unknown", handle)
	}
	return nil
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

// newToken is the per-receive part of a receipt handle.
func newToken() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:]) + ":"
}
