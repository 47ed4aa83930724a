package access

import (
	"slices"
	"strings"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// Outcome is why a request was let through or not.
type Outcome int

const (
	// Allowed means the consumer is known and granted the operation.
	Allowed Outcome = iota
	// NoIdentity means the request names no consumer at all.
	NoIdentity
	// UnknownConsumer means the consumer is not in the configuration.
	UnknownConsumer
	// NotGranted means no include of the consumer or its roles matches the
	// operation, or the operation needs a role the consumer lacks.
	NotGranted
)

// Decision is the answer of Authorise.
type Decision struct {
	Outcome Outcome
	// Consumer is the configured consumer when known (its filters and rate
	// limit apply to the request), the zero Consumer otherwise.
	Consumer Consumer
	// Redactions are the consumer's redaction rules for the operation, when
	// allowed; empty for a consumer without policies.
	Redactions Redactions
	name       string
}

// Allowed reports whether the request may go on.
func (d Decision) Allowed() bool { return d.Outcome == Allowed }

// Err describes a refusal of a request for path (the path as the caller sent
// it, so the message speaks the caller's language), or nil when allowed. The
// unknown-consumer and not-granted cases share one message on purpose: a
// caller cannot tell which names are configured.
func (d Decision) Err(path string) error {
	switch d.Outcome {
	case Allowed:
		return nil
	case NoIdentity:
		return apperr.New(apperr.Denied, "No consumer identity provided for authorisation")
	}
	return apperr.New(apperr.Denied, "Unable to authorise %s for %s", path, d.name)
}

// Authorise decides whether consumer may call the operation with the given
// path template. Deny by default: only an include of the consumer, or of one
// of its roles, can grant an operation.
func (p *Policy) Authorise(consumer, template string) Decision {
	if consumer == "" {
		return Decision{Outcome: NoIdentity}
	}
	g, ok := p.consumers[consumer]
	if !ok {
		return Decision{Outcome: UnknownConsumer, name: consumer}
	}
	d := Decision{Outcome: NotGranted, Consumer: g.consumer, name: consumer}
	if strings.HasPrefix(template, queueAdminPrefix) && !slices.Contains(g.consumer.Roles, QueueAdminRole) {
		return d
	}
	for _, pattern := range g.patterns {
		if pattern.Matches(template) {
			d.Outcome = Allowed
			d.Redactions = redactionsFor(g.redactions, template)
			return d
		}
	}
	return d
}
