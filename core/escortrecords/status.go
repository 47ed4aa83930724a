// Package escortrecords holds the Book a Secure Move person escort record
// (PER): the record of a person's risks and needs that travels with a move,
// its status lifecycle and handover. The assessment framework questions and
// responses are not modelled yet.
package escortrecords

import (
	"fmt"
	"slices"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// Status is where a record is in its lifecycle.
type Status string

// The statuses of a person escort record.
const (
	NotStarted Status = "not_started"
	InProgress Status = "in_progress"
	Completed  Status = "completed"
	Confirmed  Status = "confirmed"
)

var statuses = []Status{NotStarted, InProgress, Completed, Confirmed}

// ParseStatus accepts only a known status.
func ParseStatus(s string) (Status, error) {
	if slices.Contains(statuses, Status(s)) {
		return Status(s), nil
	}
	return "", apperr.Validation(apperr.FieldError{Field: "status", Code: "inclusion", Message: "is not included in the list"})
}

// Statuses lists every status.
func Statuses() []Status { return slices.Clone(statuses) }

// lifecycle is the status table, the one place it is written down: for each
// status, the one status a record may reach it from. In the original only
// confirmed is ever PATCHed (the others follow from the framework responses);
// until responses are built, a PATCH may step the record along the same line.
var lifecycle = map[Status]Status{
	InProgress: NotStarted,
	Completed:  InProgress,
	Confirmed:  Completed,
}

// reachableFrom reports whether a record in from may move to to.
func (to Status) reachableFrom(from Status) bool {
	prev, ok := lifecycle[to]
	return ok && prev == from
}

func invalidStatus(to, from Status) error {
	return apperr.Validation(apperr.FieldError{Field: "status", Code: "invalid_status",
		Message: fmt.Sprintf("can't update to '%s' from '%s'", to, from)})
}
