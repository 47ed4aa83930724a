package simulator

import (
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
)

// Personal relationships API (x4019-personal-relationships.prism.json):
// prisoners' contacts, a contact's details and links, and the restrictions on
// each relationship.

// SocialContact is a person in the personal-relationships service: a visitor,
// next of kin or official contact of one or more prisoners.
type SocialContact struct {
	ID                          int64 // also the NOMIS person id visits use
	TitleCode, TitleDescription string
	FirstName, MiddleNames      string
	LastName                    string
	DateOfBirth                 time.Time
	GenderCode, GenderDesc      string
	LanguageCode, LanguageDesc  string
	Interpreter                 bool
	Address                     *ContactAddress // nil: none recorded
	Phone                       *ContactPhone   // the contact's own number
	Email                       string
	GlobalRestrictions          []ContactRestriction
	Links                       []ContactLink // relationships with prisoners
	Created                     time.Time
}

// ContactAddress is a contact's (primary) address.
type ContactAddress struct {
	ID                                 int64
	Type, TypeDesc                     string
	Flat, Property, Street, Area       string
	CityCode, CityDesc                 string
	CountyCode, CountyDesc             string
	Postcode, CountryCode, CountryDesc string
	Phone                              *ContactPhone
	StartDate                          time.Time
	Comments                           string
	VerifiedBy                         string
	VerifiedAt                         time.Time
}

// ContactPhone is a telephone number.
type ContactPhone struct {
	ID                int64
	Type, TypeDesc    string
	Number, Extension string
}

// ContactLink is one relationship between the contact and a prisoner.
type ContactLink struct {
	PrisonerContactID   int64
	PrisonerNumber      string
	TypeCode, TypeDesc  string // S Social / O Official
	ToPrisonerCode      string // e.g. FRI
	ToPrisonerDesc      string // e.g. Friend
	Approved, NextOfKin bool
	Emergency, Active   bool
	Comments            string
	Restrictions        []ContactRestriction
}

// ContactRestriction limits visits by the contact.
type ContactRestriction struct {
	ID             int64
	Type, TypeDesc string
	Start, Expiry  time.Time // zero expiry: open-ended
	Comments       string
	EnteredBy      string // username; the display name is derived
	EnteredByName  string
	Created        time.Time
}

