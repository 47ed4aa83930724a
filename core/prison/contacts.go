package prison

import (
	"strconv"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// ContactID is a personal-relationships contact id (also the NOMIS person
// id of a visitor). It is numeric upstream, so anything else is rejected
// here rather than sent.
type ContactID int64

// ParseContactID accepts a whole number; anything else is Invalid.
func ParseContactID(s string) (ContactID, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, apperr.New(apperr.Invalid, "Invalid contact id: %s. It must be a whole number", s)
	}
	return ContactID(id), nil
}

// ContactAddressLine is the postal part of an address as personal
// relationships records it.
type ContactAddressLine struct {
	Flat, Property, Street, Area    string
	CityCode, CityDescription       string
	CountyCode, CountyDescription   string
	Postcode                        string
	CountryCode, CountryDescription string
}

// ContactPhone is a telephone number of a contact.
type ContactPhone struct {
	Type, TypeDescription string // e.g. MOB, Mobile
	Number, Extension     string
}

// PrisonerContact is one of a prisoner's contacts with the relationship
// between them, as the contacts list shows it (primary address and phone only).
type PrisonerContact struct {
	ContactID      int64
	FirstName      string
	MiddleNames    string
	LastName       string
	DateOfBirth    *time.Time
	Address        ContactAddressLine
	PrimaryAddress *bool
	MailAddress    *bool
	Phone          ContactPhone
	Relationship   ContactRelationship
}

// ContactRelationship is how a contact is related to the prisoner.
type ContactRelationship struct {
	TypeCode, TypeDescription             string // S (social) or O (official)
	ToPrisonerCode, ToPrisonerDescription string // e.g. BRO, Brother
	ApprovedVisitor, NextOfKin            bool
	EmergencyContact, Active, CurrentTerm bool
	Comments                              string
}

// DetailedContact is everything personal relationships holds about a contact.
type DetailedContact struct {
	ContactID           int64
	TitleCode           string
	TitleDescription    string
	FirstName           string
	MiddleNames         string
	LastName            string
	DateOfBirth         *time.Time
	DeceasedDate        *time.Time
	IsStaff             bool
	LanguageCode        string
	LanguageDescription string
	InterpreterRequired bool
	GenderCode          string
	GenderDescription   string
	Addresses           []ContactAddress
	Phones              []ContactPhone
	Emails              []string
}

// ContactAddress is one address of a contact with its own phones and audit trail.
type ContactAddress struct {
	Type, TypeDescription string
	ContactAddressLine
	Primary, Mail, NoFixedAddress, Verified bool
	VerifiedBy                              string
	VerifiedTime                            *time.Time
	StartDate, EndDate                      *time.Time
	Comments                                string
	Phones                                  []ContactPhone
	CreatedBy                               string
	CreatedTime                             time.Time
	UpdatedBy                               string
	UpdatedTime                             *time.Time
}

// LinkedPrisoner is one relationship between a contact and a prisoner; a
// contact may be linked to the same prisoner more than once (e.g. both as a
// social and an official contact).
type LinkedPrisoner struct {
	PrisonerNumber    string
	PrisonerContactID int64
}

// ContactRestriction limits how a contact may visit: on one relationship, or
// globally on the contact.
type ContactRestriction struct {
	Type, TypeDescription string
	StartDate, ExpiryDate *time.Time
	Comments              string
	EnteredByUsername     string
	EnteredByDisplayName  string
	CreatedBy             string
	CreatedTime           time.Time
	UpdatedBy             string
	UpdatedTime           *time.Time
}

// VisitorRestrictions are the restrictions on a contact visiting one prisoner.
type VisitorRestrictions struct {
	PrisonerContact []ContactRestriction // on the contact's relationships with the prisoner
	Global          []ContactRestriction // on the contact, whoever they visit
}

// ContactNotFound is the error for an unknown contact; the original's message
// is the bare id.
func ContactNotFound(id ContactID) error {
	return apperr.New(apperr.NotFound, "%d", int64(id))
}
