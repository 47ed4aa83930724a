package escortrecords

import (
	"maps"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
)

// The automatic PER events a status change records (§6.1).
const (
	PerCompletion   = "PerCompletion"
	PerConfirmation = "PerConfirmation"
	PerHandover     = "PerHandover"
)

// Event is an automatic event a record change produces, for the repository to
// store with the record.
type Event struct {
	ID            string
	Type          string
	OccurredAt    time.Time
	RecordedAt    time.Time
	Details       map[string]any
	Relationships map[string]string
	SupplierID    string
	CreatedBy     string
}

// handoverKeys are the handover_details the original keeps; others are dropped.
var handoverKeys = []string{
	"dispatching_officer", "dispatching_officer_id", "dispatching_officer_contact",
	"receiving_officer", "receiving_officer_id", "receiving_officer_contact", "receiving_officer_organisation",
}

// Snapshot is every stored fact of a record, for adapters to persist and render.
type Snapshot struct {
	ID                 string
	MoveID             string
	ProfileID          string
	Version            string
	Status             Status
	CompletedAt        *time.Time
	ConfirmedAt        *time.Time
	AmendedAt          *time.Time
	HandoverDetails    map[string]any
	HandoverOccurredAt *time.Time
	CreatedAt          time.Time
	UpdatedAt          time.Time
}

// Record is a person escort record. Its status changes only through Update,
// along the lifecycle table.
type Record struct {
	s       Snapshot
	pending []Event
}

// New starts a record for the profile of a move, from a framework version.
func New(id, moveID, profileID, version string, now time.Time) (*Record, error) {
	var fields []apperr.FieldError
	if profileID == "" {
		fields = append(fields, apperr.FieldError{Field: "profile", Code: "blank", Message: "must exist"})
	}
	if version == "" {
		fields = append(fields, apperr.FieldError{Field: "version", Code: "blank", Message: "can't be blank"})
	}
	if len(fields) > 0 {
		return nil, apperr.Validation(fields...)
	}
	return &Record{s: Snapshot{ID: id, MoveID: moveID, ProfileID: profileID, Version: version, Status: NotStarted,
		HandoverDetails: map[string]any{}, CreatedAt: now, UpdatedAt: now}}, nil
}

// Restore rebuilds a stored record.
func Restore(s Snapshot) *Record { return &Record{s: s} }

// Snapshot returns the record's facts; HandoverDetails is a copy.
func (r *Record) Snapshot() Snapshot {
	s := r.s
	s.HandoverDetails = maps.Clone(r.s.HandoverDetails)
	if s.HandoverDetails == nil {
		s.HandoverDetails = map[string]any{}
	}
	return s
}

// ID is the record's identifier.
func (r *Record) ID() string { return r.s.ID }

// Pending returns the events the changes since loading produced.
func (r *Record) Pending() []Event { return r.pending }

// Editable reports whether the record may still change: only while its move
// is requested or booked, and not once confirmed.
func (r *Record) Editable(move moves.Status) bool {
	return r.s.Status != Confirmed && (move == moves.Requested || move == moves.Booked)
}

// Change is a PATCH of a record: nil fields are left alone.
type Change struct {
	Status             *Status
	HandoverDetails    map[string]any
	HandoverOccurredAt *time.Time
}

// Actor is who makes a change, for the events it records; Location is the
// move's from location, where the handover happens.
type Actor struct {
	SupplierID string
	CreatedBy  string
	Location   string
	NewID      func() string
}

// Update applies a PATCH at now while the move is in status move. A record
// that is not editable is refused (403); a status the lifecycle does not reach
// from the current one is a 422 "can't update to 'x' from 'y'". Completing
// stamps completed_at and records PerCompletion; confirming stamps
// confirmed_at and records PerConfirmation and PerHandover with the handover
// details.
func (r *Record) Update(ch Change, move moves.Status, now time.Time, by Actor) error {
	if !r.Editable(move) {
		return apperr.New(apperr.Forbidden, "Person escort record can't be updated when the move is %s or the record is confirmed", move)
	}
	if ch.HandoverDetails != nil {
		kept := map[string]any{}
		for _, k := range handoverKeys {
			if v, ok := ch.HandoverDetails[k]; ok {
				kept[k] = v
			}
		}
		r.s.HandoverDetails = kept
	}
	if ch.HandoverOccurredAt != nil {
		at := *ch.HandoverOccurredAt
		r.s.HandoverOccurredAt = &at
	}
	if ch.Status != nil && *ch.Status != r.s.Status {
		to := *ch.Status
		if !to.reachableFrom(r.s.Status) {
			return invalidStatus(to, r.s.Status)
		}
		r.s.Status = to
		event := func(t string, details map[string]any, rels map[string]string) {
			r.pending = append(r.pending, Event{ID: by.NewID(), Type: t, OccurredAt: now, RecordedAt: now,
				Details: details, Relationships: rels, SupplierID: by.SupplierID, CreatedBy: by.CreatedBy})
		}
		switch to {
		case Completed:
			r.s.CompletedAt = &now
			event(PerCompletion, map[string]any{"completed_at": now.Format(time.RFC3339)}, nil)
		case Confirmed:
			r.s.ConfirmedAt = &now
			event(PerConfirmation, map[string]any{"confirmed_at": now.Format(time.RFC3339)}, nil)
			handoverAt := now
			if r.s.HandoverOccurredAt != nil {
				handoverAt = *r.s.HandoverOccurredAt
			}
			r.pending = append(r.pending, Event{ID: by.NewID(), Type: PerHandover, OccurredAt: handoverAt, RecordedAt: now,
				Details: maps.Clone(r.s.HandoverDetails), Relationships: map[string]string{"location": by.Location},
				SupplierID: by.SupplierID, CreatedBy: by.CreatedBy})
		}
	}
	r.s.UpdatedAt = now
	return nil
}

// TakenError is the 422 for a second record of one profile.
func TakenError() error {
	return apperr.Validation(apperr.FieldError{Field: "profile", Code: "taken", Message: "has already been taken"})
}
