package prison

import (
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// Visit is a social or official visit booked through the prison visits service.
type Visit struct {
	ApplicationReference     string
	Reference                string // e.g. v9-d7-ed-7u
	PrisonerID               string // NOMIS number
	PrisonID                 string
	PrisonName               string
	SessionTemplateReference string
	VisitRoom                string
	VisitType                string // SOCIAL | FAMILY
	VisitStatus              string // BOOKED | CANCELLED ...
	OutcomeStatus            string
	VisitRestriction         string // OPEN | CLOSED | UNKNOWN
	Start, End               time.Time
	Notes                    []VisitNote
	Contact                  VisitContact
	Visitors                 []Visitor
	VisitorSupport           string // "" when none was asked for
	Created, Modified        time.Time
	FirstBooked              *time.Time // nil for visits the service has no booking date for
}

// VisitNote is free text attached to a visit, of a kind such as VISITOR_CONCERN.
type VisitNote struct {
	Type string
	Text string
}

// VisitContact is the person to contact about the visit.
type VisitContact struct {
	Name      string
	Telephone string
	Email     string
}

// Visitor is someone attending, by NOMIS person id (the contact id consumers
// use with the personal relationships operations).
type Visitor struct {
	ContactID   int64
	MainContact *bool // nil when the service does not say
}

// VisitQuery narrows a visit search at one prison.
type VisitQuery struct {
	PrisonID   string
	PrisonerID string // NOMIS number; "" for every prisoner
	Status     string // BOOKED | CANCELLED
	From, To   *time.Time
}

// NewVisitQuery checks what the visits service would otherwise reject or
// misread: the status must be BOOKED or CANCELLED (the seed's "BOOKING" was a
// typo), and a date range must not run backwards.
func NewVisitQuery(prisonID, status string, from, to *time.Time) (VisitQuery, error) {
	if status != "BOOKED" && status != "CANCELLED" {
		return VisitQuery{}, apperr.New(apperr.Invalid, "Invalid visitStatus: %s. It must be BOOKED or CANCELLED", status)
	}
	if from != nil && to != nil && from.After(*to) {
		return VisitQuery{}, apperr.New(apperr.Invalid, "fromDate must not be after toDate")
	}
	return VisitQuery{PrisonID: prisonID, Status: status, From: from, To: to}, nil
}

// VisitNotFound is the error for a visit reference that is unknown or hidden
// from the consumer; the two read the same.
func VisitNotFound(reference string) error {
	return apperr.New(apperr.NotFound, "Could not find visit with reference: %s.", reference)
}
