// Package sqsqueue is the production ports.Queue: Amazon SQS (or an emulator
// speaking its JSON protocol) through aws-sdk-go-v2. Queues are addressed by
// logical name and resolved to URLs once, at start. Visibility timeouts and
// maxReceiveCount are the broker's: SQS applies the queue's RedrivePolicy
// itself, so this adapter only has to know which DLQ belongs to which queue.
package sqsqueue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// SQS limits the adapter works within.
const (
	maxWait        = 20 * time.Second // the longest long poll SQS allows
	maxVisibility  = 12 * time.Hour
	maxAttributes  = 10
	defaultMaxRecv = 3
	// shortPollInterval spaces the short polls that spend a sub-second wait.
	shortPollInterval = 100 * time.Millisecond
)

// ClientConfig says how to reach SQS.
type ClientConfig struct {
	// Endpoint overrides the AWS endpoint, e.g. an emulator's http://127.0.0.1:4566; "" for AWS.
	Endpoint string
	Region   string
	// AccessKeyID and SecretAccessKey, when set, are used instead of the SDK's
	// default credential chain (environment, web identity on the cluster, ...).
	// Emulators accept any value but the SDK refuses to sign without one.
	AccessKeyID, SecretAccessKey string
}

// NewClient builds an SQS client from cfg and the SDK's default configuration.
func NewClient(ctx context.Context, cfg ClientConfig) (*sqs.Client, error) {
	opts := []func(*awsconfig.LoadOptions) error{awsconfig.WithRegion(cfg.Region)}
	if cfg.AccessKeyID != "" {
		opts = append(opts, awsconfig.WithCredentialsProvider(
			credentials.NewStaticCredentialsProvider(cfg.AccessKeyID, cfg.SecretAccessKey, "")))
	}
	awsCfg, err := awsconfig.LoadDefaultConfig(ctx, opts...)
	if err != nil {
		return nil, fmt.Errorf("sqsqueue: aws configuration: %w", err)
	}
	return sqs.NewFromConfig(awsCfg, func(o *sqs.Options) {
		if cfg.Endpoint != "" {
			o.BaseEndpoint = aws.String(cfg.Endpoint)
		}
	}), nil
}

// QueueConfig declares one main queue.
type QueueConfig struct {
	Name string
	// DLQ names its dead-letter queue; "" for none.
	DLQ string
	// VisibilityTimeout and MaxReceiveCount are used only when the adapter
	// creates the queue (Config.Create); otherwise the broker's settings rule.
	VisibilityTimeout time.Duration
	MaxReceiveCount   int
}

// Config is the adapter's configuration.
type Config struct {
	Client *sqs.Client
	Queues []QueueConfig
	// NamePrefix is prepended to every queue name on the broker (not to the
	// logical names callers use), so one broker can hold several isolated sets
	// of queues: one per test, or per developer on a shared emulator.
	NamePrefix string
	// Create creates missing queues, each DLQ before the queue that redrives to
	// it, for emulators and local runs. In AWS the infrastructure owns the
	// queues and their redrive policies; leave it false there.
	Create bool
}

// Queue is the set of configured SQS queues.
type Queue struct {
	client *sqs.Client
	queues map[string]*queue
	mains  []ports.QueueInfo
}

type queue struct {
	name, url string
	dlq       string // "" if none
	owner     string // the main queue this is the DLQ of, "" if it is not a DLQ
}

var (
	_ ports.Queue      = (*Queue)(nil)
	_ ports.QueueAdmin = (*Queue)(nil)
)

