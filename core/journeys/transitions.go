package journeys

// Transition is a change of state a journey event asks for.
type Transition string

// The transitions of the journey state machine (§6.3 of the fact sheet).
const (
	Start      Transition = "start"
	Reject     Transition = "reject"
	Complete   Transition = "complete"
	Uncomplete Transition = "uncomplete"
	Cancel     Transition = "cancel"
	Uncancel   Transition = "uncancel"
)

// transitions is the journey state machine, the one place it is written down:
// for each transition, the state it may leave and the state it reaches.
// Replay reads it; a transition from any other state is a silent no-op.
var transitions = map[Transition]struct {
	from State
	to   State
}{
	Start:      {from: Proposed, to: InProgress},
	Reject:     {from: Proposed, to: Rejected},
	Complete:   {from: InProgress, to: Completed},
	Uncomplete: {from: Completed, to: InProgress},
	Cancel:     {from: InProgress, to: Cancelled},
	Uncancel:   {from: Cancelled, to: InProgress},
}

// AllowedFrom reports whether t may fire when the journey is in state s.
func (t Transition) AllowedFrom(s State) bool {
	tr, ok := transitions[t]
	return ok && tr.from == s
}

// To is the state t reaches.
func (t Transition) To() State { return transitions[t].to }

// Transitions lists every transition, for tests and documentation.
func Transitions() []Transition {
	return []Transition{Start, Reject, Complete, Uncomplete, Cancel, Uncancel}
}
