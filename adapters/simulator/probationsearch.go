package simulator

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

// Probation offender search (probation-offender-search.json), seed-era:
// POST /search answers a JSON array of OffenderDetail for everyone known to
// nDelius who matches every given field.

func (s *server) probationSearchRoutes(r chi.Router) {
	r.Post("/search", s.probationSearch)
}

func (s *server) probationSearch(w http.ResponseWriter, r *http.Request) {
	var dto posSearchDto
	if err := decodeJSON(r, &dto); err != nil {
		writeError(w, hmppsError, http.StatusBadRequest, "Validation failure: "+err.Error(), err.Error())
		return
	}
	q, err := newProbationQuery(dto)
	if err != nil {
		writeError(w, hmppsError, http.StatusBadRequest, "Validation failure: "+err.Error(), err.Error())
		return
	}
	today := s.now()
	out := []posOffenderDetail{}
	for _, p := range s.probationCases(q) {
		out = append(out, toOffenderDetail(p, today))
	}
	writeJSON(w, http.StatusOK, out)
}

// probationQuery is a probation search: every given field must match.
// Identifiers compare case-insensitively, PNC numbers in any written form.
type probationQuery struct {
	names               nameQuery
	pnc, cro, crn, noms string
	includeAliases      bool
}

// errNoCriteria is the upstream's complaint about an empty search.
const errNoCriteria = "Invalid search - please provide at least 1 search parameter"

func newProbationQuery(dto posSearchDto) (probationQuery, error) {
	dob, err := parseDate(dto.DateOfBirth)
	if err != nil {
		return probationQuery{}, errBadDate(dto.DateOfBirth)
	}
	q := probationQuery{
		names: nameQuery{first: dto.FirstName, last: dto.Surname, dob: dob},
		pnc:   dto.PNCNumber, cro: dto.CRONumber, crn: dto.CRN, noms: dto.NomsNumber,
		includeAliases: dto.IncludeAliases,
	}
	if q.names.empty() && strings.TrimSpace(q.pnc+q.cro+q.crn+q.noms) == "" {
		return probationQuery{}, validationError(errNoCriteria)
	}
	return q, nil
}

func (q probationQuery) matches(p *Person) bool {
	return optionalText(q.crn, p.CRN) && optionalText(q.noms, p.PrisonerNumber) &&
		optionalText(q.cro, p.CRO) && optionalPNC(q.pnc, p.PNC) &&
		q.names.matchesPerson(p, q.includeAliases)
}

// probationCases returns the matching nDelius cases, ordered by CRN.
func (s *server) probationCases(q probationQuery) []*Person {
	found := s.world.Filter(func(p *Person) bool { return onProbation(p) && q.matches(p) })
	slices.SortFunc(found, func(a, b *Person) int { return strings.Compare(a.CRN, b.CRN) })
	return found
}