// fixtureContacts are the default world's contacts. John Doe (123456, the
// seed's example) is linked to the seed person twice, socially and
// officially, and to Fred Bloggs; Mary Morgan is the seed person's mother;
// Ann Bloggs knows only Fred.
func fixtureContacts() []SocialContact {
	return []SocialContact{
		{ID: 123456, TitleCode: "MR", TitleDescription: "Mr", FirstName: "John", MiddleNames: "William", LastName: "Doe",
			DateOfBirth: day(1980, time.January, 1), GenderCode: "M", GenderDesc: "Male", LanguageCode: "ENG", LanguageDesc: "English",
			Address: &ContactAddress{ID: 81001, Type: "HOME", TypeDesc: "Home Address", Flat: "Flat 2B", Property: "Mansion House",
				Street: "Acacia Avenue", Area: "Morton Heights", CityCode: "25343", CityDesc: "Sheffield",
				CountyCode: "S.YORKSHIRE", CountyDesc: "South Yorkshire", Postcode: "S13 4FH", CountryCode: "ENG", CountryDesc: "England",
				Phone:     &ContactPhone{ID: 82002, Type: "HOME", TypeDesc: "Home", Number: "0114 496 0000"},
				StartDate: day(2024, time.January, 1), Comments: "Some additional information",
				VerifiedBy: "NJKG44D", VerifiedAt: at(2024, time.January, 2, 9, 0)},
			Phone: &ContactPhone{ID: 82001, Type: "MOB", TypeDesc: "Mobile", Number: "+1234567890", Extension: "123"},
			Email: "test@example.com",
			GlobalRestrictions: []ContactRestriction{{ID: 83001, Type: "CLOSED", TypeDesc: "Closed", Start: day(2024, time.June, 1),
				Comments: "Closed visits only.", EnteredBy: "JD000001", EnteredByName: "Jane Dawson", Created: at(2024, time.June, 1, 10, 0)}},
			Links: []ContactLink{
				{PrisonerContactID: 7001, PrisonerNumber: "A1234AA", TypeCode: "S", TypeDesc: "Social", ToPrisonerCode: "FRI", ToPrisonerDesc: "Friend",
					Approved: true, Active: true, Comments: "Known since school.",
					Restrictions: []ContactRestriction{{ID: 84001, Type: "BAN", TypeDesc: "Banned", Start: day(2025, time.January, 1),
						Expiry: day(2030, time.December, 31), Comments: "Passed an item during a visit.", EnteredBy: "JD000001",
						EnteredByName: "Jane Dawson", Created: at(2025, time.January, 1, 12, 0)}}},
				{PrisonerContactID: 7002, PrisonerNumber: "A1234AA", TypeCode: "O", TypeDesc: "Official", ToPrisonerCode: "OTH", ToPrisonerDesc: "Other - Official",
					Active: true},
				{PrisonerContactID: 7003, PrisonerNumber: "G8133UA", TypeCode: "S", TypeDesc: "Social", ToPrisonerCode: "FRI", ToPrisonerDesc: "Friend",
					Approved: true, Active: true,
					Restrictions: []ContactRestriction{{ID: 84002, Type: "NONCON", TypeDesc: "Non Contact Visit", Start: day(2025, time.March, 1),
						EnteredBy: "GH000002", EnteredByName: "Grace Holt", Created: at(2025, time.March, 1, 9, 30)}}},
			},
			Created: at(2024, time.January, 1, 8, 0)},
		{ID: 123457, TitleCode: "MRS", TitleDescription: "Mrs", FirstName: "Mary", LastName: "Morgan",
			DateOfBirth: day(1955, time.April, 3), GenderCode: "F", GenderDesc: "Female",
			Phone: &ContactPhone{ID: 82003, Type: "HOME", TypeDesc: "Home", Number: "01302 496000"},
			Links: []ContactLink{{PrisonerContactID: 7004, PrisonerNumber: "A1234AA", TypeCode: "S", TypeDesc: "Social",
				ToPrisonerCode: "MOT", ToPrisonerDesc: "Mother", Approved: true, NextOfKin: true, Emergency: true, Active: true}},
			Created: at(2023, time.February, 11, 15, 0)},
		{ID: 334455, TitleCode: "MS", TitleDescription: "Ms", FirstName: "Ann", LastName: "Bloggs",
			DateOfBirth: day(1970, time.September, 9), GenderCode: "F", GenderDesc: "Female",
			Links: []ContactLink{{PrisonerContactID: 7005, PrisonerNumber: "G8133UA", TypeCode: "S", TypeDesc: "Social",
				ToPrisonerCode: "AUN", ToPrisonerDesc: "Aunt", Approved: true, Active: true}},
			Created: at(2024, time.June, 4, 11, 0)},
	}
}

func (s *server) personalRelationshipsRoutes(r chi.Router) {
	r.Get("/prisoner/{id}/contact", s.prisonerContacts)
	r.Get("/contact/{contactId}", s.contactByID)
	r.Get("/contact/{contactId}/linked-prisoners", s.contactLinkedPrisoners)
	r.Get("/prisoner-contact/{prisonerContactId}/restriction", s.prisonerContactRestrictions)
}

type prPageMetadata struct {
	Size          int   `json:"size"`
	Number        int   `json:"number"`
	TotalElements int64 `json:"totalElements"`
	TotalPages    int   `json:"totalPages"`
}

// prPagedModel is Spring's PagedModel: content plus a page block, the
// shape personal relationships uses instead of a PageImpl.
type prPagedModel[T any] struct {
	Content []T            `json:"content"`
	Page    prPageMetadata `json:"page"`
}

func toPagedModel[T any](all []T, page, size int) prPagedModel[T] {
	p := newPage(all, page, size)
	return prPagedModel[T]{Content: p.Content, Page: prPageMetadata{Size: size, Number: page, TotalElements: p.TotalElements, TotalPages: p.TotalPages}}
}

type prRestrictionsSummary struct {
	Active       []any `json:"active"`
	TotalActive  int   `json:"totalActive"`
	TotalExpired int   `json:"totalExpired"`
}

