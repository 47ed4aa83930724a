package simulator

import (
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
)

// Create and Vary a Licence public API (create-and-vary-licence.prism.json):
// a case's licence summaries, and each licence with its conditions.

// CVLLicence is a licence CVL holds for a case.
type CVLLicence struct {
	ID            int64
	Type          string // AP | PSS | AP_PSS
	Status        string // IN_PROGRESS | SUBMITTED | APPROVED | ACTIVE | VARIATION_* ...
	Created       time.Time
	CreatedBy     string
	Approved      time.Time // zero: not approved
	ApprovedBy    string
	Updated       time.Time // zero: never updated
	APBespoke     []string
	APStandard    []LicenceCondition
	APAdditional  []LicenceCondition
	PSSAdditional []LicenceCondition
	PSSStandard   []LicenceCondition
}

// LicenceCondition is a standard or additional condition; standard ones have
// no category.
type LicenceCondition struct {
	ID             int64
	Code, Category string
	Text           string
}

func (s *server) cvlRoutes(r chi.Router) {
	r.Get("/public/licence-summaries/crn/{crn}", s.cvlSummaries)
	r.Get("/public/licences/id/{licenceId}", s.cvlLicence)
}

type cvlSummary struct {
	ID                 int64  `json:"id"`
	LicenceType        string `json:"licenceType"`
	PolicyVersion      string `json:"policyVersion"`
	Version            string `json:"version"`
	StatusCode         string `json:"statusCode"`
	PrisonNumber       string `json:"prisonNumber"`
	BookingID          int64  `json:"bookingId"`
	CRN                string `json:"crn"`
	ApprovedByUsername string `json:"approvedByUsername,omitempty"`
	ApprovedDateTime   string `json:"approvedDateTime,omitempty"`
	CreatedByUsername  string `json:"createdByUsername"`
	CreatedDateTime    string `json:"createdDateTime"`
	UpdatedByUsername  string `json:"updatedByUsername,omitempty"`
	UpdatedDateTime    string `json:"updatedDateTime,omitempty"`
	IsInPssPeriod      bool   `json:"isInPssPeriod"`
}

type cvlLicence struct {
	cvlSummary
	Conditions cvlConditions `json:"conditions"`
}

type cvlConditions struct {
	AP  cvlAPConditions  `json:"AP"`
	PSS cvlPSSConditions `json:"PSS"`
}

type cvlAPConditions struct {
	Standard   []cvlStandard   `json:"standard"`
	Bespoke    []cvlBespoke    `json:"bespoke"`
	Additional []cvlAdditional `json:"additional"`
}

type cvlPSSConditions struct {
	Standard   []cvlStandard   `json:"standard"`
	Additional []cvlAdditional `json:"additional"`
}

type cvlStandard struct {
	Code string `json:"code"`
	Text string `json:"text"`
}

type cvlBespoke struct {
	Text string `json:"text"`
}

type cvlAdditional struct {
	Type     string `json:"type"`
	ID       int64  `json:"id"`
	Category string `json:"category"`
	Code     string `json:"code"`
	Text     string `json:"text"`
}

func (s *server) cvlSummaries(w http.ResponseWriter, r *http.Request) {
	out := []cvlSummary{}
	p := s.world.ByCRN(chi.URLParam(r, "crn"))
	if p != nil && failed(w, r, p, "cvl", hmppsError) {
		return
	}
	if p != nil && onProbation(p) {
		for _, l := range p.Probation.Licences {
			out = append(out, toCVLSummary(p, l))
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *server) cvlLicence(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "licenceId"), 10, 64)
	if err != nil {
		writeError(w, hmppsError, http.StatusBadRequest, "Invalid licence id", err.Error())
		return
	}
	for _, p := range s.world.Filter(onProbation) {
		for _, l := range p.Probation.Licences {
			if l.ID == id {
				writeJSON(w, http.StatusOK, toCVLLicence(p, l))
				return
			}
		}
	}
	writeError(w, hmppsError, http.StatusNotFound, "Not found", "No licence found with id "+strconv.FormatInt(id, 10))
}

func toCVLSummary(p *Person, l CVLLicence) cvlSummary {
	out := cvlSummary{
		ID: l.ID, LicenceType: l.Type, PolicyVersion: "V2_1", Version: "1.0", StatusCode: l.Status,
		PrisonNumber: p.PrisonerNumber, CRN: p.CRN,
		CreatedByUsername: l.CreatedBy, CreatedDateTime: fmtDateTime(l.Created),
		ApprovedByUsername: l.ApprovedBy, ApprovedDateTime: fmtDateTime(l.Approved), UpdatedDateTime: fmtDateTime(l.Updated),
	}
	if p.Custody != nil {
		out.BookingID = p.Custody.BookingID
	}
	if !l.Updated.IsZero() {
		out.UpdatedByUsername = l.CreatedBy
	}
	return out
}

func toCVLLicence(p *Person, l CVLLicence) cvlLicence {
	out := cvlLicence{cvlSummary: toCVLSummary(p, l), Conditions: cvlConditions{
		AP:  cvlAPConditions{Standard: cvlStandards(l.APStandard), Bespoke: []cvlBespoke{}, Additional: cvlAdditionals("AP", l.APAdditional)},
		PSS: cvlPSSConditions{Standard: cvlStandards(l.PSSStandard), Additional: cvlAdditionals("PSS", l.PSSAdditional)},
	}}
	for _, b := range l.APBespoke {
		out.Conditions.AP.Bespoke = append(out.Conditions.AP.Bespoke, cvlBespoke{Text: b})
	}
	return out
}

func cvlStandards(in []LicenceCondition) []cvlStandard {
	out := []cvlStandard{}
	for _, c := range in {
		out = append(out, cvlStandard{Code: c.Code, Text: c.Text})
	}
	return out
}

func cvlAdditionals(kind string, in []LicenceCondition) []cvlAdditional {
	out := []cvlAdditional{}
	for _, c := range in {
		out = append(out, cvlAdditional{Type: kind, ID: c.ID, Category: c.Category, Code: c.Code, Text: c.Text})
	}
	return out
}
