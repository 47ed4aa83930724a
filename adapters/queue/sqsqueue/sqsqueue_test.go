package sqsqueue_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/queuetest"
	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/sqsqueue"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// client connects to the SQS emulator that make test starts (TEST_SQS_ENDPOINT).
// Without one the suite fails when REQUIRE_SQS is set, as in make test, and is
// skipped with the reason otherwise, for a developer running go test alone.
func client(t *testing.T) *sqs.Client {
	t.Helper()
	endpoint := os.Getenv("TEST_SQS_ENDPOINT")
	if endpoint == "" {
		if os.Getenv("REQUIRE_SQS") != "" {
			t.Fatal("REQUIRE_SQS is set but TEST_SQS_ENDPOINT is empty")
		}
		t.Skip("TEST_SQS_ENDPOINT is not set: run through .ci/with-services.sh (make test) to test against the SQS emulator")
	}
	c, err := sqsqueue.NewClient(t.Context(), sqsqueue.ClientConfig{
		Endpoint: endpoint, Region: "eu-west-2", AccessKeyID: "test", SecretAccessKey: "test",
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// newQueue creates the suite's queues under a prefix of their own, so every
// test has empty queues on the shared emulator, and deletes them afterwards.
func newQueue(t *testing.T, c *sqs.Client) (*sqsqueue.Queue, string) {
	t.Helper()
	var b [4]byte
	_, _ = rand.Read(b[:])
	prefix := "t" + hex.EncodeToString(b[:]) + "-"
	q, err := sqsqueue.New(t.Context(), sqsqueue.Config{
		Client:     c,
		NamePrefix: prefix,
		Create:     true,
		Queues: []sqsqueue.QueueConfig{
			{
				Name:              queuetest.Events,
				DLQ:               queuetest.EventsDLQ,
				VisibilityTimeout: queuetest.VisibilityTimeout,
				MaxReceiveCount:   queuetest.MaxReceiveCount,
			},
			{Name: queuetest.Audit},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx := context.Background()
		for _, name := range []string{queuetest.Events, queuetest.EventsDLQ, queuetest.Audit} {
			if out, err := c.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String(prefix + name)}); err == nil {
				_, _ = c.DeleteQueue(ctx, &sqs.DeleteQueueInput{QueueUrl: out.QueueUrl})
			}
		}
	})
	return q, prefix
}

func TestSuite(t *testing.T) {
	t.Parallel()
	c := client(t)
	queuetest.Run(t, func(t *testing.T) (ports.Queue, ports.QueueAdmin) {
		q, _ := newQueue(t, c)
		return q, q
	})
}

func TestPing(t *testing.T) {
	t.Parallel()
	q, _ := newQueue(t, client(t))
	if err := q.Ping(t.Context()); err != nil {
		t.Errorf("Ping: %v", err)
	}
}

// Without Create the queues must already exist: a missing one is an error at
// start, not a surprise on the first message.
func TestMissingQueueFailsAtStart(t *testing.T) {
	t.Parallel()
	c := client(t)
	_, err := sqsqueue.New(t.Context(), sqsqueue.Config{
		Client: c, NamePrefix: "missing-", Queues: []sqsqueue.QueueConfig{{Name: "nowhere"}},
	})
	if err == nil {
		t.Fatal("New resolved a queue that does not exist")
	}
}

// Queues created by one adapter are found by another configured without
// Create, as in AWS where the infrastructure creates them.
func TestExistingQueuesResolve(t *testing.T) {
	t.Parallel()
	c := client(t)
	created, prefix := newQueue(t, c)
	found, err := sqsqueue.New(t.Context(), sqsqueue.Config{
		Client: c, NamePrefix: prefix,
		Queues: []sqsqueue.QueueConfig{{Name: queuetest.Events, DLQ: queuetest.EventsDLQ}, {Name: queuetest.Audit}},
	})
	if err != nil {
		t.Fatal(err)
	}
	id, err := created.Publish(t.Context(), queuetest.EventsDLQ, ports.OutboundMessage{Body: "dead"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := found.PeekDLQ(t.Context(), queuetest.EventsDLQ, 10)
	if err != nil || len(got) != 1 || got[0].ID != id {
		t.Fatalf("PeekDLQ through the second adapter = %+v, %v; want message %s", got, err, id)
	}
	if err := found.ExtendVisibility(t.Context(), queuetest.Audit, "h", 13*time.Hour); !apperr.Is(err, apperr.Invalid) {
		t.Errorf("ExtendVisibility beyond 12 h: %v, want Invalid", err)
	}
}