type prContactSummary struct {
	PrisonerContactID                 int64                 `json:"prisonerContactId"`
	ContactID                         int64                 `json:"contactId"`
	PrisonerNumber                    string                `json:"prisonerNumber"`
	LastName                          string                `json:"lastName"`
	FirstName                         string                `json:"firstName"`
	MiddleNames                       string                `json:"middleNames,omitempty"`
	DateOfBirth                       string                `json:"dateOfBirth,omitempty"`
	RelationshipTypeCode              string                `json:"relationshipTypeCode"`
	RelationshipTypeDescription       string                `json:"relationshipTypeDescription"`
	RelationshipToPrisonerCode        string                `json:"relationshipToPrisonerCode"`
	RelationshipToPrisonerDescription string                `json:"relationshipToPrisonerDescription"`
	Flat                              string                `json:"flat,omitempty"`
	Property                          string                `json:"property,omitempty"`
	Street                            string                `json:"street,omitempty"`
	Area                              string                `json:"area,omitempty"`
	CityCode                          string                `json:"cityCode,omitempty"`
	CityDescription                   string                `json:"cityDescription,omitempty"`
	CountyCode                        string                `json:"countyCode,omitempty"`
	CountyDescription                 string                `json:"countyDescription,omitempty"`
	Postcode                          string                `json:"postcode,omitempty"`
	CountryCode                       string                `json:"countryCode,omitempty"`
	CountryDescription                string                `json:"countryDescription,omitempty"`
	PrimaryAddress                    *bool                 `json:"primaryAddress,omitempty"`
	MailAddress                       *bool                 `json:"mailAddress,omitempty"`
	PhoneType                         string                `json:"phoneType,omitempty"`
	PhoneTypeDescription              string                `json:"phoneTypeDescription,omitempty"`
	PhoneNumber                       string                `json:"phoneNumber,omitempty"`
	ExtNumber                         string                `json:"extNumber,omitempty"`
	IsApprovedVisitor                 bool                  `json:"isApprovedVisitor"`
	IsNextOfKin                       bool                  `json:"isNextOfKin"`
	IsEmergencyContact                bool                  `json:"isEmergencyContact"`
	IsRelationshipActive              bool                  `json:"isRelationshipActive"`
	CurrentTerm                       bool                  `json:"currentTerm"`
	Comments                          string                `json:"comments,omitempty"`
	RestrictionSummary                prRestrictionsSummary `json:"restrictionSummary"`
}

// prisonerContacts lists every relationship of the prisoner, in world order.
func (s *server) prisonerContacts(w http.ResponseWriter, r *http.Request) {
	noms := chi.URLParam(r, "id")
	page, size, _ := pageParams(r)
	if p := s.world.ByPrisonerNumber(noms); failed(w, r, p, "personal-relationships", hmppsError) {
		return
	}
	all := []prContactSummary{}
	for _, c := range s.world.SocialContacts {
		for _, l := range c.Links {
			if l.PrisonerNumber != noms {
				continue
			}
			sum := prContactSummary{
				PrisonerContactID: l.PrisonerContactID, ContactID: c.ID, PrisonerNumber: noms,
				LastName: c.LastName, FirstName: c.FirstName, MiddleNames: c.MiddleNames, DateOfBirth: fmtDate(c.DateOfBirth),
				RelationshipTypeCode: l.TypeCode, RelationshipTypeDescription: l.TypeDesc,
				RelationshipToPrisonerCode: l.ToPrisonerCode, RelationshipToPrisonerDescription: l.ToPrisonerDesc,
				IsApprovedVisitor: l.Approved, IsNextOfKin: l.NextOfKin, IsEmergencyContact: l.Emergency,
				IsRelationshipActive: l.Active, CurrentTerm: true, Comments: l.Comments,
				RestrictionSummary: prRestrictionsSummary{Active: []any{}},
			}
			if a := c.Address; a != nil {
				yes := true
				sum.Flat, sum.Property, sum.Street, sum.Area = a.Flat, a.Property, a.Street, a.Area
				sum.CityCode, sum.CityDescription, sum.CountyCode, sum.CountyDescription = a.CityCode, a.CityDesc, a.CountyCode, a.CountyDesc
				sum.Postcode, sum.CountryCode, sum.CountryDescription = a.Postcode, a.CountryCode, a.CountryDesc
				sum.PrimaryAddress, sum.MailAddress = &yes, &yes
			}
			if ph := c.Phone; ph != nil {
				sum.PhoneType, sum.PhoneTypeDescription, sum.PhoneNumber, sum.ExtNumber = ph.Type, ph.TypeDesc, ph.Number, ph.Extension
			}
			all = append(all, sum)
		}
	}
	writeJSON(w, http.StatusOK, toPagedModel(all, page, size))
}