// New resolves (or, with cfg.Create, creates) every configured queue and its
// DLQ. A queue that does not exist is an error at start rather than on first use.
func New(ctx context.Context, cfg Config) (*Queue, error) {
	q := &Queue{client: cfg.Client, queues: map[string]*queue{}}
	for _, c := range cfg.Queues {
		if c.Name == "" || q.queues[c.Name] != nil {
			return nil, fmt.Errorf("sqsqueue: queue name %q is empty or configured twice", c.Name)
		}
		q.queues[c.Name] = &queue{name: c.Name, dlq: c.DLQ}
	}
	for _, c := range cfg.Queues {
		if c.DLQ == "" {
			continue
		}
		dlq := q.queues[c.DLQ]
		if dlq == nil {
			dlq = &queue{name: c.DLQ}
			q.queues[c.DLQ] = dlq
		}
		if c.DLQ == c.Name || dlq.owner != "" || dlq.dlq != "" {
			return nil, fmt.Errorf("sqsqueue: %q cannot be the DLQ of %q: it is the queue itself, a main queue or another queue's DLQ", c.DLQ, c.Name)
		}
		dlq.owner = c.Name
	}
	for _, c := range cfg.Queues {
		if q.queues[c.Name].owner == "" {
			q.mains = append(q.mains, ports.QueueInfo{Name: c.Name, DLQ: c.DLQ})
		}
	}
	// DLQs first, so that a created main queue's redrive policy can name its DLQ's ARN.
	for _, c := range cfg.Queues {
		if c.DLQ == "" {
			continue
		}
		url, err := q.resolve(ctx, cfg, cfg.NamePrefix+c.DLQ, nil)
		if err != nil {
			return nil, err
		}
		q.queues[c.DLQ].url = url
	}
	for _, c := range cfg.Queues {
		if q.queues[c.Name].url != "" { // already resolved as a DLQ
			continue
		}
		attrs := map[string]string{}
		if vis := c.VisibilityTimeout; vis > 0 {
			attrs[string(types.QueueAttributeNameVisibilityTimeout)] = strconv.Itoa(seconds(vis))
		}
		if c.DLQ != "" && cfg.Create {
			arn, err := q.arn(ctx, q.queues[c.DLQ].url)
			if err != nil {
				return nil, err
			}
			maxRecv := c.MaxReceiveCount
			if maxRecv <= 0 {
				maxRecv = defaultMaxRecv
			}
			policy, _ := json.Marshal(map[string]string{"deadLetterTargetArn": arn, "maxReceiveCount": strconv.Itoa(maxRecv)})
			attrs[string(types.QueueAttributeNameRedrivePolicy)] = string(policy)
		}
		url, err := q.resolve(ctx, cfg, cfg.NamePrefix+c.Name, attrs)
		if err != nil {
			return nil, err
		}
		q.queues[c.Name].url = url
	}
	return q, nil
}

// resolve finds the URL of the broker queue name, creating it first when configured to.
func (q *Queue) resolve(ctx context.Context, cfg Config, name string, attrs map[string]string) (string, error) {
	if cfg.Create {
		out, err := q.client.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String(name), Attributes: attrs})
		if err != nil {
			return "", fmt.Errorf("sqsqueue: create queue %s: %w", name, err)
		}
		return aws.ToString(out.QueueUrl), nil
	}
	out, err := q.client.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String(name)})
	if err != nil {
		return "", fmt.Errorf("sqsqueue: find queue %s: %w", name, err)
	}
	return aws.ToString(out.QueueUrl), nil
}

func (q *Queue) arn(ctx context.Context, url string) (string, error) {
	out, err := q.client.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{
		QueueUrl: aws.String(url), AttributeNames: []types.QueueAttributeName{types.QueueAttributeNameQueueArn},
	})
	if err != nil {
		return "", fmt.Errorf("sqsqueue: read the ARN of %s: %w", url, err)
	}
	return out.Attributes[string(types.QueueAttributeNameQueueArn)], nil
}

