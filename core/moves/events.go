package moves

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// EventType names a kind of event recorded against a move.
type EventType string

// The move events (§6.2 of the fact sheet).
const (
	MoveProposed                           EventType = "MoveProposed"
	MoveRequested                          EventType = "MoveRequested"
	MoveApprove                            EventType = "MoveApprove"
	MoveAccept                             EventType = "MoveAccept"
	MoveStart                              EventType = "MoveStart"
	MoveComplete                           EventType = "MoveComplete"
	MoveCancel                             EventType = "MoveCancel"
	MoveReject                             EventType = "MoveReject"
	MoveRedirect                           EventType = "MoveRedirect"
	MoveLockout                            EventType = "MoveLockout"
	MoveDateChanged                        EventType = "MoveDateChanged"
	MoveLodgingStart                       EventType = "MoveLodgingStart"
	MoveLodgingEnd                         EventType = "MoveLodgingEnd"
	MoveCollectionByEscort                 EventType = "MoveCollectionByEscort"
	MoveCrossSupplierPickUp                EventType = "MoveCrossSupplierPickUp"
	MoveCrossSupplierDropOff               EventType = "MoveCrossSupplierDropOff"
	MoveNotifyPremisesOfArrivalIn30Mins    EventType = "MoveNotifyPremisesOfArrivalIn30Mins"
	MoveNotifyPremisesOfDropOffEta         EventType = "MoveNotifyPremisesOfDropOffEta"
	MoveNotifyPremisesOfPickupEta          EventType = "MoveNotifyPremisesOfPickupEta"
	MoveNotifyPremisesOfExpectedCollection EventType = "MoveNotifyPremisesOfExpectedCollectionTime"
	MoveOperationHmcts                     EventType = "MoveOperationHmcts"
	MoveOperationSafeguard                 EventType = "MoveOperationSafeguard"
	MoveOperationTornado                   EventType = "MoveOperationTornado"
)

// declaration is what one event type needs and does.
type declaration struct {
	transition   Transition // "" when the event does not change the status
	required     []string   // detail keys that must be present
	optional     []string   // other detail keys kept; anything else is dropped
	relationship string     // a relationship that must name a location, if any
	enums        map[string][]string
}

var (
	authorisedBy  = []string{"PMU", "CDM", "Other"}
	vehicleTypes  = []string{"c4", "pro_cab", "mpv", "2_cell", "3_cell", "6_cell", "12_cell"}
	lodgingReason = []string{"overnight_lodging", "lockout", "operation_hmcts", "court_cells", "operation_tornado", "operation_safeguard", "other"}
)

// declarations is the event table: one row per move event type, read by
// Event validation and by Record.
var declarations = map[EventType]declaration{
	MoveProposed:                           {},
	MoveRequested:                          {},
	MoveApprove:                            {transition: Approve, required: []string{"date"}, optional: []string{"create_in_nomis"}},
	MoveAccept:                             {transition: Accept},
	MoveStart:                              {transition: Start},
	MoveComplete:                           {transition: Complete},
	MoveCancel:                             {transition: Cancel, required: []string{"cancellation_reason"}, optional: []string{"cancellation_reason_comment"}},
	MoveReject:                             {transition: Reject, required: []string{"rejection_reason"}, optional: []string{"cancellation_reason_comment", "rebook"}},
	MoveRedirect:                           {optional: []string{"move_type", "reason"}, relationship: "to_location"},
	MoveLockout:                            {optional: []string{"authorised_at", "authorised_by", "reason"}, relationship: "from_location", enums: map[string][]string{"authorised_by": authorisedBy}},
	MoveDateChanged:                        {required: []string{"date"}, optional: []string{"date_changed_reason"}},
	MoveLodgingStart:                       {required: []string{"reason"}, relationship: "location", enums: map[string][]string{"reason": lodgingReason}},
	MoveLodgingEnd:                         {relationship: "location"},
	MoveCollectionByEscort:                 {required: []string{"vehicle_type"}, enums: map[string][]string{"vehicle_type": vehicleTypes}},
	MoveCrossSupplierPickUp:                {optional: []string{"previous_move_reference"}},
	MoveCrossSupplierDropOff:               {},
	MoveNotifyPremisesOfArrivalIn30Mins:    {},
	MoveNotifyPremisesOfDropOffEta:         {required: []string{"expected_at"}},
	MoveNotifyPremisesOfPickupEta:          {required: []string{"expected_at"}},
	MoveNotifyPremisesOfExpectedCollection: {required: []string{"expected_at"}},
	MoveOperationHmcts:                     {required: []string{"court_cell_number"}, optional: []string{"authorised_at", "authorised_by"}, enums: map[string][]string{"authorised_by": authorisedBy}},
	MoveOperationSafeguard:                 {optional: []string{"authorised_at", "authorised_by"}, enums: map[string][]string{"authorised_by": authorisedBy}},
	MoveOperationTornado:                   {optional: []string{"authorised_at", "authorised_by"}, enums: map[string][]string{"authorised_by": authorisedBy}},
}

