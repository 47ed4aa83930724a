// Package queues holds the operator's use cases over the service's message
// queues: the /queue-admin operations, with the rules of the hmpps-sqs
// library that HMPPS services share, over any ports.QueueAdmin.
//
// They live in the core rather than in the HTTP handler because they are
// rules, not translation: which names are dead-letter queues, what each count
// means, which queue may never be purged and how many messages a peek returns
// by default.
package queues

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// DefaultPeek is how many messages PeekDLQ returns when the caller does not say.
const DefaultPeek = 100

// Admin carries out the queue-admin operations.
type Admin struct {
	queues     ports.QueueAdmin
	neverPurge map[string]bool
}

// NewAdmin builds the use cases over queues. The main queues named in
// neverPurge cannot be purged (the audit queue: audit records must not be
// thrown away by an operator); their DLQs can.
func NewAdmin(queues ports.QueueAdmin, neverPurge ...string) *Admin {
	a := &Admin{queues: queues, neverPurge: map[string]bool{}}
	for _, name := range neverPurge {
		a.neverPurge[name] = true
	}
	return a
}

// Retried is the outcome of retrying one DLQ.
type Retried struct {
	DLQ string
	// Found is how many messages the DLQ held when the retry started.
	Found int
	// Moved is how many were moved back to the main queue; messages in flight
	// (for instance just peeked) stay behind.
	Moved int
}

// RetryDLQ moves every message of the dead-letter queue dlq back to its main
// queue. A name that is not a configured DLQ is apperr.NotFound.
func (a *Admin) RetryDLQ(ctx context.Context, dlq string) (Retried, error) {
	if !a.isDLQ(dlq) {
		return Retried{}, apperr.New(apperr.NotFound, "%s not found", dlq)
	}
	return a.retry(ctx, dlq)
}

// RetryAllDLQs retries the DLQ of every configured queue that has one. It
// stops at the first failure, leaving the remaining DLQs untouched for the
// next run.
func (a *Admin) RetryAllDLQs(ctx context.Context) ([]Retried, error) {
	out := []Retried{}
	for _, q := range a.queues.Queues() {
		if q.DLQ == "" {
			continue
		}
		r, err := a.retry(ctx, q.DLQ)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

func (a *Admin) retry(ctx context.Context, dlq string) (Retried, error) {
	found, err := a.queues.Count(ctx, dlq)
	if err != nil {
		return Retried{}, err
	}
	r := Retried{DLQ: dlq, Found: found}
	if found == 0 {
		return r, nil
	}
	r.Moved, err = a.queues.RedriveDLQ(ctx, dlq)
	return r, err
}

// Purge deletes every message of queueName, a main queue or a DLQ, and
// returns how many there were. Unknown names and the queues that are never
// purged are apperr.NotFound, as in the hmpps-sqs library, which does not
// offer those queues for purging at all.
func (a *Admin) Purge(ctx context.Context, queueName string) (int, error) {
	if a.neverPurge[queueName] {
		return 0, apperr.New(apperr.NotFound, "%s not found: it is never purged", queueName)
	}
	if !a.isMain(queueName) && !a.isDLQ(queueName) {
		return 0, apperr.New(apperr.NotFound, "%s not found", queueName)
	}
	return a.queues.Purge(ctx, queueName)
}

// Peeked is what PeekDLQ saw.
type Peeked struct {
	// Found is how many messages the DLQ holds, visible or not.
	Found    int
	Messages []ports.Delivery
}

// PeekDLQ returns up to limit messages of dlq (DefaultPeek when limit is 0)
// without deleting them; they are hidden for ports.PeekVisibility.
func (a *Admin) PeekDLQ(ctx context.Context, dlq string, limit int) (Peeked, error) {
	if limit == 0 {
		limit = DefaultPeek
	}
	if limit < 0 {
		return Peeked{}, apperr.New(apperr.Invalid, "maxMessages must be at least 1")
	}
	if !a.isDLQ(dlq) {
		return Peeked{}, apperr.New(apperr.NotFound, "%s not found", dlq)
	}
	found, err := a.queues.Count(ctx, dlq)
	if err != nil {
		return Peeked{}, err
	}
	msgs, err := a.queues.PeekDLQ(ctx, dlq, limit)
	if err != nil {
		return Peeked{}, err
	}
	return Peeked{Found: found, Messages: msgs}, nil
}

func (a *Admin) isDLQ(name string) bool {
	for _, q := range a.queues.Queues() {
		if q.DLQ != "" && q.DLQ == name {
			return true
		}
	}
	return false
}

func (a *Admin) isMain(name string) bool {
	for _, q := range a.queues.Queues() {
		if q.Name == name {
			return true
		}
	}
	return false
}