// Publish implements ports.Queue. Attributes are sent as SQS String attributes.
func (q *Queue) Publish(ctx context.Context, name string, m ports.OutboundMessage) (string, error) {
	if err := validate(m); err != nil {
		return "", err
	}
	qu, err := q.lookup(name)
	if err != nil {
		return "", err
	}
	out, err := q.client.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl: aws.String(qu.url), MessageBody: aws.String(m.Body), MessageAttributes: toAttributes(m.Attributes),
	})
	if err != nil {
		return "", translate(err, "publish to", name)
	}
	return aws.ToString(out.MessageId), nil
}

// PublishBatch implements ports.Queue with SendMessageBatch, ten messages a
// call. An entry SQS refuses fails the batch; the entries before it, and the
// rest of its call, may have been sent.
func (q *Queue) PublishBatch(ctx context.Context, name string, ms []ports.OutboundMessage) ([]string, error) {
	for _, m := range ms {
		if err := validate(m); err != nil {
			return nil, err
		}
	}
	qu, err := q.lookup(name)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(ms))
	for start := 0; start < len(ms); start += ports.MaxReceiveBatch {
		chunk := ms[start:min(start+ports.MaxReceiveBatch, len(ms))]
		entries := make([]types.SendMessageBatchRequestEntry, len(chunk))
		for i, m := range chunk {
			entries[i] = types.SendMessageBatchRequestEntry{
				Id: aws.String(strconv.Itoa(start + i)), MessageBody: aws.String(m.Body), MessageAttributes: toAttributes(m.Attributes),
			}
		}
		out, err := q.client.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: aws.String(qu.url), Entries: entries})
		if err != nil {
			return nil, translate(err, "publish to", name)
		}
		if len(out.Failed) > 0 {
			f := out.Failed[0]
			return nil, fmt.Errorf("sqsqueue: publish to %s: %d of %d refused, first %s %s",
				name, len(out.Failed), len(chunk), aws.ToString(f.Code), aws.ToString(f.Message))
		}
		for _, ok := range out.Successful {
			i, err := strconv.Atoi(aws.ToString(ok.Id))
			if err != nil || i < start || i >= start+len(chunk) {
				return nil, fmt.Errorf("sqsqueue: publish to %s: SQS answered for unknown batch entry %q", name, aws.ToString(ok.Id))
			}
			ids[i] = aws.ToString(ok.MessageId)
		}
	}
	return ids, nil
}

// Receive implements ports.Queue with SQS long polling. SQS waits whole
// seconds only (at most 20), so the wait is spent in long polls of whole
// seconds and its sub-second remainder in short polls a few times a second:
// rounding up instead would keep a caller waiting past a visibility timeout
// it meant to stop before.
func (q *Queue) Receive(ctx context.Context, name string, limit int, wait time.Duration) ([]ports.Delivery, error) {
	qu, err := q.lookup(name)
	if err != nil {
		return nil, err
	}
	limit = min(max(limit, 1), ports.MaxReceiveBatch)
	deadline := time.Now().Add(wait)
	for {
		poll := min(max(time.Until(deadline), 0).Truncate(time.Second), maxWait)
		got, err := q.receive(ctx, qu, limit, poll, 0)
		if err != nil || len(got) > 0 {
			return got, err
		}
		remaining := time.Until(deadline)
		if remaining <= 0 {
			return nil, nil
		}
		if remaining < time.Second {
			timer := time.NewTimer(min(shortPollInterval, remaining))
			select {
			case <-ctx.Done():
				timer.Stop()
				return nil, fmt.Errorf("sqsqueue: receive from %s: %w", name, ctx.Err())
			case <-timer.C:
			}
		}
	}
}

