// Package courthearings holds the Book a Secure Move court hearing: a hearing
// a person attends at the end of a court move (§1.6 of the fact sheet).
package courthearings

import (
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// Details are the attributes a caller gives a hearing.
type Details struct {
	StartTime      time.Time
	CaseStartDate  *time.Time // a day (UTC midnight)
	CaseNumber     string
	NomisCaseID    *int64
	NomisHearingID *int64
	CaseType       string
	Comments       string
	SavedToNomis   *bool
}

// Snapshot is every stored fact of a hearing, for adapters to persist and render.
type Snapshot struct {
	Details
	ID        string
	MoveID    string // "" when the hearing is not attached to a move
	CreatedAt time.Time
	UpdatedAt time.Time
}

// CourtHearing is a court hearing, optionally attached to a move.
type CourtHearing struct{ s Snapshot }

// New builds a hearing; start_time is the one required attribute.
func New(id, moveID string, d Details, now time.Time) (*CourtHearing, error) {
	if d.StartTime.IsZero() {
		return nil, apperr.Validation(apperr.FieldError{Field: "start_time", Code: "blank", Message: "can't be blank"})
	}
	return &CourtHearing{s: Snapshot{Details: d, ID: id, MoveID: moveID, CreatedAt: now, UpdatedAt: now}}, nil
}

// Restore rebuilds a stored hearing.
func Restore(s Snapshot) *CourtHearing { return &CourtHearing{s: s} }

// Snapshot returns the hearing's facts.
func (h *CourtHearing) Snapshot() Snapshot { return h.s }

// ID is the hearing's identifier.
func (h *CourtHearing) ID() string { return h.s.ID }
