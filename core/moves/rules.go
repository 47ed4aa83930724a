package moves

import (
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
)

// locationRule is one move type's constraint on its locations.
type locationRule struct {
	to      func(reference.LocationType) bool
	from    func(reference.LocationType) bool
	toMsg   string
	fromMsg string
}

func is(types ...reference.LocationType) func(reference.LocationType) bool {
	return func(t reference.LocationType) bool {
		for _, want := range types {
			if t == want {
				return true
			}
		}
		return false
	}
}

// locationRules are the move type location rules (the original's
// MoveTypeValidator): a move type missing here constrains nothing.
var locationRules = map[Type]locationRule{
	CourtAppearance: {to: is(reference.Court), toMsg: "must be a court location"},
	CourtOther:      {to: func(t reference.LocationType) bool { return !t.Detained() }, toMsg: "must not be a detained location"},
	HospitalMove:    {to: is(reference.Hospital, reference.HighSecurityHospital), toMsg: "must be a hospital or high security hospital location"},
	PoliceTransfer:  {to: is(reference.Police), toMsg: "must be a police location", from: is(reference.Police), fromMsg: "must be a police location"},
	PrisonRecall:    {from: is(reference.Police), fromMsg: "must be a police location"},
	VideoRemand:     {from: is(reference.Police), fromMsg: "must be a police location"},
	PrisonRemand:    {to: reference.LocationType.Detained, toMsg: "must be a detained location"},
	PrisonTransfer:  {from: reference.LocationType.Detained, fromMsg: "must be a detained location"},
}

// toOptional are the move types that may have no destination.
func (t Type) toOptional() bool { return t == PrisonRecall || t == VideoRemand }

func blank(field string) apperr.FieldError {
	return apperr.FieldError{Field: field, Code: "blank", Message: "can't be blank"}
}

// validate checks the §1.3 rules that need only the move and its context.
// Duplicate detection needs other moves and lives in the use case.
func (m *Move) validate(c Context) error {
	s := m.s
	var f []apperr.FieldError
	if s.FromLocationID == "" {
		f = append(f, apperr.FieldError{Field: "from_location", Code: "blank", Message: "must exist"})
	}
	if s.ToLocationID == "" && !s.Type.toOptional() {
		f = append(f, blank("to_location"))
	}
	if s.Date == nil && s.Status != Proposed && s.Status != Cancelled {
		f = append(f, blank("date"))
	}
	if s.Status == Proposed && s.DateFrom == nil {
		f = append(f, blank("date_from"))
	}
	if s.DateFrom != nil && s.DateTo != nil && s.DateTo.Before(*s.DateFrom) {
		f = append(f, apperr.FieldError{Field: "date_to", Code: "invalid", Message: "must be after date from"})
	}
	if s.ProfileID == "" && (s.Status == Proposed || s.Status == InTransit || s.Status == Completed) {
		f = append(f, blank("profile"))
	}
	if s.Status == Cancelled {
		if s.CancellationReason == "" {
			f = append(f, apperr.FieldError{Field: "cancellation_reason", Code: "inclusion", Message: "is not included in the list"})
		}
	} else if s.CancellationReason != "" {
		f = append(f, apperr.FieldError{Field: "cancellation_reason", Code: "present", Message: "must be blank"})
	}
	if s.RejectionReason != "" && s.CancellationReason != Rejected {
		f = append(f, apperr.FieldError{Field: "rejection_reason", Code: "present", Message: "must be blank"})
	}
	if c.Profile != nil && !c.Profile.MoveSupported {
		f = append(f, apperr.FieldError{Field: "profile", Code: "unsupported_prisoner_category", Message: "is of a category that cannot be moved"})
	}
	if err := m.validateLocations(c); err != nil {
		f = append(f, fieldsOf(err)...)
	}
	if len(f) > 0 {
		return apperr.Validation(f...)
	}
	return nil
}

// validateLocations checks the locations: different, active, and fit for the
// move type. After a lockout only their presence matters, as in the original:
// the person is wherever they could be taken.
func (m *Move) validateLocations(c Context) error {
	s := m.s
	var f []apperr.FieldError
	if s.IsLockout {
		return nil
	}
	if s.FromLocationID != "" && s.FromLocationID == s.ToLocationID {
		f = append(f, apperr.FieldError{Field: "to_location_id", Code: "invalid", Message: "should be different to the from location"})
	}
	if c.From != nil && !c.From.Active() {
		f = append(f, apperr.FieldError{Field: "from_location", Code: "inactive_location", Message: "must be an active location"})
	}
	if c.To != nil && !c.To.Active() {
		f = append(f, apperr.FieldError{Field: "to_location", Code: "inactive_location", Message: "must be an active location"})
	}
	if s.Type == Extradition && c.To != nil && !c.To.ExtraditionCapable {
		f = append(f, apperr.FieldError{Field: "move_type", Code: "exclusion", Message: "needs an extradition capable to location"})
	}
	if r, ok := locationRules[s.Type]; ok {
		if r.from != nil && c.From != nil && !r.from(c.From.Type) {
			f = append(f, apperr.FieldError{Field: "from_location", Code: "invalid_location", Message: r.fromMsg})
		}
		if r.to != nil && c.To != nil && !r.to(c.To.Type) {
			f = append(f, apperr.FieldError{Field: "to_location", Code: "invalid_location", Message: r.toMsg})
		}
	}
	if len(f) > 0 {
		return apperr.Validation(f...)
	}
	return nil
}

// Day turns a calendar date into the UTC midnight moves store.
func Day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
