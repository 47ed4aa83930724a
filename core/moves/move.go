package moves

import (
	"slices"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
)

// Attributes are the freely writable attributes of a move.
type Attributes struct {
	AdditionalInformation  string
	Date                   *time.Time // the day of the move (UTC midnight)
	DateFrom               *time.Time // window of a proposed move
	DateTo                 *time.Time
	TimeDue                *time.Time
	MoveAgreed             *bool
	MoveAgreedBy           string
	RecallDate             *time.Time
	SectionFortySix        *bool
	ReasonComment          string
	ProfileID              string
	PrisonTransferReasonID string
}

// Draft is a move as a caller asks to create it; nothing in it is trusted yet.
type Draft struct {
	Attributes
	MoveType                  string
	Status                    string // "" means requested
	CancellationReason        string
	RejectionReason           string
	CancellationReasonComment string
	FromLocationID            string
	ToLocationID              string
	SupplierID                string
	CreatedBy                 string // recorded on the MoveProposed/MoveRequested event
}

// Snapshot is every stored fact of a move, for adapters to persist and render.
// It is a copy: changing it does not change the move.
type Snapshot struct {
	Attributes
	ID                        string
	Reference                 string
	Type                      Type
	Status                    Status
	InitialStatus             Status // the status the move was created with; replay starts here
	CancellationReason        CancellationReason
	RejectionReason           RejectionReason
	CancellationReasonComment string
	FromLocationID            string
	ToLocationID              string
	SupplierID                string
	IsLockout                 bool
	OriginalMoveID            string // the rejected move this one rebooks, if any
	CreatedAt                 time.Time
	UpdatedAt                 time.Time
}

// Move is a booking to take a person from one place to another. Its status
// changes only through Record; its other attributes through Update and Redirect.
type Move struct {
	s       Snapshot
	events  []Event // recorded, in recording order
	pending []Event // recorded since the move was loaded
}

// Context is what the rules need to know beyond the move itself: the places it
// joins and the profile of the person moved (nil when none or not yet known).
type Context struct {
	From    *reference.Location
	To      *reference.Location
	Profile *Profile
}

// Profile is what the move rules need of the person's profile.
type Profile struct {
	ID       string
	PersonID string
	// MoveSupported is false when the person's category may not be moved by this service.
	MoveSupported bool
}

// New builds a move from a draft after checking every rule; created is the
// MoveProposed/MoveRequested event recorded with it.
func New(id, eventID, reference string, d Draft, c Context, now time.Time) (*Move, error) {
	var fields []apperr.FieldError
	mt, err := ParseType(d.MoveType)
	if err != nil {
		fields = append(fields, fieldsOf(err)...)
	}
	status := Requested
	if d.Status != "" {
		if status, err = ParseStatus(d.Status); err != nil {
			fields = append(fields, fieldsOf(err)...)
		}
	}
	cr, rr := CancellationReason(d.CancellationReason), RejectionReason(d.RejectionReason)
	if d.CancellationReason != "" {
		if _, err := ParseCancellationReason(d.CancellationReason); err != nil {
			fields = append(fields, fieldsOf(err)...)
		}
	}
	if d.RejectionReason != "" {
		if _, err := ParseRejectionReason(d.RejectionReason); err != nil {
			fields = append(fields, fieldsOf(err)...)
		}
	}
	if len(fields) > 0 {
		return nil, apperr.Validation(fields...)
	}
	m := &Move{s: Snapshot{
		Attributes:                d.Attributes,
		ID:                        id,
		Reference:                 reference,
		Type:                      mt,
		Status:                    status,
		InitialStatus:             status,
		CancellationReason:        cr,
		RejectionReason:           rr,
		CancellationReasonComment: d.CancellationReasonComment,
		FromLocationID:            d.FromLocationID,
		ToLocationID:              d.ToLocationID,
		SupplierID:                d.SupplierID,
		CreatedAt:                 now,
		UpdatedAt:                 now,
	}}
	if err := m.validate(c); err != nil {
		return nil, err
	}
	created := MoveRequested
	if status == Proposed {
		created = MoveProposed
	}
	m.record(Event{ID: eventID, Type: created, OccurredAt: now, RecordedAt: now, SupplierID: d.SupplierID, CreatedBy: d.CreatedBy})
	return m, nil
}

// Restore rebuilds a stored move with its events, in recording order.
func Restore(s Snapshot, events []Event) *Move {
	return &Move{s: s, events: events}
}

// Snapshot returns the move's current facts.
func (m *Move) Snapshot() Snapshot { return m.s }

// ID is the move's identifier.
func (m *Move) ID() string { return m.s.ID }

// Status is the move's current status.
func (m *Move) Status() Status { return m.s.Status }

// Events returns every event of the move, in recording order.
func (m *Move) Events() []Event { return slices.Clone(m.events) }

