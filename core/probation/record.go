// Package probation holds what nDelius records about a person on probation:
// registrations (MAPPA, dynamic risks, person status flags), the community
// offender manager and the supervisions ("events") with their offences.
package probation

import (
	"slices"
	"time"
)

// Record is nDelius's answer to "what is this case under?": one read of
// /case/{crn}/supervisions serves several /v1 operations.
type Record struct {
	CommunityManager *Manager // nil when nDelius names none
	Mappa            Mappa
	DynamicRisks     []Registration
	PersonStatus     []Registration
	Supervisions     []Supervision
}

// Registration is an nDelius register entry (a flag with a review cycle).
type Registration struct {
	Code        string
	Description string
	StartDate   *time.Time
	ReviewDate  *time.Time
	Notes       string
}

// statusFlagsOfInterest are the person-status registrations consumers are
// given: a serious further offence review (ASFO) and a warrant or summons
// (WRSM). Other status flags are internal to probation.
var statusFlagsOfInterest = []string{"ASFO", "WRSM"}

// StatusInformation keeps the person-status registrations consumers may see,
// in nDelius order.
func (r Record) StatusInformation() []Registration {
	out := []Registration{}
	for _, s := range r.PersonStatus {
		if slices.Contains(statusFlagsOfInterest, s.Code) {
			out = append(out, s)
		}
	}
	return out
}

// Mappa is the person's Multi-Agency Public Protection Arrangements entry.
// Level and category are nil when not recorded (0 is not a MAPPA level).
type Mappa struct {
	Level               *int
	LevelDescription    string
	Category            *int
	CategoryDescription string
	StartDate           *time.Time
	ReviewDate          *time.Time
	Notes               string
}

// IsEmpty reports whether nDelius recorded nothing at all: the API treats
// that as "no MAPPA details", a 404, rather than an object of nulls.
func (m Mappa) IsEmpty() bool {
	return m == Mappa{}
}

// Manager is the community offender manager (COM) nDelius allocates.
type Manager struct {
	Forename        string
	Surname         string
	Email           string
	TelephoneNumber string
	Team            Team
}

// Team is the probation team a manager belongs to.
type Team struct {
	Code            string
	Description     string
	Email           string
	TelephoneNumber string
}

// Supervision is one nDelius event: a sentence or order and its offences.
type Supervision struct {
	Number             int
	Active             bool
	MainOffence        *Offence
	AdditionalOffences []Offence
	CourtAppearances   []CourtAppearance // in nDelius order, the first is the sentencing court
	Sentence           *Sentence         // nil until the event is sentenced
}

// Sentence is the disposal of an nDelius event.
type Sentence struct {
	Description string
	Date        *time.Time
	Length      *int   // in LengthUnits; nil when not recorded
	LengthUnits string // Hours | Days | Weeks | Months | Years
	Custodial   bool
}

// Offence is an offence as nDelius records it (Home Office code and date).
type Offence struct {
	Code        string // Home Office offence code
	Description string
	Date        *time.Time
}

// CourtAppearance is one hearing of a supervision.
type CourtAppearance struct {
	Court string
	Date  *time.Time
}
