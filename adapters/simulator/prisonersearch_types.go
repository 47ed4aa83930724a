package simulator

import (
	"strconv"
	"strings"
)

// Response and request shapes of prisoner-search (prisoner-search.json),
// named after its schemas with a "ps" prefix. Optional fields are omitted
// when empty, as the real service does; required ones are always sent.

type psPrisoner struct {
	PrisonerNumber          string `json:"prisonerNumber"`
	PNCNumber               string `json:"pncNumber,omitempty"`
	PNCNumberCanonicalShort string `json:"pncNumberCanonicalShort,omitempty"`
	PNCNumberCanonicalLong  string `json:"pncNumberCanonicalLong,omitempty"`
	CRONumber               string `json:"croNumber,omitempty"`
	BookingID               string `json:"bookingId,omitempty"`
	BookNumber              string `json:"bookNumber,omitempty"`
	Title                   string `json:"title,omitempty"`
	FirstName               string `json:"firstName"`
	MiddleNames             string `json:"middleNames,omitempty"`
	LastName                string `json:"lastName"`
	DateOfBirth             string `json:"dateOfBirth"`
	Gender                  string `json:"gender"`
	Ethnicity               string `json:"ethnicity"`
	RaceCode                string `json:"raceCode"`
	YouthOffender           bool   `json:"youthOffender"`
	MaritalStatus           string `json:"maritalStatus"`
	Religion                string `json:"religion"`
	Nationality             string `json:"nationality"`
	CurrentFacialImageID    int64  `json:"currentFacialImageId,omitempty"`

	Status                 string `json:"status"`
	LastMovementTypeCode   string `json:"lastMovementTypeCode,omitempty"`
	LastMovementReasonCode string `json:"lastMovementReasonCode,omitempty"`
	InOutStatus            string `json:"inOutStatus,omitempty"`
	PrisonID               string `json:"prisonId,omitempty"`
	PrisonName             string `json:"prisonName,omitempty"`
	LastPrisonID           string `json:"lastPrisonId,omitempty"`
	CellLocation           string `json:"cellLocation,omitempty"`
	LocationDescription    string `json:"locationDescription,omitempty"`

	Aliases []psPrisonerAlias `json:"aliases"`
	Alerts  []psPrisonerAlert `json:"alerts"`

	CSRA                          string `json:"csra,omitempty"`
	Category                      string `json:"category,omitempty"`
	LegalStatus                   string `json:"legalStatus,omitempty"`
	ImprisonmentStatus            string `json:"imprisonmentStatus,omitempty"`
	ImprisonmentStatusDescription string `json:"imprisonmentStatusDescription,omitempty"`
	ConvictedStatus               string `json:"convictedStatus,omitempty"`
	MostSeriousOffence            string `json:"mostSeriousOffence"`
	Recall                        bool   `json:"recall"`
	IndeterminateSentence         bool   `json:"indeterminateSentence"`

	SentenceStartDate                  string `json:"sentenceStartDate,omitempty"`
	ReleaseDate                        string `json:"releaseDate,omitempty"`
	SentenceExpiryDate                 string `json:"sentenceExpiryDate,omitempty"`
	LicenceExpiryDate                  string `json:"licenceExpiryDate,omitempty"`
	HomeDetentionCurfewEligibilityDate string `json:"homeDetentionCurfewEligibilityDate,omitempty"`
	ConditionalReleaseDate             string `json:"conditionalReleaseDate,omitempty"`
	ReceptionDate                      string `json:"receptionDate,omitempty"`
	LastAdmissionDate                  string `json:"lastAdmissionDate,omitempty"`

	RestrictedPatient bool                `json:"restrictedPatient"`
	CurrentIncentive  *psCurrentIncentive `json:"currentIncentive,omitempty"`
	HeightCentimetres int                 `json:"heightCentimetres,omitempty"`
	WeightKilograms   int                 `json:"weightKilograms,omitempty"`

	Addresses      []psAddress      `json:"addresses"`
	EmailAddresses []psEmailAddress `json:"emailAddresses"`
	PhoneNumbers   []psPhoneNumber  `json:"phoneNumbers"`
	Identifiers    []psIdentifier   `json:"identifiers"`
}

type psPrisonerAlias struct {
	FirstName   string `json:"firstName,omitempty"`
	MiddleNames string `json:"middleNames,omitempty"`
	LastName    string `json:"lastName,omitempty"`
	DateOfBirth string `json:"dateOfBirth,omitempty"`
	Gender      string `json:"gender,omitempty"`
}

