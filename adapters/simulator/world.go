// Package simulator is an in-process imitation of the upstream HMPPS APIs
// (HMPPS Auth, prisoner-search, probation-offender-search, nDelius, ...).
//
// Every upstream answers from one World, so a person looked up by NOMS number
// in prisoner-search is the same person a CRN search finds in probation
// search. The World is plain Go data: later work extends it by adding fields
// (alerts, case notes, finance, ...) to Person, Custody, Probation or World.
package simulator

import (
	"strings"
	"sync"
	"time"
)

// World is the simulator's single, consistent universe of prisons and people.
//
// Handlers only read it today. Anything that mutates it later (e.g. posting a
// transaction) must take mu for writing; readers go through the lookup
// methods below, which take it for reading.
type World struct {
	mu      sync.RWMutex
	Prisons []Prison
	People  []*Person

	// DPS records served by casenotes.go, oldest first.
	CaseNotes      []CaseNote
	PrisonerAlerts []PrisonerAlert

	// Visits served by visits.go.
	PrisonVisits []PrisonVisit
	// Contacts served by personalrelationships.go.
	SocialContacts []SocialContact
	// Served by nonassociations.go.
	NonAssociations []NonAssociation
	// Served by prisonapi_images.go.
	PrisonImages []PrisonImage
	// Served by plp.go.
	InductionSchedules []InductionScheduleVersion
	ReviewSchedules    []ReviewScheduleVersion
	PlanReviews        []PlanReview
	// Served by adjudications.go.
	Adjudications []ReportedAdjudication
}

// Prison is a prison establishment (NOMIS agency).
type Prison struct {
	ID   string // agency code, e.g. MDI
	Name string // e.g. "Moorland (HMP & YOI)"
}

// Person is one human being as known across all upstream systems. An empty
// identifier means the person is unknown to that system: no PrisonerNumber
// means never in prison (prisoner-search 404), no CRN means not on probation.
type Person struct {
	PrisonerNumber string // NOMS number, e.g. A1234AA
	CRN            string // nDelius case reference number, e.g. X00001
	PNC            string // as recorded, e.g. 2008/0545166T
	CRO            string // e.g. SF80/655108T
	NINumber       string // National Insurance number

	Title       string
	FirstName   string // as recorded in nDelius; NOMIS shows names in upper case
	MiddleNames string // space separated
	LastName    string
	DateOfBirth time.Time
	Gender      string // "Male" | "Female"

	Ethnicity         string // description, e.g. "White: Eng./Welsh/Scot./N.Irish/British"
	RaceCode          string // NOMIS ethnicity code, e.g. W1
	Nationality       string
	Religion          string
	MaritalStatus     string
	SexualOrientation string

	Aliases      []Alias
	Addresses    []Address
	PhoneNumbers []Phone
	Emails       []string

	Custody   *Custody   // NOMIS prison record; nil if never in prison
	Probation *Probation // nDelius record; nil if not known to probation

	// Failures makes named upstreams ("prison-api", "incentives") answer this
	// status, or Hang, for this person's records: failure injection for tests.
	Failures map[string]int
}

// Alias is another name (and possibly date of birth) the person has used.
type Alias struct {
	FirstName   string
	MiddleNames string
	LastName    string
	DateOfBirth time.Time // zero: same as the main record
}

// Address is a postal address. One list serves both NOMIS and nDelius so the
// systems agree; split it per system if a scenario needs them to differ.
type Address struct {
	ID            int64
	AddressNumber string
	BuildingName  string
	StreetName    string
	District      string
	Town          string
	County        string
	Postcode      string
	From          time.Time
	To            time.Time // zero: still current
	Primary       bool
	NoFixedAbode  bool
	TypeCode      string // nDelius address type, e.g. "A02"
	TypeDesc      string // e.g. "Approved Premises"
}

// Phone is a telephone number; Type is TELEPHONE or MOBILE (nDelius terms).
type Phone struct {
	Number string
	Type   string
}

// Custody is the person's latest NOMIS booking.
type Custody struct {
	BookingID  int64
	BookNumber string

	Status       string // "ACTIVE IN", "INACTIVE OUT", "ACTIVE TRN"...
	InOutStatus  string // IN | OUT | TRN
	PrisonID     string // current prison, "OUT" once released
	LastPrisonID string // last (or current) prison
	Cell         string // internal location key, e.g. MDI-1-1-001; empty when out

	LastMovementTypeCode   string // ADM, REL, TRN...
	LastMovementReasonCode string

	LegalStatus                   string // SENTENCED, REMAND, RECALL...
	ImprisonmentStatus            string // e.g. SENT03
	ImprisonmentStatusDescription string
	ConvictedStatus               string // Convicted | Remand
	MostSeriousOffence            string
	Category                      string // e.g. C
	CSRA                          string // Standard | High
	Recall                        bool
	Indeterminate                 bool
	YouthOffender                 bool
	RestrictedPatient             bool

	ReceptionDate          time.Time
	LastAdmissionDate      time.Time
	SentenceStartDate      time.Time
	ConditionalReleaseDate time.Time
	ReleaseDate            time.Time
	SentenceExpiryDate     time.Time
	LicenceExpiryDate      time.Time
	HDCEligibilityDate     time.Time

	IncentiveCode       string // BAS | STD | ENH
	IncentiveReviewedAt time.Time
	IncentiveNextReview time.Time

	HeightCentimetres int
	WeightKilograms   int
	FacialImageID     int64

	// NOMIS records served by the prison-api routes (prisonapi.go).
	Alerts              []PrisonAlert
	VisitRestrictions   []VisitRestriction   // including past ones
	VisitBalance        *VisitBalance        // nil: NOMIS holds none (404)
	Accounts            *Accounts            // trust accounts at PrisonID (prisonapi_finance.go); nil: none
	SentenceAdjustments *SentenceAdjustments // latest term's adjustments (prisonapi_records.go); nil: none

	// POM is the primary prison offender manager (pom.go); nil: unallocated.
	POM *POMAllocation
	// Offences are the charges on the booking (prisonapi_offences.go).
	Offences []NomisOffence
	// Sentences are the sentence lines on the booking (prisonapi_sentences.go).
	Sentences []NomisSentence
	// ReasonableAdjustments are the health treatments on the booking,
	// including ended ones (prisonapi_adjustments.go).
	ReasonableAdjustments []ReasonableAdjustment
}

