package prison

import (
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// NonAssociation records that a prisoner must be kept apart from another.
type NonAssociation struct {
	ID                         int64
	Role, RoleDescription      string // this prisoner's role, e.g. VICTIM
	Reason, ReasonDescription  string // e.g. BULLYING
	RestrictionType            string // CELL | LANDING | WING
	RestrictionTypeDescription string
	Comment                    string
	AuthorisedBy               string
	UpdatedBy                  string
	Created, Updated           time.Time
	IsOpen, IsClosed           bool
	ClosedBy, ClosedReason     string
	ClosedAt                   *time.Time
	Other                      NonAssociatedPrisoner
}

// NonAssociatedPrisoner is the other prisoner of a non-association.
type NonAssociatedPrisoner struct {
	PrisonerNumber        string
	Role, RoleDescription string
	FirstName, LastName   string
	PrisonID, PrisonName  string
	CellLocation          string
}

// NonAssociationFilter says which non-associations to list.
type NonAssociationFilter struct {
	IncludeOpen, IncludeClosed bool
}

// NewNonAssociationFilter defaults to open ones only; asking for neither is
// Invalid, since the answer could only ever be empty.
func NewNonAssociationFilter(includeOpen, includeClosed *bool) (NonAssociationFilter, error) {
	f := NonAssociationFilter{IncludeOpen: true}
	if includeOpen != nil {
		f.IncludeOpen = *includeOpen
	}
	if includeClosed != nil {
		f.IncludeClosed = *includeClosed
	}
	if !f.IncludeOpen && !f.IncludeClosed {
		return NonAssociationFilter{}, apperr.New(apperr.Invalid, "includeOpen and includeClosed cannot both be false")
	}
	return f, nil
}
