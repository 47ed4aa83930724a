package main

import (
	"context"
	"fmt"

	"github.com/ministryofjustice/hmpps-backbone/adapters/health"
	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/dbqueue"
	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/memory"
	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/sqsqueue"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// queueBackend is one broker holding every queue the service uses: what the
// worker consumes, publishers send to, and the queue-admin operations manage.
type queueBackend interface {
	ports.Queue
	ports.QueueAdmin
}

// newQueues builds the backend that cfg.Backend chooses, with the same
// queues on each: domain events with their DLQ, audit and the jobs board.
func newQueues(ctx context.Context, cfg queueConfig, db *store.DB) (queueBackend, error) {
	switch cfg.Backend {
	case "memory":
		return memory.New(
			memory.QueueConfig{Name: cfg.DomainEvents, DLQ: cfg.DomainEventsDLQ, VisibilityTimeout: cfg.VisibilityTimeout, MaxReceiveCount: cfg.MaxReceiveCount},
			memory.QueueConfig{Name: cfg.Audit, VisibilityTimeout: cfg.VisibilityTimeout},
			memory.QueueConfig{Name: cfg.JobsBoard, VisibilityTimeout: cfg.VisibilityTimeout},
		), nil
	case "embedded":
		return dbqueue.New(db,
			dbqueue.QueueConfig{Name: cfg.DomainEvents, DLQ: cfg.DomainEventsDLQ, VisibilityTimeout: cfg.VisibilityTimeout, MaxReceiveCount: cfg.MaxReceiveCount},
			dbqueue.QueueConfig{Name: cfg.Audit, VisibilityTimeout: cfg.VisibilityTimeout},
			dbqueue.QueueConfig{Name: cfg.JobsBoard, VisibilityTimeout: cfg.VisibilityTimeout},
		)
	case "sqs":
		client, err := sqsqueue.NewClient(ctx, sqsqueue.ClientConfig{Endpoint: cfg.SQSEndpoint, Region: cfg.Region})
		if err != nil {
			return nil, err
		}
		return sqsqueue.New(ctx, sqsqueue.Config{
			Client: client,
			Create: cfg.SQSCreateQueues,
			Queues: []sqsqueue.QueueConfig{
				{Name: cfg.DomainEvents, DLQ: cfg.DomainEventsDLQ, VisibilityTimeout: cfg.VisibilityTimeout, MaxReceiveCount: cfg.MaxReceiveCount},
				{Name: cfg.Audit, VisibilityTimeout: cfg.VisibilityTimeout},
				{Name: cfg.JobsBoard, VisibilityTimeout: cfg.VisibilityTimeout},
			},
		})
	}
	return nil, fmt.Errorf("QUEUE_BACKEND=%q: want embedded, sqs or memory", cfg.Backend)
}

// queueHealth is the critical "queue" component of /health: the broker must
// answer. Its details count each queue's messages and, as HMPPS services
// report, its DLQ's, so a growing DLQ shows on the health page.
func queueHealth(backend string, q queueBackend) health.Check {
	return health.Check{Name: "queue", Critical: true, Probe: func(ctx context.Context) (map[string]any, error) {
		details := map[string]any{"backend": backend}
		if err := q.Ping(ctx); err != nil {
			return details, err
		}
		for _, info := range q.Queues() {
			n, err := q.Count(ctx, info.Name)
			if err != nil {
				return details, err
			}
			queue := map[string]any{"messagesOnQueue": n}
			if info.DLQ != "" {
				if queue["messagesOnDlq"], err = q.Count(ctx, info.DLQ); err != nil {
					return details, err
				}
				queue["dlqName"] = info.DLQ
			}
			details[info.Name] = queue
		}
		return details, nil
	}}
}