type psPrisonerAlert struct {
	AlertType string `json:"alertType"`
	AlertCode string `json:"alertCode"`
	Active    bool   `json:"active"`
	Expired   bool   `json:"expired"`
}

type psCurrentIncentive struct {
	Level          psIncentiveLevel `json:"level"`
	DateTime       string           `json:"dateTime"`
	NextReviewDate string           `json:"nextReviewDate"`
}

type psIncentiveLevel struct {
	Code        string `json:"code"`
	Description string `json:"description"`
}

type psAddress struct {
	FullAddress    string          `json:"fullAddress"`
	PostalCode     string          `json:"postalCode,omitempty"`
	StartDate      string          `json:"startDate,omitempty"`
	PrimaryAddress bool            `json:"primaryAddress"`
	NoFixedAddress bool            `json:"noFixedAddress"`
	PhoneNumbers   []psPhoneNumber `json:"phoneNumbers"`
}

type psEmailAddress struct {
	Email string `json:"email"`
}

type psPhoneNumber struct {
	Type   string `json:"type"`
	Number string `json:"number"`
}

type psIdentifier struct {
	Type            string `json:"type"`
	Value           string `json:"value"`
	CreatedDateTime string `json:"createdDateTime,omitempty"`
}

type psGlobalSearchCriteria struct {
	PrisonerIdentifier string `json:"prisonerIdentifier"`
	FirstName          string `json:"firstName"`
	LastName           string `json:"lastName"`
	Gender             string `json:"gender"`   // M, F, NK, NS, ALL
	Location           string `json:"location"` // IN, OUT, ALL
	DateOfBirth        string `json:"dateOfBirth"`
	IncludeAliases     bool   `json:"includeAliases"`
}

type psPrisonerDetailRequest struct {
	FirstName      string               `json:"firstName"`
	LastName       string               `json:"lastName"`
	NomsNumber     string               `json:"nomsNumber"`
	PNCNumber      string               `json:"pncNumber"`
	CRONumber      string               `json:"croNumber"`
	FuzzyMatch     bool                 `json:"fuzzyMatch"`
	PrisonIDs      []string             `json:"prisonIds"`
	DateOfBirth    string               `json:"dateOfBirth"`
	IncludeAliases *bool                `json:"includeAliases"` // defaults to true
	Pagination     *psPaginationRequest `json:"pagination"`
}

type psPaginationRequest struct {
	Page int `json:"page"`
	Size int `json:"size"`
}

// prisonerSearchError: prisoner-search's ErrorResponse requires errorCode
// (an integer) as well, so we send the HTTP status there.
func prisonerSearchError(status int, user, dev string) any {
	return hmppsErrorResponse{Status: status, ErrorCode: &status, UserMessage: user, DeveloperMessage: dev}
}

var incentiveLevels = map[string]string{"BAS": "Basic", "STD": "Standard", "ENH": "Enhanced", "EN2": "Enhanced 2"}

// nomisPhoneTypes maps nDelius phone types to NOMIS ones.
var nomisPhoneTypes = map[string]string{"MOBILE": "MOB", "TELEPHONE": "HOME"}

