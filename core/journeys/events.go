package journeys

import (
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// EventType names a kind of event recorded against a journey.
type EventType string

// The journey events the journey endpoints record (§6.3).
const (
	JourneyCreate     EventType = "JourneyCreate"
	JourneyUpdate     EventType = "JourneyUpdate"
	JourneyStart      EventType = "JourneyStart"
	JourneyReject     EventType = "JourneyReject"
	JourneyComplete   EventType = "JourneyComplete"
	JourneyUncomplete EventType = "JourneyUncomplete"
	JourneyCancel     EventType = "JourneyCancel"
	JourneyUncancel   EventType = "JourneyUncancel"
	JourneyLockout    EventType = "JourneyLockout"
	JourneyLodging    EventType = "JourneyLodging"
)

// declaration is what one journey event type needs and does.
type declaration struct {
	transition   Transition // "" when the event does not change the state
	optional     []string   // detail keys kept; anything else is dropped
	relationship string     // a relationship that must name a location, if any
}

// declarations is the journey event table: one row per event type, read by
// Record and by replay.
var declarations = map[EventType]declaration{
	JourneyCreate:     {},
	JourneyUpdate:     {},
	JourneyStart:      {transition: Start, optional: []string{"vehicle_reg", "vehicle_depot"}},
	JourneyReject:     {transition: Reject},
	JourneyComplete:   {transition: Complete, optional: []string{"vehicle_reg"}},
	JourneyUncomplete: {transition: Uncomplete},
	JourneyCancel:     {transition: Cancel},
	JourneyUncancel:   {transition: Uncancel},
	JourneyLockout:    {relationship: "from_location"},
	JourneyLodging:    {relationship: "to_location"},
}

// Transition is the state change t asks for, if any.
func (t EventType) Transition() (Transition, bool) {
	tr := declarations[t].transition
	return tr, tr != ""
}

// Event is something that happened to a journey, as reported (OccurredAt) and
// as recorded by us (RecordedAt).
type Event struct {
	ID            string
	Type          EventType
	OccurredAt    time.Time
	RecordedAt    time.Time
	Notes         string
	Details       map[string]any
	Relationships map[string]string // relationship name → id, e.g. "from_location"
	SupplierID    string
	CreatedBy     string
}

// check applies the event's declaration: a known type, the required
// relationship given; undeclared details dropped.
func (e *Event) check() error {
	d, ok := declarations[e.Type]
	if !ok {
		return apperr.Validation(apperr.FieldError{Field: "event_type", Code: "inclusion", Message: fmt.Sprintf("'%s' is not a valid event_type", e.Type)})
	}
	if d.relationship != "" && e.Relationships[d.relationship] == "" {
		return apperr.Validation(apperr.FieldError{Field: d.relationship, Code: "blank", Message: "can't be blank"})
	}
	kept := map[string]any{}
	for k, v := range e.Details {
		if slices.Contains(d.optional, k) && v != nil && v != "" {
			kept[k] = v
		}
	}
	e.Details = kept
	return nil
}

func (e Event) detail(key string) string {
	if v, ok := e.Details[key]; ok && v != nil {
		return fmt.Sprint(v)
	}
	return ""
}

// replay derives the state by applying the journey's transition events in
// occurred_at order (recording order breaks ties) to a proposed journey. An
// event that does not fit the state at its place in the order is skipped, not
// an error, as in the original. Unlike moves, one pass is all there is: the
// journey table has cycles (uncomplete, uncancel), so sweeping again until
// nothing changes could apply an event twice.
func replay(events []Event) State {
	order := make([]int, len(events))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return events[order[i]].OccurredAt.Before(events[order[j]].OccurredAt) })
	s := Proposed
	for _, i := range order {
		if t, ok := events[i].Type.Transition(); ok && t.AllowedFrom(s) {
			s = t.To()
		}
	}
	return s
}