// receive is one ReceiveMessage call; vis 0 keeps the queue's visibility timeout.
func (q *Queue) receive(ctx context.Context, qu *queue, limit int, wait, vis time.Duration) ([]ports.Delivery, error) {
	out, err := q.client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{
		QueueUrl:                    aws.String(qu.url),
		MaxNumberOfMessages:         int32(limit),
		WaitTimeSeconds:             int32(seconds(wait)),
		VisibilityTimeout:           int32(seconds(vis)),
		MessageAttributeNames:       []string{"All"},
		MessageSystemAttributeNames: []types.MessageSystemAttributeName{types.MessageSystemAttributeNameApproximateReceiveCount},
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("sqsqueue: receive from %s: %w", qu.name, ctx.Err())
		}
		return nil, translate(err, "receive from", qu.name)
	}
	deliveries := make([]ports.Delivery, 0, len(out.Messages))
	for _, m := range out.Messages {
		count, _ := strconv.Atoi(m.Attributes[string(types.MessageSystemAttributeNameApproximateReceiveCount)])
		deliveries = append(deliveries, ports.Delivery{
			ID:            aws.ToString(m.MessageId),
			Body:          aws.ToString(m.Body),
			Attributes:    fromAttributes(m.MessageAttributes),
			ReceiptHandle: aws.ToString(m.ReceiptHandle),
			ReceiveCount:  count,
		})
	}
	return deliveries, nil
}

// Delete implements ports.Queue. SQS accepts a stale handle silently and
// leaves the message in place.
func (q *Queue) Delete(ctx context.Context, name, receiptHandle string) error {
	qu, err := q.lookup(name)
	if err != nil {
		return err
	}
	_, err = q.client.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: aws.String(qu.url), ReceiptHandle: aws.String(receiptHandle)})
	return translate(err, "delete from", name)
}

// DeleteBatch implements ports.Queue with DeleteMessageBatch, ten handles a
// call. A stale handle is accepted silently, as by Delete; an entry SQS
// refuses (e.g. a malformed handle) is reported in failed.
func (q *Queue) DeleteBatch(ctx context.Context, name string, handles []string) ([]error, error) {
	qu, err := q.lookup(name)
	if err != nil {
		return nil, err
	}
	failed := make([]error, len(handles))
	for start := 0; start < len(handles); start += ports.MaxReceiveBatch {
		chunk := handles[start:min(start+ports.MaxReceiveBatch, len(handles))]
		entries := make([]types.DeleteMessageBatchRequestEntry, len(chunk))
		for i, h := range chunk {
			entries[i] = types.DeleteMessageBatchRequestEntry{Id: aws.String(strconv.Itoa(start + i)), ReceiptHandle: aws.String(h)}
		}
		out, err := q.client.DeleteMessageBatch(ctx, &sqs.DeleteMessageBatchInput{QueueUrl: aws.String(qu.url), Entries: entries})
		if err != nil {
			return nil, translate(err, "delete from", name)
		}
		for _, f := range out.Failed {
			i, err := strconv.Atoi(aws.ToString(f.Id))
			if err != nil || i < start || i >= start+len(chunk) {
				return nil, fmt.Errorf("sqsqueue: delete from %s: SQS answered for unknown batch entry %q", name, aws.ToString(f.Id))
			}
			failed[i] = batchEntryError(f, name)
		}
	}
	return failed, nil
}

// batchEntryError classifies one refused entry of a batch call as translate
// classifies a whole call's error.
func batchEntryError(f types.BatchResultErrorEntry, queue string) error {
	code, msg := aws.ToString(f.Code), aws.ToString(f.Message)
	switch code {
	case "ReceiptHandleIsInvalid", "InvalidParameterValue", "MessageNotInflight":
		return apperr.New(apperr.Conflict, "receipt handle for %s is stale or unknown: %s %s", queue, code, msg)
	}
	return fmt.Errorf("sqsqueue: delete from %s: %s %s", queue, code, msg)
}

