package simulator

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// nDelius (probation-integration external-api-and-delius, ndelius.json).
// Today's service resolves ids with POST /search/probation-cases, the same
// search as probation-offender-search /search without the CRO field.

func (s *server) ndeliusRoutes(r chi.Router) {
	r.Post("/search/probation-cases", s.searchProbationCases)
	r.Post("/probation-cases/access", s.caseAccess)
}

type ndSearchRequest struct {
	FirstName      string `json:"firstName"`
	Surname        string `json:"surname"`
	DateOfBirth    string `json:"dateOfBirth"`
	PNCNumber      string `json:"pncNumber"`
	CRN            string `json:"crn"`
	NomsNumber     string `json:"nomsNumber"`
	IncludeAliases bool   `json:"includeAliases"`
}

type ndProbationCaseDetail struct {
	OtherIDs                       ndOtherIDs    `json:"otherIds"`
	FirstName                      string        `json:"firstName"`
	Surname                        string        `json:"surname"`
	DateOfBirth                    string        `json:"dateOfBirth"`
	Gender                         string        `json:"gender"`
	MiddleNames                    []string      `json:"middleNames"`
	OffenderProfile                ndCaseProfile `json:"offenderProfile"`
	ContactDetails                 ndContactInfo `json:"contactDetails"`
	OffenderAliases                []ndCaseAlias `json:"offenderAliases"`
	ActiveProbationManagedSentence bool          `json:"activeProbationManagedSentence"`
	CurrentRestriction             bool          `json:"currentRestriction"`
	RestrictionMessage             string        `json:"restrictionMessage,omitempty"`
	CurrentExclusion               bool          `json:"currentExclusion"`
	ExclusionMessage               string        `json:"exclusionMessage,omitempty"`
	Age                            int           `json:"age"`
}

type ndOtherIDs struct {
	CRN        string `json:"crn"`
	PNCNumber  string `json:"pncNumber,omitempty"`
	NomsNumber string `json:"nomsNumber,omitempty"`
	CRONumber  string `json:"croNumber,omitempty"`
}

type ndCaseProfile struct {
	Ethnicity         string             `json:"ethnicity,omitempty"`
	Nationality       string             `json:"nationality,omitempty"`
	Religion          string             `json:"religion,omitempty"`
	SexualOrientation string             `json:"sexualOrientation,omitempty"`
	Disabilities      []ndCaseDisability `json:"disabilities"`
}

type ndCaseDisability struct {
	DisabilityType ndCodedValue `json:"disabilityType"`
	Condition      ndCodedValue `json:"condition"`
	StartDate      string       `json:"startDate,omitempty"`
	Notes          string       `json:"notes,omitempty"`
}

type ndCodedValue struct {
	Code        string `json:"code"`
	Description string `json:"description"`
}

// ndContactInfo is ndelius.json's ContactDetails schema.
type ndContactInfo struct {
	PhoneNumbers   []ndPhoneNumber `json:"phoneNumbers"`
	EmailAddresses []string        `json:"emailAddresses"`
}

type ndPhoneNumber struct {
	Number string `json:"number"`
	Type   string `json:"type"`
}

type ndCaseAlias struct {
	FirstName   string   `json:"firstName"`
	Surname     string   `json:"surname"`
	DateOfBirth string   `json:"dateOfBirth"`
	Gender      string   `json:"gender"`
	MiddleNames []string `json:"middleNames"`
}

func (s *server) searchProbationCases(w http.ResponseWriter, r *http.Request) {
	var req ndSearchRequest
	if err := decodeJSON(r, &req); err != nil {
		writeError(w, hmppsError, http.StatusBadRequest, "Validation failure: "+err.Error(), err.Error())
		return
	}
	q, err := newProbationQuery(posSearchDto{
		FirstName: req.FirstName, Surname: req.Surname, DateOfBirth: req.DateOfBirth,
		PNCNumber: req.PNCNumber, CRN: req.CRN, NomsNumber: req.NomsNumber, IncludeAliases: req.IncludeAliases,
	})
	if err != nil {
		writeError(w, hmppsError, http.StatusBadRequest, "Validation failure: "+err.Error(), err.Error())
		return
	}
	today := s.now()
	out := []ndProbationCaseDetail{}
	for _, p := range s.probationCases(q) {
		out = append(out, toProbationCaseDetail(p, ageOn(p.DateOfBirth, today)))
	}
	writeJSON(w, http.StatusOK, out)
}