// socialContact finds the contact behind the contactId path parameter,
// answering the error itself when it returns nil.
func (s *server) socialContact(w http.ResponseWriter, r *http.Request) *SocialContact {
	raw := chi.URLParam(r, "contactId")
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		writeError(w, hmppsError, http.StatusBadRequest, "Invalid contactId: "+raw, "contactId must be a number")
		return nil
	}
	for i := range s.world.SocialContacts {
		if s.world.SocialContacts[i].ID == id {
			return &s.world.SocialContacts[i]
		}
	}
	writeError(w, hmppsError, http.StatusNotFound, "Contact ("+raw+") not found", "Contact ("+raw+") not found")
	return nil
}

type prPhone struct {
	ContactPhoneID       int64  `json:"contactPhoneId"`
	ContactID            int64  `json:"contactId"`
	PhoneType            string `json:"phoneType"`
	PhoneTypeDescription string `json:"phoneTypeDescription"`
	PhoneNumber          string `json:"phoneNumber"`
	ExtNumber            string `json:"extNumber,omitempty"`
	CreatedBy            string `json:"createdBy"`
	CreatedTime          string `json:"createdTime"`
}

type prAddressPhone struct {
	ContactAddressPhoneID int64 `json:"contactAddressPhoneId"`
	ContactAddressID      int64 `json:"contactAddressId"`
	prPhone
}

type prAddress struct {
	ContactAddressID       int64            `json:"contactAddressId"`
	ContactID              int64            `json:"contactId"`
	AddressType            string           `json:"addressType,omitempty"`
	AddressTypeDescription string           `json:"addressTypeDescription,omitempty"`
	PrimaryAddress         bool             `json:"primaryAddress"`
	Flat                   string           `json:"flat,omitempty"`
	Property               string           `json:"property,omitempty"`
	Street                 string           `json:"street,omitempty"`
	Area                   string           `json:"area,omitempty"`
	CityCode               string           `json:"cityCode,omitempty"`
	CityDescription        string           `json:"cityDescription,omitempty"`
	CountyCode             string           `json:"countyCode,omitempty"`
	CountyDescription      string           `json:"countyDescription,omitempty"`
	Postcode               string           `json:"postcode,omitempty"`
	CountryCode            string           `json:"countryCode,omitempty"`
	CountryDescription     string           `json:"countryDescription,omitempty"`
	Verified               bool             `json:"verified"`
	VerifiedBy             string           `json:"verifiedBy,omitempty"`
	VerifiedTime           string           `json:"verifiedTime,omitempty"`
	MailFlag               bool             `json:"mailFlag"`
	StartDate              string           `json:"startDate,omitempty"`
	NoFixedAddress         bool             `json:"noFixedAddress"`
	Comments               string           `json:"comments,omitempty"`
	PhoneNumbers           []prAddressPhone `json:"phoneNumbers"`
	CreatedBy              string           `json:"createdBy"`
	CreatedTime            string           `json:"createdTime"`
}

type prEmail struct {
	ContactEmailID int64  `json:"contactEmailId"`
	ContactID      int64  `json:"contactId"`
	EmailAddress   string `json:"emailAddress"`
	CreatedBy      string `json:"createdBy"`
	CreatedTime    string `json:"createdTime"`
}

