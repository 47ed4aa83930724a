package person

import (
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/refdata"
)

// ProtectedCharacteristics are the Equality Act characteristics HMPPS holds
// on a person: most from probation's profile, marital status and reasonable
// adjustments from prison.
type ProtectedCharacteristics struct {
	Age                   int
	Gender                string
	SexualOrientation     string
	Ethnicity             string
	Nationality           string
	Religion              string
	Disabilities          []Disability
	MaritalStatus         string
	ReasonableAdjustments []ReasonableAdjustment
}

// ProbationProfile is what probation records about the person's
// characteristics, with the NOMIS number that links them to prison.
type ProbationProfile struct {
	NomsNumber        string // "" when probation knows of no prison record
	Age               int
	Gender            string
	SexualOrientation string
	Ethnicity         string
	Nationality       string
	Religion          string
	Disabilities      []Disability
}

// Disability is a disability probation records, with its condition.
type Disability struct {
	Type, Condition    *refdata.Code // nil when not recorded
	StartDate, EndDate *time.Time
	Notes              string
}

// PrisonerProfile is the part of the prisoner-search record the protected
// characteristics need.
type PrisonerProfile struct {
	PrisonID      string
	MaritalStatus string
	BookingID     *int64 // nil when the prisoner has no booking
}

// ReasonableAdjustment is a health treatment or adjustment NOMIS records
// for a prisoner (e.g. wheelchair access).
type ReasonableAdjustment struct {
	TreatmentCode, TreatmentDescription string
	CommentText                         string
	StartDate, EndDate                  *time.Time
}
