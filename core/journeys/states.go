// Package journeys holds the Book a Secure Move journey: one leg of a move a
// supplier drives, its state derived from the journey events recorded against
// it, and the one table of state transitions.
package journeys

import (
	"slices"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// State is where a journey is in its lifecycle. It is never set directly: it
// is derived by replaying the journey's events.
type State string

// The states of a journey.
const (
	Proposed   State = "proposed"
	Rejected   State = "rejected"
	InProgress State = "in_progress"
	Completed  State = "completed"
	Cancelled  State = "cancelled"
)

var states = []State{Proposed, Rejected, InProgress, Completed, Cancelled}

// ParseState accepts only a known state.
func ParseState(s string) (State, error) {
	if slices.Contains(states, State(s)) {
		return State(s), nil
	}
	return "", apperr.Validation(apperr.FieldError{Field: "state", Code: "inclusion", Message: "is not included in the list"})
}

// States lists every state.
func States() []State { return slices.Clone(states) }

// active reports whether a journey in s still counts as a leg of its move:
// rejected and cancelled journeys do not, so the same leg may be proposed again.
func (s State) active() bool { return s != Rejected && s != Cancelled }