// ExtendVisibility implements ports.Queue with ChangeMessageVisibility;
// d is rounded up to whole seconds.
func (q *Queue) ExtendVisibility(ctx context.Context, name, receiptHandle string, d time.Duration) error {
	if d < 0 || d > maxVisibility {
		return apperr.New(apperr.Invalid, "visibility timeout must be between 0 and %v", maxVisibility)
	}
	qu, err := q.lookup(name)
	if err != nil {
		return err
	}
	_, err = q.client.ChangeMessageVisibility(ctx, &sqs.ChangeMessageVisibilityInput{
		QueueUrl: aws.String(qu.url), ReceiptHandle: aws.String(receiptHandle), VisibilityTimeout: int32(seconds(d)),
	})
	return translate(err, "change visibility on", name)
}

// Ping implements ports.Queue: it reads an attribute of the first queue, which
// proves the broker answers, the credentials work and the queue still exists.
func (q *Queue) Ping(ctx context.Context) error {
	if len(q.mains) == 0 {
		return nil
	}
	_, err := q.arn(ctx, q.queues[q.mains[0].Name].url)
	return err
}

// Queues implements ports.QueueAdmin.
func (q *Queue) Queues() []ports.QueueInfo {
	return append([]ports.QueueInfo(nil), q.mains...)
}

// Count implements ports.QueueAdmin from SQS's approximate counters: visible,
// in flight and delayed messages.
func (q *Queue) Count(ctx context.Context, name string) (int, error) {
	return q.count(ctx, name,
		types.QueueAttributeNameApproximateNumberOfMessages,
		types.QueueAttributeNameApproximateNumberOfMessagesNotVisible,
		types.QueueAttributeNameApproximateNumberOfMessagesDelayed)
}

func (q *Queue) count(ctx context.Context, name string, attrs ...types.QueueAttributeName) (int, error) {
	qu, err := q.lookup(name)
	if err != nil {
		return 0, err
	}
	out, err := q.client.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: aws.String(qu.url), AttributeNames: attrs})
	if err != nil {
		return 0, translate(err, "count", name)
	}
	total := 0
	for _, a := range attrs {
		n, _ := strconv.Atoi(out.Attributes[string(a)])
		total += n
	}
	return total, nil
}

// RedriveDLQ implements ports.QueueAdmin as the hmpps-sqs library does:
// receive from the DLQ, send to the main queue, then delete from the DLQ. A
// failure between send and delete duplicates a message rather than losing one.
// It stops after as many messages as the DLQ showed visible when it started,
// so messages failing again meanwhile are not chased round in a loop.
func (q *Queue) RedriveDLQ(ctx context.Context, dlq string) (int, error) {
	qu, err := q.lookupDLQ(dlq)
	if err != nil {
		return 0, err
	}
	target, err := q.count(ctx, dlq, types.QueueAttributeNameApproximateNumberOfMessages)
	if err != nil {
		return 0, err
	}
	main := q.queues[qu.owner]
	moved := 0
	for moved < target {
		// Hidden for the peek time while being moved; a long poll of a second
		// because SQS's short poll may miss messages on a small queue.
		batch, err := q.receive(ctx, qu, min(target-moved, ports.MaxReceiveBatch), time.Second, ports.PeekVisibility)
		if err != nil {
			return moved, err
		}
		if len(batch) == 0 {
			break
		}
		for i, m := range batch {
			if _, err := q.client.SendMessage(ctx, &sqs.SendMessageInput{
				QueueUrl: aws.String(main.url), MessageBody: aws.String(m.Body), MessageAttributes: toAttributes(m.Attributes),
			}); err != nil {
				q.release(ctx, qu, batch[i:])
				return moved, translate(err, "redrive to", main.name)
			}
			if _, err := q.client.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: aws.String(qu.url), ReceiptHandle: aws.String(m.ReceiptHandle)}); err != nil {
				q.release(ctx, qu, batch[i+1:])
				return moved, translate(err, "delete a redriven message from", dlq)
			}
			moved++
		}
	}
	return moved, nil
}