// CellLocation is the cell as prisoner-search shows it: the internal
// location key without its prison prefix ("MDI-1-1-001" -> "1-1-001").
func (c *Custody) CellLocation() string {
	_, cell, found := strings.Cut(c.Cell, "-")
	if !found {
		return c.Cell
	}
	return cell
}

// Probation is the person's nDelius record.
type Probation struct {
	OffenderID        int64
	ActiveSupervision bool   // activeProbationManagedSentence
	Status            string // CURRENT | PREVIOUSLY_KNOWN | NOT_SENTENCED | UNKNOWN
	InBreach          bool
	Tier              string // e.g. B2
	Manager           OffenderManager
	Disabilities      []Disability

	// LAO marks a limited access offender; nil means unrestricted.
	LAO *LimitedAccess
	// Records are the registrations and events /case/{crn}/supervisions
	// serves (ndelius_supervisions.go).
	Records ProbationRecords
	// OASys is the case's risk and needs assessment, served by the ARNS
	// routes (arns.go); nil: never assessed (404).
	OASys *OASys
	// Licences are the case's licences in CVL (cvl.go).
	Licences []CVLLicence
}

// LimitedAccess describes nDelius access limitations on a case.
type LimitedAccess struct {
	Restricted         bool // only listed users may see the case
	RestrictionMessage string
	Excluded           bool // listed users may not see the case
	ExclusionMessage   string
}

// OffenderManager is the responsible community offender manager (COM).
type OffenderManager struct {
	Unallocated          bool // held by a team's "unallocated" placeholder staff
	StaffCode            string
	Forenames            string
	Surname              string
	TeamCode             string
	TeamDescription      string
	LDUCode              string
	LDUDescription       string
	ProbationAreaID      int64
	ProbationAreaCode    string
	ProbationAreaDesc    string
	AllocatedFrom        time.Time
	AllocationReasonCode string
	AllocationReason     string
}

// Disability is an nDelius disability record.
type Disability struct {
	ID        int64
	TypeCode  string
	TypeDesc  string
	StartDate time.Time
	Notes     string
}

// IsLAO reports whether the person is a limited access offender.
func (p *Person) IsLAO() bool {
	return p.Probation != nil && p.Probation.LAO != nil
}

// PrisonName returns the prison's name, or "" if the code is unknown.
func (w *World) PrisonName(id string) string {
	w.mu.RLock()
	defer w.mu.RUnlock()
	for _, p := range w.Prisons {
		if p.ID == id {
			return p.Name
		}
	}
	return ""
}

// ByPrisonerNumber finds a person by NOMS number (case-insensitive).
func (w *World) ByPrisonerNumber(noms string) *Person {
	return w.first(func(p *Person) bool {
		return p.PrisonerNumber != "" && strings.EqualFold(p.PrisonerNumber, noms)
	})
}

// ByCRN finds a person by CRN (case-insensitive).
func (w *World) ByCRN(crn string) *Person {
	return w.first(func(p *Person) bool {
		return p.CRN != "" && strings.EqualFold(p.CRN, crn)
	})
}

// Filter returns, in world order, every person for whom keep is true.
func (w *World) Filter(keep func(*Person) bool) []*Person {
	w.mu.RLock()
	defer w.mu.RUnlock()
	var out []*Person
	for _, p := range w.People {
		if keep(p) {
			out = append(out, p)
		}
	}
	return out
}

func (w *World) first(keep func(*Person) bool) *Person {
	if found := w.Filter(keep); len(found) > 0 {
		return found[0]
	}
	return nil
}

// aliasDOB is the alias's date of birth, defaulting to the person's.
func aliasDOB(p *Person, a Alias) time.Time {
	if a.DateOfBirth.IsZero() {
		return p.DateOfBirth
	}
	return a.DateOfBirth
}

// inPrisonSystem reports whether prisoner-search knows the person.
func inPrisonSystem(p *Person) bool { return p.PrisonerNumber != "" && p.Custody != nil }

// onProbation reports whether nDelius (and probation search) knows the person.
func onProbation(p *Person) bool { return p.CRN != "" && p.Probation != nil }

// day builds a calendar date; the world is written with it.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// at builds a local date-time (UK upstreams record wall-clock times).
func at(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, time.UTC)
}