// toProbationCaseDetail renders a person's nDelius record; only call it when
// onProbation(p).
func toProbationCaseDetail(p *Person, age int) ndProbationCaseDetail {
	pr := p.Probation
	out := ndProbationCaseDetail{
		OtherIDs:    ndOtherIDs{CRN: p.CRN, PNCNumber: p.PNC, NomsNumber: p.PrisonerNumber, CRONumber: p.CRO},
		FirstName:   p.FirstName,
		Surname:     p.LastName,
		DateOfBirth: fmtDate(p.DateOfBirth),
		Gender:      p.Gender,
		MiddleNames: words(p.MiddleNames),
		OffenderProfile: ndCaseProfile{
			Ethnicity: p.Ethnicity, Nationality: p.Nationality, Religion: p.Religion,
			SexualOrientation: p.SexualOrientation, Disabilities: []ndCaseDisability{},
		},
		ContactDetails:                 ndContactInfo{PhoneNumbers: []ndPhoneNumber{}, EmailAddresses: append([]string{}, p.Emails...)},
		OffenderAliases:                []ndCaseAlias{},
		ActiveProbationManagedSentence: pr.ActiveSupervision,
		Age:                            age,
	}
	if lao := pr.LAO; lao != nil {
		out.CurrentRestriction, out.RestrictionMessage = lao.Restricted, lao.RestrictionMessage
		out.CurrentExclusion, out.ExclusionMessage = lao.Excluded, lao.ExclusionMessage
	}
	for _, ph := range p.PhoneNumbers {
		out.ContactDetails.PhoneNumbers = append(out.ContactDetails.PhoneNumbers, ndPhoneNumber(ph))
	}
	for _, d := range pr.Disabilities {
		out.OffenderProfile.Disabilities = append(out.OffenderProfile.Disabilities, ndCaseDisability{
			DisabilityType: ndCodedValue{Code: d.TypeCode, Description: d.TypeDesc},
			Condition:      ndCodedValue{Code: d.TypeCode, Description: d.TypeDesc},
			StartDate:      fmtDate(d.StartDate), Notes: d.Notes,
		})
	}
	for _, a := range p.Aliases {
		out.OffenderAliases = append(out.OffenderAliases, ndCaseAlias{
			FirstName: a.FirstName, Surname: a.LastName, DateOfBirth: fmtDate(aliasDOB(p, a)),
			Gender: p.Gender, MiddleNames: words(a.MiddleNames),
		})
	}
	return out
}

// ndCrnRequest and ndUserAccess are ndelius.json's CrnRequest and UserAccess.
type ndCrnRequest struct {
	CRNs []string `json:"crns"`
}

type ndUserAccess struct {
	Access []ndCaseAccess `json:"access"`
}

type ndCaseAccess struct {
	CRN                string `json:"crn"`
	UserExcluded       bool   `json:"userExcluded"`
	UserRestricted     bool   `json:"userRestricted"`
	ExclusionMessage   string `json:"exclusionMessage,omitempty"`
	RestrictionMessage string `json:"restrictionMessage,omitempty"`
}

// caseAccess is the LAO check (POST /probation-cases/access), answered from
// each person's LAO data. CRNs nDelius does not hold are left out of the
// answer; a person set up to break "ndelius" breaks the whole request.
func (s *server) caseAccess(w http.ResponseWriter, r *http.Request) {
	var req ndCrnRequest
	if err := decodeJSON(r, &req); err != nil {
		writeError(w, hmppsError, http.StatusBadRequest, "Validation failure: "+err.Error(), err.Error())
		return
	}
	if len(req.CRNs) == 0 || len(req.CRNs) > 500 {
		const msg = "crns: size must be between 1 and 500"
		writeError(w, hmppsError, http.StatusBadRequest, "Validation failure: "+msg, msg)
		return
	}
	out := ndUserAccess{Access: []ndCaseAccess{}}
	for _, crn := range req.CRNs {
		p := s.world.ByCRN(crn)
		if p == nil || !onProbation(p) {
			continue
		}
		if failed(w, r, p, "ndelius", hmppsError) {
			return
		}
		a := ndCaseAccess{CRN: p.CRN}
		if lao := p.Probation.LAO; lao != nil {
			a.UserExcluded, a.ExclusionMessage = lao.Excluded, lao.ExclusionMessage
			a.UserRestricted, a.RestrictionMessage = lao.Restricted, lao.RestrictionMessage
		}
		out.Access = append(out.Access, a)
	}
	writeJSON(w, http.StatusOK, out)
}