// toOffenderDetail renders a person's nDelius record; only call it when
// onProbation(p).
func toOffenderDetail(p *Person, today time.Time) posOffenderDetail {
	pr := p.Probation
	out := posOffenderDetail{
		OffenderID:  pr.OffenderID,
		Title:       p.Title,
		FirstName:   p.FirstName,
		MiddleNames: strings.Fields(p.MiddleNames),
		Surname:     p.LastName,
		DateOfBirth: fmtDate(p.DateOfBirth),
		Gender:      p.Gender,
		OtherIDs: posIDs{
			CRN: p.CRN, PNCNumber: p.PNC, CRONumber: p.CRO, NINumber: p.NINumber,
			NomsNumber: p.PrisonerNumber, MostRecentPrisonerNumber: mostRecentPrisonerNumber(p),
		},
		ContactDetails: &posContactDetails{
			PhoneNumbers: []posPhoneNumber{}, EmailAddresses: append([]string{}, p.Emails...),
			AllowSMS: len(p.PhoneNumbers) > 0, Addresses: []posAddress{},
		},
		OffenderProfile: &posOffenderProfile{
			Ethnicity: p.Ethnicity, Nationality: p.Nationality, Religion: p.Religion,
			SexualOrientation: p.SexualOrientation,
			OffenderLanguages: &posOffenderLanguages{PrimaryLanguage: "English"},
			Disabilities:      []posDisability{},
		},
		OffenderAliases:                []posOffenderAlias{},
		OffenderManagers:               []posOffenderManager{toPOSOffenderManager(pr.Manager)},
		CurrentDisposal:                "0",
		PartitionArea:                  "National Data",
		CurrentTier:                    pr.Tier,
		ActiveProbationManagedSentence: pr.ActiveSupervision,
		ProbationStatus:                &posProbationStatus{Status: pr.Status, InBreach: pr.InBreach},
		Age:                            ageOn(p.DateOfBirth, today),
	}
	if pr.ActiveSupervision {
		out.CurrentDisposal = "1"
	}
	if lao := pr.LAO; lao != nil {
		out.CurrentRestriction, out.RestrictionMessage = lao.Restricted, lao.RestrictionMessage
		out.CurrentExclusion, out.ExclusionMessage = lao.Excluded, lao.ExclusionMessage
	}
	for _, ph := range p.PhoneNumbers {
		out.ContactDetails.PhoneNumbers = append(out.ContactDetails.PhoneNumbers, posPhoneNumber(ph))
	}
	for _, a := range p.Addresses {
		out.ContactDetails.Addresses = append(out.ContactDetails.Addresses, toPOSAddress(a))
	}
	for _, d := range pr.Disabilities {
		out.OffenderProfile.Disabilities = append(out.OffenderProfile.Disabilities, posDisability{
			DisabilityID: d.ID, DisabilityType: &posKeyValue{Code: d.TypeCode, Description: d.TypeDesc},
			StartDate: fmtDate(d.StartDate), Notes: d.Notes,
		})
	}
	for i, a := range p.Aliases {
		out.OffenderAliases = append(out.OffenderAliases, posOffenderAlias{
			ID:          strconv.FormatInt(pr.OffenderID*100+int64(i+1), 10),
			DateOfBirth: fmtDate(aliasDOB(p, a)), FirstName: a.FirstName,
			MiddleNames: strings.Fields(a.MiddleNames), Surname: a.LastName, Gender: p.Gender,
		})
	}
	return out
}

// mostRecentPrisonerNumber is the latest NOMIS book number, as nDelius
// records it.
func mostRecentPrisonerNumber(p *Person) string {
	if p.Custody == nil {
		return ""
	}
	return p.Custody.BookNumber
}

func toPOSAddress(a Address) posAddress {
	out := posAddress{
		ID: a.ID, From: fmtDate(a.From), To: fmtDate(a.To), NoFixedAbode: a.NoFixedAbode,
		AddressNumber: a.AddressNumber, BuildingName: a.BuildingName, StreetName: a.StreetName,
		District: a.District, Town: a.Town, County: a.County, Postcode: a.Postcode,
		Status: &posKeyValue{Code: "P", Description: "Previous"},
	}
	if a.Primary {
		out.Status = &posKeyValue{Code: "M", Description: "Main"}
	}
	if a.TypeCode != "" {
		out.Type = &posKeyValue{Code: a.TypeCode, Description: a.TypeDesc}
	}
	return out
}

func toPOSOffenderManager(m OffenderManager) posOffenderManager {
	return posOffenderManager{
		Staff:         &posStaffHuman{Code: m.StaffCode, Forenames: m.Forenames, Surname: m.Surname, Unallocated: m.Unallocated},
		PartitionArea: "National Data",
		Team: &posTeam{
			Code: m.TeamCode, Description: m.TeamDescription,
			LocalDeliveryUnit: &posKeyValue{Code: m.LDUCode, Description: m.LDUDescription},
		},
		ProbationArea: &posProbationArea{
			ProbationAreaID: m.ProbationAreaID, Code: m.ProbationAreaCode, Description: m.ProbationAreaDesc, NPS: true,
		},
		FromDate:         fmtDate(m.AllocatedFrom),
		Active:           true,
		AllocationReason: &posKeyValue{Code: m.AllocationReasonCode, Description: m.AllocationReason},
	}
}

// validationError is a bad search request.
type validationError string

func (e validationError) Error() string { return string(e) }

func errBadDate(s string) error {
	return validationError("Invalid date of birth: " + s + " (expected yyyy-MM-dd)")
}