// Pending returns the events recorded since the move was loaded, for the
// repository to store.
func (m *Move) Pending() []Event { return slices.Clone(m.pending) }

func (m *Move) record(e Event) {
	m.events = append(m.events, e)
	m.pending = append(m.pending, e)
}

// Record adds an event and derives the status again from all the move's
// events. An event that does not fit the status is stored and ignored, as in
// the original, because a late report of an earlier event may make it fit; but
// a transition timed after the move had already finished (completed or
// cancelled earlier in time) can never fit, and is refused with invalid_status
// and not stored — a deliberate difference, see docs/adr/0011.
func (m *Move) Record(e Event, c Context) error {
	if err := e.check(); err != nil {
		return err
	}
	before := m.s
	_, order, reached := replay(m.initialState(), m.events)
	if neverApplies(e, m.events, order, reached) {
		return apperr.Validation(apperr.FieldError{Field: "status", Code: "invalid_status",
			Message: "can't change from " + string(m.s.Status) + " with " + string(e.Type) + " timed after the move finished"})
	}
	m.events = append(m.events, e)
	s, _, reached := replay(m.initialState(), m.events)
	m.s.Status, m.s.CancellationReason, m.s.RejectionReason, m.s.CancellationReasonComment =
		s.status, s.cancellationReason, s.rejectionReason, s.cancellationReasonComment
	applied := reached[len(reached)-1] != ""
	switch e.Type {
	case MoveApprove:
		if applied {
			if d, err := time.Parse(time.DateOnly, e.detail("date")); err == nil {
				m.s.Date = &d
			}
		}
	case MoveRedirect:
		m.s.ToLocationID = e.Relationships["to_location"]
		if t := e.detail("move_type"); t != "" {
			mt, err := ParseType(t)
			if err != nil {
				m.restore(before)
				return err
			}
			m.s.Type = mt
		}
		if err := m.validateLocations(c); err != nil {
			m.restore(before)
			return err
		}
	case MoveLockout:
		m.s.IsLockout = true
	}
	m.s.UpdatedAt = e.RecordedAt
	m.pending = append(m.pending, e)
	return nil
}

func (m *Move) restore(s Snapshot) {
	m.s = s
	m.events = m.events[:len(m.events)-1]
}

func (m *Move) initialState() state {
	s := state{status: m.s.InitialStatus}
	if s.status == Cancelled {
		// Created cancelled: nothing can fire from there, so the reasons given at creation stand.
		s.cancellationReason, s.rejectionReason, s.cancellationReasonComment = m.s.CancellationReason, m.s.RejectionReason, m.s.CancellationReasonComment
	}
	return s
}

// Change is a PATCH of a move: nil fields are left alone.
type Change struct {
	AdditionalInformation     *string
	Date                      **time.Time
	DateChangedReason         string
	DateFrom                  **time.Time
	DateTo                    **time.Time
	TimeDue                   **time.Time
	MoveAgreed                **bool
	MoveAgreedBy              *string
	RecallDate                **time.Time
	SectionFortySix           **bool
	ReasonComment             *string
	MoveType                  *string
	ProfileID                 *string
	PrisonTransferReasonID    *string
	Status                    *string
	CancellationReason        *string
	RejectionReason           *string
	CancellationReasonComment *string
}

// Update applies a PATCH at time now. A changed status is turned into the
// transition that leads there (approve, accept, start, complete, cancel or
// reject) and recorded as that event, so the event log stays the only source
// of the status; a status no single transition reaches is refused with
// invalid_status (the original would assign it anyway — see docs/adr/0011).
func (m *Move) Update(ch Change, c Context, now time.Time, eventID func() string, supplierID, createdBy string) error {
	before := m.s
	a := &m.s.Attributes
	set(&a.AdditionalInformation, ch.AdditionalInformation)
	oldDate := a.Date
	set(&a.Date, ch.Date)
	set(&a.DateFrom, ch.DateFrom)
	set(&a.DateTo, ch.DateTo)
	set(&a.TimeDue, ch.TimeDue)
	set(&a.MoveAgreed, ch.MoveAgreed)
	set(&a.MoveAgreedBy, ch.MoveAgreedBy)
	set(&a.RecallDate, ch.RecallDate)
	set(&a.SectionFortySix, ch.SectionFortySix)
	set(&a.ReasonComment, ch.ReasonComment)
	set(&a.ProfileID, ch.ProfileID)
	set(&a.PrisonTransferReasonID, ch.PrisonTransferReasonID)
	if ch.MoveType != nil {
		mt, err := ParseType(*ch.MoveType)
		if err != nil {
			m.s = before
			return err
		}
		m.s.Type = mt
	}
	var pending []Event
	if !sameDay(oldDate, a.Date) && a.Date != nil {
		pending = append(pending, Event{ID: eventID(), Type: MoveDateChanged, OccurredAt: now, RecordedAt: now, SupplierID: supplierID, CreatedBy: createdBy,
			Details: map[string]any{"date": a.Date.Format(time.DateOnly), "date_changed_reason": ch.DateChangedReason}})
	}
	if ch.Status != nil && Status(*ch.Status) != m.s.Status {
		e, err := m.statusEvent(ch, now)
		if err != nil {
			m.s = before
			return err
		}
		e.ID, e.SupplierID, e.CreatedBy = eventID(), supplierID, createdBy
		pending = append(pending, e)
	} else if ch.CancellationReason != nil || ch.RejectionReason != nil {
		if m.s.Status != Cancelled {
			m.s = before
			return apperr.Validation(apperr.FieldError{Field: "cancellation_reason", Code: "present", Message: "must be blank"})
		}
	}
	m.s.UpdatedAt = now
	if err := m.validate(c); err != nil {
		m.s = before
		return err
	}
	for _, e := range pending {
		if err := m.Record(e, c); err != nil {
			m.s = before
			return err
		}
	}
	return nil
}

