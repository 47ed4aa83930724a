// Package audit publishes an audit record of every successful Integration API
// call to the audit queue, as the original service does. Publishing is
// asynchronous through a bounded buffer: a slow or failing queue never slows or
// fails a consumer's request; records that do not fit are dropped and counted.
package audit

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"time"
	"unicode"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// Service names this service in audit records.
const Service = "hmpps-integration-api"

// Record is one audited call, in the shape the audit service reads.
type Record struct {
	What    string `json:"what"`
	Who     string `json:"who"`
	When    string `json:"when"`
	Service string `json:"service"`
	Details string `json:"details"` // a JSON document, as a string
}

// Publisher buffers records and publishes them in the background.
type Publisher struct {
	queue     ports.Queue
	name      string
	records   chan Record
	log       *slog.Logger
	published prometheus.Counter
	dropped   prometheus.Counter
	failed    prometheus.Counter
}

// New builds a Publisher for the named queue holding up to buffer records.
func New(queue ports.Queue, name string, buffer int, log *slog.Logger, reg prometheus.Registerer) *Publisher {
	counter := func(outcome string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{
			Name: "audit_records_total", Help: "Audit records of Integration API calls, by outcome.",
			ConstLabels: prometheus.Labels{"outcome": outcome},
		})
	}
	p := &Publisher{
		queue: queue, name: name, records: make(chan Record, buffer), log: log,
		published: counter("published"), dropped: counter("dropped"), failed: counter("failed"),
	}
	reg.MustRegister(p.published, p.dropped, p.failed)
	return p
}

// Audit queues a record of a successful call; it never blocks.
func (p *Publisher) Audit(operationID, consumer string, when time.Time, params map[string]string) {
	details, err := json.Marshal(params)
	if err != nil {
		details = []byte("{}")
	}
	r := Record{What: What(operationID), Who: consumer, When: when.UTC().Format(time.RFC3339Nano), Service: Service, Details: string(details)}
	select {
	case p.records <- r:
	default:
		p.dropped.Inc()
	}
}

// batchSize is the most records one publish carries, and linger how long a
// batch waits for more once it has one: a broker call (an SQS request, a
// database commit) then carries many records under load, at the price of
// audit records arriving up to linger later. Requests never wait for either.
const (
	batchSize = 50
	linger    = 50 * time.Millisecond
)

// Run publishes buffered records until ctx ends, then publishes what is left
// for up to two seconds.
func (p *Publisher) Run(ctx context.Context) {
	for {
		select {
		case r := <-p.records:
			p.publish(ctx, p.collect(r, linger))
		case <-ctx.Done():
			drain, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			for {
				select {
				case r := <-p.records:
					p.publish(drain, p.collect(r, 0))
				default:
					return
				}
			}
		}
	}
}

// collect returns first and the records that follow it within wait, up to
// batchSize; with no wait, only those already buffered.
func (p *Publisher) collect(first Record, wait time.Duration) []Record {
	batch := []Record{first}
	var deadline <-chan time.Time
	if wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		deadline = t.C
	}
	for len(batch) < batchSize {
		if deadline == nil {
			select {
			case r := <-p.records:
				batch = append(batch, r)
			default:
				return batch
			}
			continue
		}
		select {
		case r := <-p.records:
			batch = append(batch, r)
		case <-deadline:
			return batch
		}
	}
	return batch
}

func (p *Publisher) publish(ctx context.Context, batch []Record) {
	ms := make([]ports.OutboundMessage, 0, len(batch))
	for _, r := range batch {
		body, err := json.Marshal(r)
		if err != nil { // a Record always marshals; counted rather than lost silently
			p.failed.Inc()
			continue
		}
		ms = append(ms, ports.OutboundMessage{Body: string(body)})
	}
	if _, err := p.queue.PublishBatch(ctx, p.name, ms); err != nil {
		p.failed.Add(float64(len(ms)))
		p.log.Warn("audit records not published", "records", len(ms), "first", batch[0].What, "error", err)
		return
	}
	p.published.Add(float64(len(ms)))
}

// What names an operation as the audit service expects: getPersonName → GET_PERSON_NAME.
func What(operationID string) string {
	var b strings.Builder
	for i, r := range operationID {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}