type prContactDetails struct {
	ID                  int64       `json:"id"`
	TitleCode           string      `json:"titleCode,omitempty"`
	TitleDescription    string      `json:"titleDescription,omitempty"`
	LastName            string      `json:"lastName"`
	FirstName           string      `json:"firstName"`
	MiddleNames         string      `json:"middleNames,omitempty"`
	DateOfBirth         string      `json:"dateOfBirth,omitempty"`
	IsStaff             bool        `json:"isStaff"`
	LanguageCode        string      `json:"languageCode,omitempty"`
	LanguageDescription string      `json:"languageDescription,omitempty"`
	InterpreterRequired bool        `json:"interpreterRequired"`
	GenderCode          string      `json:"genderCode,omitempty"`
	GenderDescription   string      `json:"genderDescription,omitempty"`
	Addresses           []prAddress `json:"addresses"`
	PhoneNumbers        []prPhone   `json:"phoneNumbers"`
	EmailAddresses      []prEmail   `json:"emailAddresses"`
	Identities          []any       `json:"identities"`
	Employments         []any       `json:"employments"`
	CreatedBy           string      `json:"createdBy"`
	CreatedTime         string      `json:"createdTime"`
}

func (s *server) contactByID(w http.ResponseWriter, r *http.Request) {
	c := s.socialContact(w, r)
	if c == nil {
		return
	}
	created := fmtDateTime(c.Created)
	phone := func(p *ContactPhone) prPhone {
		return prPhone{ContactPhoneID: p.ID, ContactID: c.ID, PhoneType: p.Type, PhoneTypeDescription: p.TypeDesc,
			PhoneNumber: p.Number, ExtNumber: p.Extension, CreatedBy: "SIM", CreatedTime: created}
	}
	out := prContactDetails{
		ID: c.ID, TitleCode: c.TitleCode, TitleDescription: c.TitleDescription, LastName: c.LastName, FirstName: c.FirstName,
		MiddleNames: c.MiddleNames, DateOfBirth: fmtDate(c.DateOfBirth), LanguageCode: c.LanguageCode, LanguageDescription: c.LanguageDesc,
		InterpreterRequired: c.Interpreter, GenderCode: c.GenderCode, GenderDescription: c.GenderDesc,
		Addresses: []prAddress{}, PhoneNumbers: []prPhone{}, EmailAddresses: []prEmail{}, Identities: []any{}, Employments: []any{},
		CreatedBy: "SIM", CreatedTime: created,
	}
	if a := c.Address; a != nil {
		address := prAddress{
			ContactAddressID: a.ID, ContactID: c.ID, AddressType: a.Type, AddressTypeDescription: a.TypeDesc, PrimaryAddress: true,
			Flat: a.Flat, Property: a.Property, Street: a.Street, Area: a.Area, CityCode: a.CityCode, CityDescription: a.CityDesc,
			CountyCode: a.CountyCode, CountyDescription: a.CountyDesc, Postcode: a.Postcode, CountryCode: a.CountryCode,
			CountryDescription: a.CountryDesc, Verified: a.VerifiedBy != "", VerifiedBy: a.VerifiedBy, VerifiedTime: fmtDateTime(a.VerifiedAt),
			MailFlag: true, StartDate: fmtDate(a.StartDate), Comments: a.Comments, PhoneNumbers: []prAddressPhone{},
			CreatedBy: "SIM", CreatedTime: created,
		}
		if a.Phone != nil {
			address.PhoneNumbers = append(address.PhoneNumbers, prAddressPhone{ContactAddressPhoneID: a.Phone.ID + 1000, ContactAddressID: a.ID, prPhone: phone(a.Phone)})
		}
		out.Addresses = append(out.Addresses, address)
	}
	if c.Phone != nil {
		out.PhoneNumbers = append(out.PhoneNumbers, phone(c.Phone))
	}
	if c.Email != "" {
		out.EmailAddresses = append(out.EmailAddresses, prEmail{ContactEmailID: c.ID*10 + 1, ContactID: c.ID, EmailAddress: c.Email, CreatedBy: "SIM", CreatedTime: created})
	}
	writeJSON(w, http.StatusOK, out)
}

type prLinkedPrisoner struct {
	PrisonerNumber              string `json:"prisonerNumber"`
	PrisonerContactID           int64  `json:"prisonerContactId"`
	RelationshipTypeCode        string `json:"relationshipTypeCode"`
	RelationshipTypeDescription string `json:"relationshipTypeDescription"`
	RelationshipToPrisonerCode  string `json:"relationshipToPrisonerCode"`
	RelationshipToPrisonerDesc  string `json:"relationshipToPrisonerDescription,omitempty"`
	IsRelationshipActive        bool   `json:"isRelationshipActive"`
}