// release makes messages visible again at once, best effort: if it fails they
// reappear after their visibility timeout anyway.
func (q *Queue) release(ctx context.Context, qu *queue, ds []ports.Delivery) {
	for _, d := range ds {
		_, _ = q.client.ChangeMessageVisibility(context.WithoutCancel(ctx), &sqs.ChangeMessageVisibilityInput{
			QueueUrl: aws.String(qu.url), ReceiptHandle: aws.String(d.ReceiptHandle), VisibilityTimeout: 0,
		})
	}
}

// Purge implements ports.QueueAdmin. It calls PurgeQueue only when there is
// something to purge, because SQS allows one purge per queue a minute.
func (q *Queue) Purge(ctx context.Context, name string) (int, error) {
	n, err := q.Count(ctx, name)
	if err != nil || n == 0 {
		return 0, err
	}
	if _, err := q.client.PurgeQueue(ctx, &sqs.PurgeQueueInput{QueueUrl: aws.String(q.queues[name].url)}); err != nil {
		return 0, translate(err, "purge", name)
	}
	return n, nil
}

// PeekDLQ implements ports.QueueAdmin: receives hiding the messages for
// ports.PeekVisibility, up to limit or as many as the DLQ showed visible.
func (q *Queue) PeekDLQ(ctx context.Context, dlq string, limit int) ([]ports.Delivery, error) {
	qu, err := q.lookupDLQ(dlq)
	if err != nil {
		return nil, err
	}
	visible, err := q.count(ctx, dlq, types.QueueAttributeNameApproximateNumberOfMessages)
	if err != nil {
		return nil, err
	}
	target := min(max(limit, 1), visible)
	var out []ports.Delivery
	for len(out) < target {
		batch, err := q.receive(ctx, qu, min(target-len(out), ports.MaxReceiveBatch), time.Second, ports.PeekVisibility)
		if err != nil {
			return out, err
		}
		if len(batch) == 0 {
			break
		}
		out = append(out, batch...)
	}
	return out, nil
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

// translate classifies SQS errors into the port's kinds; nil stays nil.
func translate(err error, op, queue string) error {
	if err == nil {
		return nil
	}
	var (
		notExist      *types.QueueDoesNotExist
		badHandle     *types.ReceiptHandleIsInvalid
		notInFlight   *types.MessageNotInflight
		badContents   *types.InvalidMessageContents
		purgeUnderway *types.PurgeQueueInProgress
	)
	switch {
	case errors.As(err, &notExist):
		return apperr.Wrap(apperr.NotFound, err, "Queue %s not found", queue)
	case errors.As(err, &badHandle), errors.As(err, &notInFlight):
		return apperr.Wrap(apperr.Conflict, err, "receipt handle for %s is stale or unknown", queue)
	case errors.As(err, &badContents):
		return apperr.Wrap(apperr.Invalid, err, "message rejected by %s: %v", queue, err)
	case errors.As(err, &purgeUnderway):
		return apperr.Wrap(apperr.Conflict, err, "a purge of %s is already under way (SQS allows one a minute)", queue)
	}
	return fmt.Errorf("sqsqueue: %s %s: %w", op, queue, err)
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

func toAttributes(a map[string]string) map[string]types.MessageAttributeValue {
	if len(a) == 0 {
		return nil
	}
	out := make(map[string]types.MessageAttributeValue, len(a))
	for k, v := range a {
		out[k] = types.MessageAttributeValue{DataType: aws.String("String"), StringValue: aws.String(v)}
	}
	return out
}

// fromAttributes keeps String and Number attributes; binary ones have no
// place in the port's map of strings.
func fromAttributes(a map[string]types.MessageAttributeValue) map[string]string {
	if len(a) == 0 {
		return nil
	}
	out := make(map[string]string, len(a))
	for k, v := range a {
		if v.StringValue != nil {
			out[k] = *v.StringValue
		}
	}
	return out
}

// seconds rounds d up to whole seconds, as SQS counts them.
func seconds(d time.Duration) int {
	if d <= 0 {
		return 0
	}
	return int(math.Ceil(d.Seconds()))
}
