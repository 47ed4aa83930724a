// Package casenotes is the domain of the prison-case-notes-to-probation worker:
// it reads HMPPS domain events, decides which are of interest, and maps prison
// case notes and alerts to Delius contacts (type, notes, description, URN) with
// the merge rules that make redelivery safe. It does no I/O; the consumer use
// case (core/casenotes/consumer) and the adapters do.
package casenotes

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Event types the worker routes on (MessageAttributes.eventType).
const (
	EventCaseNoteCreated       = "person.case-note.created"
	EventCaseNoteUpdated       = "person.case-note.updated"
	EventAlertCreated          = "person.alert.created"
	EventAlertUpdated          = "person.alert.updated"
	EventAlertInactive         = "person.alert.inactive"
	EventPrisonIdentifierAdded = "probation-case.prison-identifier.added"
	attrEventType              = "eventType"
	attrType                   = "type"
	attrSubType                = "subType"
	identifierTypeNOMS         = "NOMS"
	identifierTypeCRN          = "CRN"
)

// ErrMalformed marks a message that can never be handled as it is (bad JSON,
// missing routing attributes). It is not acknowledged: like the original, it
// is retried and then dead-lettered, where an operator can look at it.
var ErrMalformed = errors.New("malformed message")

// Notification is one SNS notification delivered through SQS: the routing
// attributes and the HMPPS domain event it carries.
type Notification struct {
	MessageID  string
	Attributes map[string]string
	Event      DomainEvent
}

// DomainEvent is the HMPPS domain event inside a notification. Unknown fields
// (publishedAt, ...) are ignored so publishers can add fields freely.
type DomainEvent struct {
	EventType             string         `json:"eventType"`
	Version               int            `json:"version"`
	DetailURL             string         `json:"detailUrl,omitempty"`
	OccurredAt            time.Time      `json:"occurredAt"`
	Description           string         `json:"description,omitempty"`
	AdditionalInformation map[string]any `json:"additionalInformation,omitempty"`
	PersonReference       struct {
		Identifiers []Identifier `json:"identifiers"`
	} `json:"personReference"`
}

// Identifier is one of a person's identifiers in a domain event.
type Identifier struct {
	Type  string `json:"type"`
	Value string `json:"value"`
}

// NOMS returns the event's NOMS number, or "" when it has none.
func (e DomainEvent) NOMS() string { return e.identifier(identifierTypeNOMS) }

// CRN returns the event's CRN, or "" when it has none.
func (e DomainEvent) CRN() string { return e.identifier(identifierTypeCRN) }

func (e DomainEvent) identifier(kind string) string {
	for _, id := range e.PersonReference.Identifiers {
		if id.Type == kind {
			return id.Value
		}
	}
	return ""
}

// envelope is the SNS notification JSON (raw message delivery off).
type envelope struct {
	Type              string `json:"Type"`
	MessageID         string `json:"MessageId"`
	Message           string `json:"Message"`
	MessageAttributes map[string]struct {
		Type  string `json:"Type"`
		Value string `json:"Value"`
	} `json:"MessageAttributes"`
}

// ParseNotification decodes an SQS body holding an SNS notification.
// queueAttrs are the SQS message attributes: with raw delivery they are where
// the routing attributes live, so they fill in any the envelope lacks.
func ParseNotification(body string, queueAttrs map[string]string) (Notification, error) {
	var env envelope
	if err := json.Unmarshal([]byte(body), &env); err != nil {
		return Notification{}, fmt.Errorf("%w: body is not an SNS notification: %w", ErrMalformed, err)
	}
	if env.Message == "" {
		return Notification{}, fmt.Errorf("%w: SNS notification has no Message", ErrMalformed)
	}
	n := Notification{MessageID: env.MessageID, Attributes: map[string]string{}}
	for k, v := range queueAttrs {
		n.Attributes[k] = v
	}
	for k, a := range env.MessageAttributes {
		n.Attributes[k] = a.Value
	}
	if err := json.Unmarshal([]byte(env.Message), &n.Event); err != nil {
		return Notification{}, fmt.Errorf("%w: Message is not a domain event: %w", ErrMalformed, err)
	}
	return n, nil
}

// EventType is the routing event type: the attribute, not the body's field,
// as in the original (the alert-inactive fixture relies on it).
func (n Notification) EventType() string { return n.Attributes[attrEventType] }

// Route says what to do with a notification.
type Route int

// Routes.
const (
	// Ignore acknowledges the message without doing anything or reporting it.
	Ignore Route = iota
	// MergeCaseNote fetches the case note at the detail URL and merges it.
	MergeCaseNote
	// MergeAlert fetches the alert at the detail URL and merges it.
	MergeAlert
	// Backfill merges every case note and active alert of a newly linked person.
	Backfill
)

func (r Route) String() string {
	switch r {
	case MergeCaseNote:
		return "case-note"
	case MergeAlert:
		return "alert"
	case Backfill:
		return "backfill"
	}
	return "ignore"
}

// Route routes on the eventType attribute. Case notes are merged only when
// the type/subType attributes are in the interest table; a case-note event
// without them is malformed (retried, then dead-lettered), not silently skipped.
func (n Notification) Route(interest InterestTable) (Route, error) {
	switch n.EventType() {
	case EventPrisonIdentifierAdded:
		return Backfill, nil
	case EventCaseNoteCreated, EventCaseNoteUpdated:
		t, okT := n.Attributes[attrType]
		st, okST := n.Attributes[attrSubType]
		if !okT || !okST {
			return Ignore, fmt.Errorf("%w: %s without type/subType attributes", ErrMalformed, n.EventType())
		}
		if !interest.Includes(t, st) {
			return Ignore, nil
		}
		return MergeCaseNote, nil
	case EventAlertCreated, EventAlertUpdated, EventAlertInactive:
		return MergeAlert, nil
	}
	return Ignore, nil
}

// BackfillNOMS is the upper-cased NOMS number a prison-identifier.added event
// links; its absence is malformed.
func (n Notification) BackfillNOMS() (string, error) {
	noms := strings.ToUpper(strings.TrimSpace(n.Event.NOMS()))
	if noms == "" {
		return "", fmt.Errorf("%w: NomsNumber not found for %s", ErrMalformed, n.EventType())
	}
	return noms, nil
}
