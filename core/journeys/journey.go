package journeys

import (
	"slices"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// DuplicateMessage is the original's answer to a second active journey over
// the same leg of one move.
const DuplicateMessage = "You are trying to submit a duplicate journey for this move, please try again"

// Vehicle is what a supplier drives a journey in.
type Vehicle struct {
	Registration string
	Depot        string
}

// Draft is a journey as a caller asks to create it. Locations and supplier
// are already resolved by the use case; nothing else is trusted yet.
type Draft struct {
	MoveID         string
	SupplierID     string
	FromLocationID string
	ToLocationID   string
	Billable       bool
	Vehicle        Vehicle
	Date           *time.Time // the day (UTC midnight); the move's date when not given
	Number         *int
	Timestamp      time.Time // the client's time of the write
	CreatedBy      string
}

// Snapshot is every stored fact of a journey, for adapters to persist and
// render. It is a copy: changing it does not change the journey.
type Snapshot struct {
	ID             string
	MoveID         string
	SupplierID     string
	FromLocationID string
	ToLocationID   string
	State          State
	Billable       bool
	Vehicle        Vehicle
	Date           *time.Time
	Number         *int
	Timestamp      time.Time
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// Journey is one leg of a move, driven by one supplier. Its state changes only
// through Record; billable, vehicle and date through Update.
type Journey struct {
	s       Snapshot
	events  []Event // recorded, in recording order
	pending []Event // recorded since the journey was loaded
}

// New builds a proposed journey from a draft and records its JourneyCreate event.
func New(id, eventID string, d Draft, now time.Time) (*Journey, error) {
	var fields []apperr.FieldError
	if d.FromLocationID == "" {
		fields = append(fields, apperr.FieldError{Field: "from_location", Code: "blank", Message: "must exist"})
	}
	if d.ToLocationID == "" {
		fields = append(fields, apperr.FieldError{Field: "to_location", Code: "blank", Message: "must exist"})
	}
	if d.FromLocationID != "" && d.FromLocationID == d.ToLocationID {
		fields = append(fields, apperr.FieldError{Field: "to_location", Code: "invalid", Message: "should be different to the from location"})
	}
	if d.SupplierID == "" {
		fields = append(fields, apperr.FieldError{Field: "supplier", Code: "blank", Message: "must exist"})
	}
	if len(fields) > 0 {
		return nil, apperr.Validation(fields...)
	}
	j := &Journey{s: Snapshot{
		ID: id, MoveID: d.MoveID, SupplierID: d.SupplierID,
		FromLocationID: d.FromLocationID, ToLocationID: d.ToLocationID,
		State: Proposed, Billable: d.Billable, Vehicle: d.Vehicle, Date: d.Date, Number: d.Number,
		Timestamp: d.Timestamp, CreatedAt: now, UpdatedAt: now,
	}}
	j.record(Event{ID: eventID, Type: JourneyCreate, OccurredAt: d.Timestamp, RecordedAt: now, SupplierID: d.SupplierID, CreatedBy: d.CreatedBy})
	return j, nil
}

// Restore rebuilds a stored journey with its events, in recording order.
func Restore(s Snapshot, events []Event) *Journey {
	return &Journey{s: s, events: events}
}

// Snapshot returns the journey's current facts.
func (j *Journey) Snapshot() Snapshot { return j.s }

// ID is the journey's identifier.
func (j *Journey) ID() string { return j.s.ID }

// State is the journey's current state.
func (j *Journey) State() State { return j.s.State }

// Events returns every event of the journey, in recording order.
func (j *Journey) Events() []Event { return slices.Clone(j.events) }

// Pending returns the events recorded since the journey was loaded, for the
// repository to store.
func (j *Journey) Pending() []Event { return slices.Clone(j.pending) }

func (j *Journey) record(e Event) {
	j.events = append(j.events, e)
	j.pending = append(j.pending, e)
}

// VisibleTo reports whether a supplier may see the journey: only the supplier
// that drives it (§8). supplierID "" is a full-access caller, who sees all.
func (j *Journey) VisibleTo(supplierID string) bool {
	return supplierID == "" || j.s.SupplierID == supplierID
}

// Record adds an event and derives the state again from all the journey's
// events. A transition the state does not allow is stored and changes
// nothing, as in the original (§6.3): a late report of an earlier event may
// make it fit on a later replay. A vehicle reported with an event that
// applies becomes the journey's vehicle.
func (j *Journey) Record(e Event) error {
	if err := e.check(); err != nil {
		return err
	}
	before := j.s.State
	j.record(e)
	j.s.State = replay(j.events)
	if t, ok := e.Type.Transition(); !ok || (j.s.State == t.To() && before != j.s.State) {
		if reg := e.detail("vehicle_reg"); reg != "" {
			j.s.Vehicle.Registration = reg
		}
		if depot := e.detail("vehicle_depot"); depot != "" {
			j.s.Vehicle.Depot = depot
		}
	}
	j.s.UpdatedAt = e.RecordedAt
	return nil
}

// Change is a PATCH of a journey: nil fields are left alone. The state is not
// among them: it changes only through journey events.
type Change struct {
	Billable  *bool
	Vehicle   *Vehicle
	Date      *time.Time
	Timestamp time.Time
}

// Update applies a PATCH and records its JourneyUpdate event.
func (j *Journey) Update(ch Change, eventID string, now time.Time, supplierID, createdBy string) {
	if ch.Billable != nil {
		j.s.Billable = *ch.Billable
	}
	if ch.Vehicle != nil {
		j.s.Vehicle = *ch.Vehicle
	}
	if ch.Date != nil {
		d := *ch.Date
		j.s.Date = &d
	}
	j.s.Timestamp = ch.Timestamp
	j.s.UpdatedAt = now
	j.record(Event{ID: eventID, Type: JourneyUpdate, OccurredAt: ch.Timestamp, RecordedAt: now, SupplierID: supplierID, CreatedBy: createdBy})
}

// CheckNotDuplicate refuses a journey over the same leg (from and to) as
// another active journey of the same move: the original answers 400.
func (j *Journey) CheckNotDuplicate(siblings []Snapshot) error {
	for _, o := range siblings {
		if o.ID != j.s.ID && o.MoveID == j.s.MoveID && o.State.active() &&
			o.FromLocationID == j.s.FromLocationID && o.ToLocationID == j.s.ToLocationID {
			return apperr.New(apperr.Invalid, DuplicateMessage)
		}
	}
	return nil
}
