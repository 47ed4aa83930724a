package person

import "time"

// Identifiers are a person's ids across HMPPS systems; empty when unknown.
type Identifiers struct {
	NomisNumber string
	CRN         string
	PNC         string
	CRO         string
	DeliusCRN   string
}

// Prisoner is a person as prisoner search knows them.
type Prisoner struct {
	NomisNumber  string
	FirstName    string
	MiddleNames  string
	LastName     string
	DateOfBirth  *time.Time
	PNC          string
	CRO          string
	PrisonID     string
	PrisonName   string
	CellLocation string
	InOutStatus  string
	Gender       string
	Ethnicity    string
	Aliases      []Alias

	Status        string // booking status, e.g. "ACTIVE IN"
	Category      string // security category, e.g. C
	CSRA          string // cell sharing risk assessment
	ReceptionDate *time.Time
}

// InPrison reports whether the prisoner is currently inside an establishment.
func (p Prisoner) InPrison() bool { return p.InOutStatus == "IN" }

// Alias is another name a person has been known by.
type Alias struct {
	FirstName   string
	MiddleNames string
	LastName    string
	DateOfBirth *time.Time
	Gender      string
	Ethnicity   string
}

// ProbationCase is a person as probation (nDelius) knows them.
type ProbationCase struct {
	CRN                    string
	NomsNumber             string
	PNC                    string
	CRO                    string
	FirstName              string
	MiddleNames            []string
	Surname                string
	DateOfBirth            *time.Time
	Gender                 string
	Ethnicity              string
	UnderActiveSupervision bool
	Aliases                []Alias

	// Contact is how probation can reach the person; nil when not recorded.
	Contact *Contact
	// Access says whether nDelius limits who may see the case (a Limited
	// Access Offender): restricted to listed users, or excluding some.
	Access CaseAccess
}

// Contact is a person's phone numbers, email and postal addresses.
type Contact struct {
	Phones    []Phone
	Emails    []string
	Addresses []Address
}

// Phone is a phone number and its kind (e.g. TELEPHONE, MOBILE).
type Phone struct {
	Number string
	Type   string
}

// CaseAccess is nDelius's access limitation on a case, with the messages it
// shows users who are refused.
type CaseAccess struct {
	Restricted         bool
	RestrictionMessage string
	Excluded           bool
	ExclusionMessage   string
}

// Identity is the outcome of resolving an HMPPS id: what each side knows.
type Identity struct {
	// Requested is the id the caller gave.
	Requested ID
	Probation *ProbationCase
	Prisoner  *Prisoner
}

// NomisNumber is the prison number if any side knows it.
func (i Identity) NomisNumber() string {
	if i.Prisoner != nil && i.Prisoner.NomisNumber != "" {
		return i.Prisoner.NomisNumber
	}
	if i.Probation != nil && i.Probation.NomsNumber != "" {
		return i.Probation.NomsNumber
	}
	if i.Requested.Kind() == NOMS {
		return i.Requested.String()
	}
	return ""
}

// CRN is the probation case reference if known.
func (i Identity) CRN() string {
	if i.Probation != nil {
		return i.Probation.CRN
	}
	if i.Requested.Kind() == CRN {
		return i.Requested.String()
	}
	return ""
}

// HmppsID is the id HMPPS responses carry: the CRN when on probation, else the NOMS number.
func (i Identity) HmppsID() string {
	if crn := i.CRN(); crn != "" {
		return crn
	}
	return i.NomisNumber()
}

// Name is a first and last name.
type Name struct {
	FirstName string
	LastName  string
}

// Name prefers the probation record, as the original does, then the prisoner record.
func (i Identity) Name() Name {
	if i.Probation != nil {
		return Name{FirstName: i.Probation.FirstName, LastName: i.Probation.Surname}
	}
	if i.Prisoner != nil {
		return Name{FirstName: i.Prisoner.FirstName, LastName: i.Prisoner.LastName}
	}
	return Name{}
}
