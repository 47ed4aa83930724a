// Package people holds the Book a Secure Move person: who is being moved, with
// their identifiers and the reference data they point at.
package people

import (
	"strings"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// Person is someone who may be moved.
type Person struct {
	ID                          string
	FirstNames                  string
	LastName                    string
	DateOfBirth                 *time.Time
	GenderAdditionalInformation string
	PrisonNumber                string
	CriminalRecordsOffice       string
	PoliceNationalComputer      string
	EthnicityID                 string
	GenderID                    string
	ProfileIDs                  []string
	CreatedAt                   time.Time
	UpdatedAt                   time.Time
}

// Details are the writable attributes of a person.
type Details struct {
	FirstNames                  string
	LastName                    string
	DateOfBirth                 *time.Time
	GenderAdditionalInformation string
	PrisonNumber                string
	CriminalRecordsOffice       string
	PoliceNationalComputer      string
	EthnicityID                 string
	GenderID                    string
}

// New builds a person after checking the rules a new record must meet.
func New(id string, d Details, now time.Time) (Person, error) {
	d = d.normalised()
	if err := d.validate(); err != nil {
		return Person{}, err
	}
	return Person{
		ID:                          id,
		FirstNames:                  d.FirstNames,
		LastName:                    d.LastName,
		DateOfBirth:                 d.DateOfBirth,
		GenderAdditionalInformation: d.GenderAdditionalInformation,
		PrisonNumber:                d.PrisonNumber,
		CriminalRecordsOffice:       d.CriminalRecordsOffice,
		PoliceNationalComputer:      d.PoliceNationalComputer,
		EthnicityID:                 d.EthnicityID,
		GenderID:                    d.GenderID,
		CreatedAt:                   now,
		UpdatedAt:                   now,
	}, nil
}

// Identifiers are stored stripped and upper-cased, so filters can match them case-insensitively.
func (d Details) normalised() Details {
	d.FirstNames = strings.TrimSpace(d.FirstNames)
	d.LastName = strings.TrimSpace(d.LastName)
	d.PrisonNumber = strings.ToUpper(strings.TrimSpace(d.PrisonNumber))
	d.CriminalRecordsOffice = strings.ToUpper(strings.TrimSpace(d.CriminalRecordsOffice))
	d.PoliceNationalComputer = strings.ToUpper(strings.TrimSpace(d.PoliceNationalComputer))
	return d
}

func (d Details) validate() error {
	var fields []apperr.FieldError
	if d.FirstNames == "" {
		fields = append(fields, apperr.FieldError{Field: "first_names", Code: "blank", Message: "can't be blank"})
	}
	if d.LastName == "" {
		fields = append(fields, apperr.FieldError{Field: "last_name", Code: "blank", Message: "can't be blank"})
	}
	if strings.Contains(d.PrisonNumber, ":") {
		fields = append(fields, apperr.FieldError{Field: "prison_number", Code: "invalid", Message: "is invalid"})
	}
	if d.DateOfBirth != nil && d.DateOfBirth.Year() < 1900 {
		fields = append(fields, apperr.FieldError{Field: "date_of_birth", Code: "invalid", Message: "must be after 1900-01-01"})
	}
	if len(fields) > 0 {
		return apperr.Validation(fields...)
	}
	return nil
}

// Filter narrows a people listing; each list matches any of its values, case-insensitively.
type Filter struct {
	PoliceNationalComputers []string
	CriminalRecordsOffices  []string
	PrisonNumbers           []string
}

// Change is an optional new value: Set false leaves a field as it is; Set
// with an empty Value clears it (JSON:API `"data": null`).
type Change struct {
	Set   bool
	Value string
}

// Update is a partial change to a person; nil or unset fields are left alone.
type Update struct {
	FirstNames                  *string
	LastName                    *string
	DateOfBirth                 *time.Time
	GenderAdditionalInformation *string
	PrisonNumber                *string
	CriminalRecordsOffice       *string
	PoliceNationalComputer      *string
	EthnicityID                 Change
	GenderID                    Change
}

// Apply changes p, keeping every rule a new person must meet.
func (p *Person) Apply(u Update, now time.Time) error {
	d := Details{
		FirstNames: p.FirstNames, LastName: p.LastName, DateOfBirth: p.DateOfBirth,
		GenderAdditionalInformation: p.GenderAdditionalInformation, PrisonNumber: p.PrisonNumber,
		CriminalRecordsOffice: p.CriminalRecordsOffice, PoliceNationalComputer: p.PoliceNationalComputer,
		EthnicityID: p.EthnicityID, GenderID: p.GenderID,
	}
	set := func(dst *string, v *string) {
		if v != nil {
			*dst = *v
		}
	}
	set(&d.FirstNames, u.FirstNames)
	set(&d.LastName, u.LastName)
	set(&d.GenderAdditionalInformation, u.GenderAdditionalInformation)
	set(&d.PrisonNumber, u.PrisonNumber)
	set(&d.CriminalRecordsOffice, u.CriminalRecordsOffice)
	set(&d.PoliceNationalComputer, u.PoliceNationalComputer)
	if u.DateOfBirth != nil {
		d.DateOfBirth = u.DateOfBirth
	}
	if u.EthnicityID.Set {
		d.EthnicityID = u.EthnicityID.Value
	}
	if u.GenderID.Set {
		d.GenderID = u.GenderID.Value
	}
	d = d.normalised()
	if err := d.validate(); err != nil {
		return err
	}
	p.FirstNames, p.LastName, p.DateOfBirth = d.FirstNames, d.LastName, d.DateOfBirth
	p.GenderAdditionalInformation, p.PrisonNumber = d.GenderAdditionalInformation, d.PrisonNumber
	p.CriminalRecordsOffice, p.PoliceNationalComputer = d.CriminalRecordsOffice, d.PoliceNationalComputer
	p.EthnicityID, p.GenderID = d.EthnicityID, d.GenderID
	p.UpdatedAt = now
	return nil
}