// toPrisoner renders a person's prison record; only call it when
// inPrisonSystem(p).
func (w *World) toPrisoner(p *Person) psPrisoner {
	c := p.Custody
	out := psPrisoner{
		PrisonerNumber: p.PrisonerNumber,
		PNCNumber:      p.PNC,
		CRONumber:      p.CRO,
		BookingID:      strconv.FormatInt(c.BookingID, 10),
		BookNumber:     c.BookNumber,
		Title:          p.Title,
		FirstName:      upper(p.FirstName),
		MiddleNames:    upper(p.MiddleNames),
		LastName:       upper(p.LastName),
		DateOfBirth:    fmtDate(p.DateOfBirth),
		Gender:         p.Gender,
		Ethnicity:      p.Ethnicity,
		RaceCode:       p.RaceCode,
		YouthOffender:  c.YouthOffender,
		MaritalStatus:  p.MaritalStatus,
		Religion:       p.Religion,
		Nationality:    p.Nationality,

		CurrentFacialImageID:   c.FacialImageID,
		Status:                 c.Status,
		LastMovementTypeCode:   c.LastMovementTypeCode,
		LastMovementReasonCode: c.LastMovementReasonCode,
		InOutStatus:            c.InOutStatus,
		PrisonID:               c.PrisonID,
		LastPrisonID:           c.LastPrisonID,
		Aliases:                []psPrisonerAlias{},
		Alerts:                 []psPrisonerAlert{},

		CSRA:                          c.CSRA,
		Category:                      c.Category,
		LegalStatus:                   c.LegalStatus,
		ImprisonmentStatus:            c.ImprisonmentStatus,
		ImprisonmentStatusDescription: c.ImprisonmentStatusDescription,
		ConvictedStatus:               c.ConvictedStatus,
		MostSeriousOffence:            c.MostSeriousOffence,
		Recall:                        c.Recall,
		IndeterminateSentence:         c.Indeterminate,

		SentenceStartDate:                  fmtDate(c.SentenceStartDate),
		ReleaseDate:                        fmtDate(c.ReleaseDate),
		SentenceExpiryDate:                 fmtDate(c.SentenceExpiryDate),
		LicenceExpiryDate:                  fmtDate(c.LicenceExpiryDate),
		HomeDetentionCurfewEligibilityDate: fmtDate(c.HDCEligibilityDate),
		ConditionalReleaseDate:             fmtDate(c.ConditionalReleaseDate),
		ReceptionDate:                      fmtDate(c.ReceptionDate),
		LastAdmissionDate:                  fmtDate(c.LastAdmissionDate),

		RestrictedPatient: c.RestrictedPatient,
		HeightCentimetres: c.HeightCentimetres,
		WeightKilograms:   c.WeightKilograms,
		Addresses:         []psAddress{},
		EmailAddresses:    []psEmailAddress{},
		PhoneNumbers:      []psPhoneNumber{},
		Identifiers:       []psIdentifier{},
	}
	if pn, ok := parsePNC(p.PNC); ok {
		out.PNCNumberCanonicalShort, out.PNCNumberCanonicalLong = pn.Short(), pn.Long()
	}
	if c.InOutStatus == "OUT" {
		out.PrisonName = "Outside"
		out.LocationDescription = "Outside - released from " + w.PrisonName(c.LastPrisonID)
	} else {
		out.PrisonName = w.PrisonName(c.PrisonID)
		out.LocationDescription = out.PrisonName
		out.CellLocation = c.CellLocation()
	}
	if c.IncentiveCode != "" {
		out.CurrentIncentive = &psCurrentIncentive{
			Level:          psIncentiveLevel{Code: c.IncentiveCode, Description: incentiveLevels[c.IncentiveCode]},
			DateTime:       fmtDateTime(c.IncentiveReviewedAt),
			NextReviewDate: fmtDate(c.IncentiveNextReview),
		}
	}
	for _, a := range p.Aliases {
		out.Aliases = append(out.Aliases, psPrisonerAlias{
			FirstName: upper(a.FirstName), MiddleNames: upper(a.MiddleNames), LastName: upper(a.LastName),
			DateOfBirth: fmtDate(aliasDOB(p, a)), Gender: p.Gender,
		})
	}
	phones := []psPhoneNumber{}
	for _, ph := range p.PhoneNumbers {
		phones = append(phones, psPhoneNumber{Type: nomisPhoneTypes[ph.Type], Number: ph.Number})
	}
	for _, a := range p.Addresses {
		out.Addresses = append(out.Addresses, psAddress{
			FullAddress: fullAddress(a), PostalCode: a.Postcode, StartDate: fmtDate(a.From),
			PrimaryAddress: a.Primary, NoFixedAddress: a.NoFixedAbode, PhoneNumbers: []psPhoneNumber{},
		})
	}
	out.PhoneNumbers = phones
	for _, e := range p.Emails {
		out.EmailAddresses = append(out.EmailAddresses, psEmailAddress{Email: e})
	}
	recorded := fmtDateTime(c.ReceptionDate)
	for _, id := range []psIdentifier{{Type: "PNC", Value: p.PNC}, {Type: "CRO", Value: p.CRO}, {Type: "NINO", Value: p.NINumber}} {
		if id.Value != "" {
			id.CreatedDateTime = recorded
			out.Identifiers = append(out.Identifiers, id)
		}
	}
	return out
}

// fullAddress renders an address on one line, NOMIS style.
func fullAddress(a Address) string {
	street := strings.TrimSpace(a.AddressNumber + " " + a.StreetName)
	var parts []string
	for _, s := range []string{a.BuildingName, street, a.District, a.Town, a.County, a.Postcode} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}