// ParseEventType accepts only a declared move event type.
func ParseEventType(s string) (EventType, error) {
	if _, ok := declarations[EventType(s)]; ok {
		return EventType(s), nil
	}
	return "", apperr.Validation(apperr.FieldError{Field: "event_type", Code: "inclusion", Message: fmt.Sprintf("'%s' is not a valid event_type", s)})
}

// Transition is the status change t asks for, if any.
func (t EventType) Transition() (Transition, bool) {
	tr := declarations[t].transition
	return tr, tr != ""
}

// Event is something that happened to a move, as reported (OccurredAt) and as
// recorded by us (RecordedAt).
type Event struct {
	ID            string
	Type          EventType
	OccurredAt    time.Time
	RecordedAt    time.Time
	Notes         string
	Details       map[string]any
	Relationships map[string]string // relationship name → id, e.g. "to_location"
	SupplierID    string
	CreatedBy     string
}

// check applies the event's declaration: required details present, enum
// values known, the required relationship given; undeclared details dropped.
func (e *Event) check() error {
	d, ok := declarations[e.Type]
	if !ok {
		_, err := ParseEventType(string(e.Type))
		return err
	}
	var fields []apperr.FieldError
	kept := map[string]any{}
	for _, k := range slices.Concat(d.required, d.optional) {
		v, present := e.Details[k]
		if present && v != nil && v != "" {
			kept[k] = v
		}
	}
	for _, k := range d.required {
		if _, ok := kept[k]; !ok {
			fields = append(fields, apperr.FieldError{Field: k, Code: "blank", Message: "can't be blank"})
		}
	}
	for _, k := range slices.Sorted(maps.Keys(d.enums)) {
		if v, ok := kept[k]; ok && !slices.Contains(d.enums[k], fmt.Sprint(v)) {
			fields = append(fields, apperr.FieldError{Field: k, Code: "inclusion", Message: "is not included in the list"})
		}
	}
	if d.relationship != "" && e.Relationships[d.relationship] == "" {
		fields = append(fields, apperr.FieldError{Field: d.relationship, Code: "blank", Message: "can't be blank"})
	}
	if len(fields) > 0 {
		return apperr.Validation(fields...)
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

// state is what replaying events decides.
type state struct {
	status                    Status
	cancellationReason        CancellationReason
	rejectionReason           RejectionReason
	cancellationReasonComment string
}

// replay derives the status by applying the move's transition events, in
// occurred_at order (recording order breaks ties), to the status it was created
// with. As in the original, an event that does not fit the status at its place
// in the order is skipped, not an error; unlike a single pass, we sweep again
// while anything changed, so an event reported before the one it depends on
// (an accept timed before the approve) still takes effect once that arrives —
// the original gets the same result by re-running the events on every new one.
// The table has no cycles, so this ends after at most one sweep per status.
// It returns the state, the events' indexes in replay order, and for each
// event (by index) the status it led to ("" when it did not apply).
func replay(initial state, events []Event) (state, []int, []Status) {
	order := make([]int, len(events))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return events[order[i]].OccurredAt.Before(events[order[j]].OccurredAt) })
	reached := make([]Status, len(events))
	s := initial
	for changed := true; changed; {
		changed = false
		for _, i := range order {
			e := events[i]
			t, ok := e.Type.Transition()
			if !ok || reached[i] != "" || !t.AllowedFrom(s.status) {
				continue
			}
			s.status = t.To()
			switch t {
			case Cancel:
				s.cancellationReason = CancellationReason(e.detail("cancellation_reason"))
				s.rejectionReason = ""
				s.cancellationReasonComment = e.detail("cancellation_reason_comment")
			case Reject:
				s.cancellationReason = Rejected
				s.rejectionReason = RejectionReason(e.detail("rejection_reason"))
				s.cancellationReasonComment = e.detail("cancellation_reason_comment")
			}
			reached[i] = s.status
			changed = true
		}
	}
	return s, order, reached
}

// neverApplies reports whether e, timed after the move had already finished
// (an applied complete or cancel earlier in time), could never take effect.
func neverApplies(e Event, events []Event, order []int, reached []Status) bool {
	t, ok := e.Type.Transition()
	if !ok {
		return false
	}
	for _, i := range order {
		if events[i].OccurredAt.After(e.OccurredAt) {
			break
		}
		if reached[i].terminal() && !t.AllowedFrom(reached[i]) {
			return true
		}
	}
	return false
}