// statusEvent is the event a PATCH of status stands for.
func (m *Move) statusEvent(ch Change, now time.Time) (Event, error) {
	to, err := ParseStatus(*ch.Status)
	if err != nil {
		return Event{}, err
	}
	rejecting := ch.RejectionReason != nil && *ch.RejectionReason != ""
	if to == Cancelled && !rejecting && (ch.CancellationReason == nil || *ch.CancellationReason == "") {
		return Event{}, &apperr.Error{Kind: apperr.Unprocessable, Title: "Invalid cancellation_reason",
			Message: "Validation failed: Cancellation reason can't be blank"}
	}
	t, ok := infer(m.s.Status, to, rejecting)
	if !ok {
		return Event{}, apperr.Validation(apperr.FieldError{Field: "status", Code: "invalid_status",
			Message: "can't change from " + string(m.s.Status) + " to " + string(to)})
	}
	e := Event{OccurredAt: now, RecordedAt: now, Details: map[string]any{}}
	switch t {
	case Approve:
		e.Type = MoveApprove
		if m.s.Date != nil {
			e.Details["date"] = m.s.Date.Format(time.DateOnly)
		}
	case Accept:
		e.Type = MoveAccept
	case Start:
		e.Type = MoveStart
	case Complete:
		e.Type = MoveComplete
	case Cancel:
		e.Type = MoveCancel
		if _, err := ParseCancellationReason(*ch.CancellationReason); err != nil {
			return Event{}, err
		}
		e.Details["cancellation_reason"] = *ch.CancellationReason
	case Reject:
		e.Type = MoveReject
		if _, err := ParseRejectionReason(*ch.RejectionReason); err != nil {
			return Event{}, err
		}
		e.Details["rejection_reason"] = *ch.RejectionReason
	}
	if ch.CancellationReasonComment != nil {
		e.Details["cancellation_reason_comment"] = *ch.CancellationReasonComment
	}
	return e, nil
}

func set[T any](dst *T, v *T) {
	if v != nil {
		*dst = *v
	}
}

func sameDay(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Format(time.DateOnly) == b.Format(time.DateOnly)
}

func fieldsOf(err error) []apperr.FieldError {
	if e, ok := apperr.As(err); ok {
		return e.Fields
	}
	return nil
}

// RebookRequested reports whether the move was rejected with rebook asked for,
// so a follow-up proposed move is due.
func (m *Move) RebookRequested() bool {
	if m.s.Status != Cancelled || m.s.CancellationReason != Rejected {
		return false
	}
	for _, e := range m.events {
		if e.Type == MoveReject && e.Details["rebook"] == true {
			return true
		}
	}
	return false
}

// Rebook builds the proposed move that follows a rejection with rebook: same
// places, profile and supplier, dates a week later, pointing back at m.
func (m *Move) Rebook(id, eventID, reference string, c Context, now time.Time) (*Move, error) {
	s := m.s
	week := func(t *time.Time) *time.Time {
		if t == nil {
			return nil
		}
		v := t.AddDate(0, 0, 7)
		return &v
	}
	from := s.DateFrom
	if from == nil {
		from = s.Date
	}
	d := Draft{
		Attributes: Attributes{
			ProfileID: s.ProfileID, PrisonTransferReasonID: s.PrisonTransferReasonID, AdditionalInformation: s.AdditionalInformation,
			Date: week(s.Date), DateFrom: week(from), DateTo: week(s.DateTo),
		},
		MoveType: string(s.Type), Status: string(Proposed),
		FromLocationID: s.FromLocationID, ToLocationID: s.ToLocationID, SupplierID: s.SupplierID,
	}
	next, err := New(id, eventID, reference, d, c, now)
	if err != nil {
		return nil, err
	}
	next.s.OriginalMoveID = s.ID
	return next, nil
}
