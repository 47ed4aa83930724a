package ports

import (
	"context"
	"time"
)

// MaxReceiveBatch is the most messages one Receive returns (the SQS limit);
// larger requests are clamped to it.
const MaxReceiveBatch = 10

// PeekVisibility is how long QueueAdmin.PeekDLQ hides the messages it returns,
// matching the hmpps-sqs library's get-dlq-messages.
const PeekVisibility = 30 * time.Second

// OutboundMessage is a message to publish.
type OutboundMessage struct {
	// Body is the payload; it must not be empty (SQS rejects empty bodies).
	Body string
	// Attributes are SQS string message attributes, e.g. "eventType", which
	// consumers route on without decoding the body. Values must not be empty
	// and there may be at most 10 (SQS limits).
	Attributes map[string]string
}

// Delivery is one received copy of a message.
type Delivery struct {
	// ID is the broker's message id, as returned by Publish; stable across redeliveries.
	ID         string
	Body       string
	Attributes map[string]string
	// ReceiptHandle identifies this receive, not the message: each receive
	// issues a new one, and only the latest can Delete or ExtendVisibility.
	ReceiptHandle string
	// ReceiveCount is how many times the message has been received, this time
	// included (1 on first delivery).
	ReceiveCount int
}

// Queue publishes and consumes messages. Its semantics are those of Amazon SQS
// standard queues, because SQS is the production broker and the other
// implementations (in-memory, the embedded database queue) must be drop-in
// replacements for it:
//
//   - Delivery is at least once. Receive hides a message for the queue's
//     visibility timeout; it is gone only once Delete is called with its
//     receipt handle. A consumer must therefore Delete only after its work is
//     committed, and the work must be idempotent: a crash, an error or a slow
//     handler means the message reappears after the timeout and is handled again.
//   - Every receive increments Delivery.ReceiveCount. When a queue has a
//     dead-letter queue (DLQ) and a message would be received more than the
//     queue's maxReceiveCount times, it is moved to the DLQ instead of being
//     delivered, so a poison message stops blocking work and waits for an
//     operator (QueueAdmin.RedriveDLQ).
//   - Order is not guaranteed, and neither is exactly-once.
//
// Queues are addressed by their logical name (e.g. "events", "events-dlq");
// mapping names to broker URLs is the implementation's business. A DLQ is a
// queue too: Publish, Receive and Delete accept its name. An unknown name gives
// an apperr.NotFound error from every method.
type Queue interface {
	// Publish sends m to queue and returns the new message's id. An empty body
	// or empty attribute value gives an apperr.Invalid error.
	Publish(ctx context.Context, queue string, m OutboundMessage) (id string, err error)
	// PublishBatch sends ms to queue with as few broker calls as it can (SQS
	// SendMessageBatch, ten a call; one transaction on a database), for
	// publishers that buffer, such as audit. It returns the new ids in order.
	// Every message is checked first: one invalid message (apperr.Invalid)
	// sends none. Any other error may come after part of the batch was sent.
	// No messages is a no-op.
	PublishBatch(ctx context.Context, queue string, ms []OutboundMessage) (ids []string, err error)
	// Receive long-polls queue for up to wait and returns 0..max messages
	// (max is clamped to 1..MaxReceiveBatch). It returns as soon as any message
	// is available, so it may return fewer than are queued; an empty result
	// after wait is normal. Each returned message is hidden from other
	// consumers for the queue's visibility timeout. Brokers with coarser
	// timing (SQS waits whole seconds, at most 20) may round wait up. If ctx
	// ends first, Receive returns an error wrapping ctx.Err().
	Receive(ctx context.Context, queue string, max int, wait time.Duration) ([]Delivery, error)
	// Delete acknowledges a received message so it is never delivered again.
	// Call it only after the message's work is committed. A stale receipt
	// handle (the message has since been received again) does not delete the
	// message; depending on the broker it returns an error (apperr.Conflict)
	// or nothing.
	Delete(ctx context.Context, queue string, receiptHandle string) error
	// DeleteBatch acknowledges several received messages of queue with as
	// few broker calls as it can (SQS DeleteMessageBatch, ten handles a
	// call), for consumers that finish messages in batches. failed has one
	// entry per handle, in order: nil when deleted (or, where Delete would
	// accept a stale handle silently, ignored), else what Delete would have
	// returned for it. err reports a failure of the whole call (unknown
	// queue: apperr.NotFound; broker unreachable; ctx ended), in which case
	// failed is nil and any handle may or may not have been deleted. No
	// handles is a no-op.
	DeleteBatch(ctx context.Context, queue string, receiptHandles []string) (failed []error, err error)
	// ExtendVisibility hides a received message for d from now (SQS
	// ChangeMessageVisibility), for handlers that need longer than the
	// timeout. d == 0 makes it visible again at once: a negative
	// acknowledgement that counts as a receive towards the DLQ. A stale or
	// unknown handle is an error.
	ExtendVisibility(ctx context.Context, queue, receiptHandle string, d time.Duration) error
	// Ping reports whether the broker is reachable, for health checks.
	Ping(ctx context.Context) error
}

// QueueInfo names a main queue and its dead-letter queue ("" if it has none).
type QueueInfo struct {
	Name, DLQ string
}

// QueueAdmin is what the /queue-admin endpoints and health checks need.
type QueueAdmin interface {
	// Queues lists the configured main queues; DLQs appear only as QueueInfo.DLQ.
	Queues() []QueueInfo
	// Count returns how many messages queue (main or DLQ) holds, visible or in
	// flight (received but not yet deleted). Remote brokers report an approximation.
	Count(ctx context.Context, queue string) (int, error)
	// RedriveDLQ moves every visible message of dlq back to the main queue that
	// owns it, body and attributes intact, as new messages (receive count
	// restarts). Messages in flight, e.g. just peeked, stay put. dlq must be a
	// configured DLQ name, else apperr.NotFound.
	RedriveDLQ(ctx context.Context, dlq string) (moved int, err error)
	// Purge deletes every message of queue (main or DLQ), in flight or not,
	// and returns how many there were.
	Purge(ctx context.Context, queue string) (purged int, err error)
	// PeekDLQ returns up to max visible messages of dlq without deleting them.
	// Like an SQS receive, it hides them for PeekVisibility, so a second peek
	// soon after will not return them again. dlq must be a configured DLQ
	// name, else apperr.NotFound.
	PeekDLQ(ctx context.Context, dlq string, max int) ([]Delivery, error)
}
