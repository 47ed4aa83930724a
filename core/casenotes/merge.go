package casenotes

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Existing is the contact already in Delius for an item: found by URN, or for
// a case note by its legacy NOMIS id (contacts written before DPS).
type Existing struct {
	NOMS              string // NOMS number of the offender the contact is on
	ExternalReference string // "" when null
	Notes             string
	LastUpdated       time.Time
}

// Decision is what the merge does to Delius.
type Decision int

// Decisions.
const (
	// Create inserts a new contact.
	Create Decision = iota + 1
	// Update rewrites notes, date, start time, last-updated time and URN.
	Update
	// SetReference only stamps the URN on a pre-DPS contact that has none.
	SetReference
	// OutOfSequence changes nothing: Delius already has this or a newer version.
	OutOfSequence
	// Move rebuilds the contact on the right offender (same row) and leaves a
	// data-cleanse note on the old one.
	Move
)

func (d Decision) String() string {
	return [...]string{"", "create", "update", "set-reference", "out-of-sequence", "move"}[d]
}

// Decide is the merge rule. Time comparisons are to the second, as Delius
// stores them; an update that is not newer is a redelivery or a late message
// and writes nothing, which is what makes at-least-once delivery safe.
func Decide(existing *Existing, item Item, now time.Time) Decision {
	switch {
	case existing == nil:
		return Create
	case existing.NOMS != item.NOMS:
		return Move
	case existing.LastUpdated.Truncate(time.Second).Before(item.SystemTime.Truncate(time.Second)):
		return Update
	case existing.ExternalReference == "" && item.qualifiesForReference(now):
		return SetReference
	}
	return OutOfSequence
}

// qualifiesForReference says whether an old contact without a URN may be
// claimed by this item: recent case notes and inactive alerts, any active alert.
func (i Item) qualifiesForReference(now time.Time) bool {
	if i.Kind == KindActiveAlert {
		return true
	}
	return i.ContactTime.After(now.AddDate(-1, 0, 0))
}

// PadNotes right-pads notes with spaces to the length of the notes they
// replace: Delius never lets an update shorten a contact's notes.
func PadNotes(notes, previous string) string {
	if n, p := utf8.RuneCountInString(notes), utf8.RuneCountInString(previous); n < p {
		return notes + strings.Repeat(" ", p-n)
	}
	return notes
}

// Action is what a merge did, as reported in telemetry.
type Action string

// Actions.
const (
	Created Action = "CREATED"
	Updated Action = "UPDATED"
	Moved   Action = "MOVED"
	// Unchanged: the item was out of sequence, nothing written.
	Unchanged Action = ""
)

// Result is the outcome of merging one item.
type Result struct {
	CRN     string
	NOMS    string
	Action  Action
	FromCRN string // Moved only: the offender the contact was taken from
}

// OffenderNotFoundError means no (non-deleted) Delius offender has the NOMS
// number. The NOMS number may not be linked yet; the back-fill on
// prison-identifier.added brings the notes over when it is, so the message is
// acknowledged rather than retried.
type OffenderNotFoundError struct{ NOMS string }

func (e *OffenderNotFoundError) Error() string {
	return fmt.Sprintf("offender not found for NOMS number %s", e.NOMS)
}

// IsOffenderNotFound reports whether err is an OffenderNotFoundError.
func IsOffenderNotFound(err error) bool {
	var e *OffenderNotFoundError
	return errors.As(err, &e)
}

// ServiceUser is the Delius user the worker writes as.
const ServiceUser = "PrisonCaseNotesToProbation"

// MergeInteraction is the Delius business interaction audited per merge.
const MergeInteraction = "APIBI001"
