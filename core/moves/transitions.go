package moves

import "slices"

// Transition is a change of status an event asks for.
type Transition string

// The transitions of the move state machine.
const (
	Approve  Transition = "approve"
	Accept   Transition = "accept"
	Start    Transition = "start"
	Complete Transition = "complete"
	Cancel   Transition = "cancel"
	Reject   Transition = "reject"
)

// transitions is the move state machine, the one place it is written down:
// for each transition, the statuses it may leave and the status it reaches.
// Everything else (replay, PATCH inference, the "can never apply" check) reads it.
var transitions = map[Transition]struct {
	from []Status
	to   Status
}{
	Approve:  {from: []Status{Proposed}, to: Requested},
	Accept:   {from: []Status{Requested}, to: Booked},
	Start:    {from: []Status{Booked}, to: InTransit},
	Complete: {from: []Status{InTransit}, to: Completed},
	Cancel:   {from: []Status{Proposed, Requested, Booked, InTransit, Completed}, to: Cancelled},
	Reject:   {from: []Status{Proposed, Requested}, to: Cancelled},
}

// AllowedFrom reports whether t may fire when the move is in status s.
func (t Transition) AllowedFrom(s Status) bool {
	return slices.Contains(transitions[t].from, s)
}

// To is the status t reaches.
func (t Transition) To() Status { return transitions[t].to }

// Transitions lists every transition, for tests and documentation.
func Transitions() []Transition {
	return []Transition{Approve, Accept, Start, Complete, Cancel, Reject}
}

// Statuses lists every status.
func Statuses() []Status { return slices.Clone(statuses) }

// terminal reports whether a move in s has finished: completed or cancelled.
// An event timed after a move reached one of these can never take effect unless
// the table allows it from there (only cancel after completion does).
func (s Status) terminal() bool { return s == Completed || s == Cancelled }

// infer finds the transition a PATCH of status from → to stands for, as the
// original does; ok is false when no single transition leads there.
func infer(from, to Status, rejecting bool) (Transition, bool) {
	if to == Cancelled {
		if rejecting && Reject.AllowedFrom(from) {
			return Reject, true
		}
		if Cancel.AllowedFrom(from) {
			return Cancel, true
		}
		return "", false
	}
	for _, t := range Transitions() {
		if t.AllowedFrom(from) && t.To() == to {
			return t, true
		}
	}
	return "", false
}