func (s *server) contactLinkedPrisoners(w http.ResponseWriter, r *http.Request) {
	page, size, _ := pageParams(r)
	c := s.socialContact(w, r)
	if c == nil {
		return
	}
	all := []prLinkedPrisoner{}
	for _, l := range c.Links {
		all = append(all, prLinkedPrisoner{PrisonerNumber: l.PrisonerNumber, PrisonerContactID: l.PrisonerContactID,
			RelationshipTypeCode: l.TypeCode, RelationshipTypeDescription: l.TypeDesc,
			RelationshipToPrisonerCode: l.ToPrisonerCode, RelationshipToPrisonerDesc: l.ToPrisonerDesc, IsRelationshipActive: l.Active})
	}
	writeJSON(w, http.StatusOK, toPagedModel(all, page, size))
}

type prRestriction struct {
	PrisonerContactRestrictionID int64  `json:"prisonerContactRestrictionId,omitempty"`
	ContactRestrictionID         int64  `json:"contactRestrictionId,omitempty"`
	PrisonerContactID            int64  `json:"prisonerContactId,omitempty"`
	ContactID                    int64  `json:"contactId"`
	PrisonerNumber               string `json:"prisonerNumber,omitempty"`
	RestrictionType              string `json:"restrictionType"`
	RestrictionTypeDescription   string `json:"restrictionTypeDescription"`
	StartDate                    string `json:"startDate,omitempty"`
	ExpiryDate                   string `json:"expiryDate,omitempty"`
	Comments                     string `json:"comments,omitempty"`
	EnteredByUsername            string `json:"enteredByUsername"`
	EnteredByDisplayName         string `json:"enteredByDisplayName"`
	CreatedBy                    string `json:"createdBy"`
	CreatedTime                  string `json:"createdTime"`
}

func (s *server) prisonerContactRestrictions(w http.ResponseWriter, r *http.Request) {
	raw := chi.URLParam(r, "prisonerContactId")
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		writeError(w, hmppsError, http.StatusBadRequest, "Invalid prisonerContactId: "+raw, "prisonerContactId must be a number")
		return
	}
	for _, c := range s.world.SocialContacts {
		for _, l := range c.Links {
			if l.PrisonerContactID != id {
				continue
			}
			out := struct {
				PrisonerContactRestrictions []prRestriction `json:"prisonerContactRestrictions"`
				ContactGlobalRestrictions   []prRestriction `json:"contactGlobalRestrictions"`
			}{[]prRestriction{}, []prRestriction{}}
			for _, x := range l.Restrictions {
				out.PrisonerContactRestrictions = append(out.PrisonerContactRestrictions, prRestriction{
					PrisonerContactRestrictionID: x.ID, PrisonerContactID: id, ContactID: c.ID, PrisonerNumber: l.PrisonerNumber,
					RestrictionType: x.Type, RestrictionTypeDescription: x.TypeDesc, StartDate: fmtDate(x.Start), ExpiryDate: fmtDate(x.Expiry),
					Comments: x.Comments, EnteredByUsername: x.EnteredBy, EnteredByDisplayName: x.EnteredByName,
					CreatedBy: x.EnteredBy, CreatedTime: fmtDateTime(x.Created)})
			}
			for _, x := range c.GlobalRestrictions {
				out.ContactGlobalRestrictions = append(out.ContactGlobalRestrictions, prRestriction{
					ContactRestrictionID: x.ID, ContactID: c.ID,
					RestrictionType: x.Type, RestrictionTypeDescription: x.TypeDesc, StartDate: fmtDate(x.Start), ExpiryDate: fmtDate(x.Expiry),
					Comments: x.Comments, EnteredByUsername: x.EnteredBy, EnteredByDisplayName: x.EnteredByName,
					CreatedBy: x.EnteredBy, CreatedTime: fmtDateTime(x.Created)})
			}
			writeJSON(w, http.StatusOK, out)
			return
		}
	}
	writeError(w, hmppsError, http.StatusNotFound, "Prisoner contact ("+raw+") not found", "Prisoner contact ("+raw+") not found")
}
