package simulator

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// NOMIS Prison API reads of the prisoner's own record: the offender detail
// (category and assessments).

func (s *server) prisonAPIRecordsRoutes(r chi.Router) {
	r.Get("/api/offenders/{offenderNo}", s.prisonOffenderDetail)
}

type paAssessment struct {
	BookingID             int64  `json:"bookingId"`
	OffenderNo            string `json:"offenderNo"`
	Classification        string `json:"classification"`
	ClassificationCode    string `json:"classificationCode"`
	AssessmentCode        string `json:"assessmentCode"`
	AssessmentDescription string `json:"assessmentDescription"`
	CellSharingAlertFlag  bool   `json:"cellSharingAlertFlag"`
	AssessmentDate        string `json:"assessmentDate"`
	NextReviewDate        string `json:"nextReviewDate,omitempty"`
	AssessmentStatus      string `json:"assessmentStatus"`
	AssessmentAgencyID    string `json:"assessmentAgencyId"`
	AssessmentSeq         int    `json:"assessmentSeq"`
}

type paInmateDetail struct {
	OffenderNo   string         `json:"offenderNo"`
	BookingID    int64          `json:"bookingId"`
	BookingNo    string         `json:"bookingNo"`
	FirstName    string         `json:"firstName"`
	LastName     string         `json:"lastName"`
	DateOfBirth  string         `json:"dateOfBirth"`
	AgencyID     string         `json:"agencyId"`
	ActiveFlag   bool           `json:"activeFlag"`
	Category     string         `json:"category,omitempty"`
	CategoryCode string         `json:"categoryCode,omitempty"`
	Assessments  []paAssessment `json:"assessments"`
}

// prisonOffenderDetail answers with the latest booking: the category and
// its categorisation, plus the cell-sharing risk (CSR) assessment.
func (s *server) prisonOffenderDetail(w http.ResponseWriter, r *http.Request) {
	p := s.nomisPrisoner(w, r)
	if p == nil {
		return
	}
	c := p.Custody
	out := paInmateDetail{
		OffenderNo: p.PrisonerNumber, BookingID: c.BookingID, BookingNo: c.BookNumber,
		FirstName: upper(p.FirstName), LastName: upper(p.LastName), DateOfBirth: fmtDate(p.DateOfBirth),
		AgencyID: c.PrisonID, ActiveFlag: c.InOutStatus == "IN", Assessments: []paAssessment{},
	}
	assessed := c.ReceptionDate
	if c.Category != "" {
		out.Category, out.CategoryCode = "Cat "+c.Category, c.Category
		out.Assessments = append(out.Assessments, paAssessment{
			BookingID: c.BookingID, OffenderNo: p.PrisonerNumber, Classification: out.Category, ClassificationCode: c.Category,
			AssessmentCode: "CATEGORY", AssessmentDescription: "Categorisation",
			AssessmentDate: fmtDate(assessed), NextReviewDate: fmtDate(assessed.AddDate(1, 0, 0)),
			AssessmentStatus: "A", AssessmentAgencyID: c.LastPrisonID, AssessmentSeq: 1,
		})
	}
	if c.CSRA != "" {
		out.Assessments = append(out.Assessments, paAssessment{
			BookingID: c.BookingID, OffenderNo: p.PrisonerNumber, Classification: c.CSRA, ClassificationCode: csrCode(c.CSRA),
			AssessmentCode: "CSR", AssessmentDescription: "CSR Rating", CellSharingAlertFlag: true,
			AssessmentDate: fmtDate(assessed), AssessmentStatus: "A", AssessmentAgencyID: c.LastPrisonID, AssessmentSeq: 2,
		})
	}
	writeJSON(w, http.StatusOK, out)
}

func csrCode(csra string) string {
	if csra == "High" {
		return "HI"
	}
	return "STANDARD"
}

func (s *server) prisonAPISentenceRoutes(r chi.Router) {
	r.Get("/api/offenders/{offenderNo}/sentences", s.prisonSentenceDetail)
	r.Get("/api/offenders/{offenderNo}/booking/latest/sentence-summary", s.prisonSentenceSummary)
}

type paSentenceCalcDates struct {
	BookingID                          int64  `json:"bookingId"`
	SentenceStartDate                  string `json:"sentenceStartDate"`
	ConditionalReleaseDate             string `json:"conditionalReleaseDate,omitempty"`
	SentenceExpiryDate                 string `json:"sentenceExpiryDate,omitempty"`
	SentenceExpiryCalculatedDate       string `json:"sentenceExpiryCalculatedDate,omitempty"`
	LicenceExpiryDate                  string `json:"licenceExpiryDate,omitempty"`
	LicenceExpiryCalculatedDate        string `json:"licenceExpiryCalculatedDate,omitempty"`
	HomeDetentionCurfewEligibilityDate string `json:"homeDetentionCurfewEligibilityDate,omitempty"`
	NonDtoReleaseDate                  string `json:"nonDtoReleaseDate,omitempty"`
	NonDtoReleaseDateType              string `json:"nonDtoReleaseDateType,omitempty"`
	ReleaseDate                        string `json:"releaseDate,omitempty"`
	ConfirmedReleaseDate               string `json:"confirmedReleaseDate,omitempty"`
}

type paOffenderSentenceDetail struct {
	OffenderNo              string               `json:"offenderNo"`
	BookingID               int64                `json:"bookingId"`
	FirstName               string               `json:"firstName"`
	LastName                string               `json:"lastName"`
	DateOfBirth             string               `json:"dateOfBirth"`
	AgencyLocationID        string               `json:"agencyLocationId"`
	AgencyLocationDesc      string               `json:"agencyLocationDesc"`
	InternalLocationDesc    string               `json:"internalLocationDesc"`
	MostRecentActiveBooking bool                 `json:"mostRecentActiveBooking"`
	SentenceDetail          *paSentenceCalcDates `json:"sentenceDetail,omitempty"`
}

// prisonSentenceDetail answers the latest booking's key dates; a prisoner
// with no sentence (on remand) has no sentence detail.
func (s *server) prisonSentenceDetail(w http.ResponseWriter, r *http.Request) {
	p := s.nomisPrisoner(w, r)
	if p == nil {
		return
	}
	c := p.Custody
	out := paOffenderSentenceDetail{
		OffenderNo: p.PrisonerNumber, BookingID: c.BookingID, FirstName: upper(p.FirstName), LastName: upper(p.LastName),
		DateOfBirth: fmtDate(p.DateOfBirth), AgencyLocationID: c.PrisonID, AgencyLocationDesc: s.world.PrisonName(c.PrisonID),
		InternalLocationDesc: c.CellLocation(), MostRecentActiveBooking: c.InOutStatus != "OUT",
	}
	if !c.SentenceStartDate.IsZero() {
		d := &paSentenceCalcDates{
			BookingID: c.BookingID, SentenceStartDate: fmtDate(c.SentenceStartDate),
			ConditionalReleaseDate: fmtDate(c.ConditionalReleaseDate),
			SentenceExpiryDate:     fmtDate(c.SentenceExpiryDate), SentenceExpiryCalculatedDate: fmtDate(c.SentenceExpiryDate),
			LicenceExpiryDate: fmtDate(c.LicenceExpiryDate), LicenceExpiryCalculatedDate: fmtDate(c.LicenceExpiryDate),
			HomeDetentionCurfewEligibilityDate: fmtDate(c.HDCEligibilityDate),
			ReleaseDate:                        fmtDate(c.ReleaseDate),
		}
		if !c.ConditionalReleaseDate.IsZero() {
			d.NonDtoReleaseDate, d.NonDtoReleaseDateType = fmtDate(c.ConditionalReleaseDate), "CRD"
		}
		if c.InOutStatus == "OUT" {
			d.ConfirmedReleaseDate = fmtDate(c.ReleaseDate)
		}
		out.SentenceDetail = d
	}
	writeJSON(w, http.StatusOK, out)
}

type paSentenceAdjustments struct {
	AdditionalDaysAwarded int `json:"additionalDaysAwarded,omitempty"`
	Remand                int `json:"remand,omitempty"`
	UnlawfullyAtLarge     int `json:"unlawfullyAtLarge,omitempty"`
}

type paPrisonTerm struct {
	BookNumber          string                 `json:"bookNumber"`
	BookingID           int64                  `json:"bookingId"`
	SentenceAdjustments *paSentenceAdjustments `json:"sentenceAdjustments,omitempty"`
}

// prisonSentenceSummary answers the latest prison term with its adjustments.
func (s *server) prisonSentenceSummary(w http.ResponseWriter, r *http.Request) {
	p := s.nomisPrisoner(w, r)
	if p == nil {
		return
	}
	c := p.Custody
	term := paPrisonTerm{BookNumber: c.BookNumber, BookingID: c.BookingID}
	if a := c.SentenceAdjustments; a != nil {
		term.SentenceAdjustments = &paSentenceAdjustments{AdditionalDaysAwarded: a.AdditionalDaysAwarded, Remand: a.Remand, UnlawfullyAtLarge: a.UnlawfullyAtLarge}
	}
	writeJSON(w, http.StatusOK, struct {
		PrisonerNumber   string       `json:"prisonerNumber"`
		LatestPrisonTerm paPrisonTerm `json:"latestPrisonTerm"`
	}{p.PrisonerNumber, term})
}

// SentenceAdjustments are days added to or taken off a sentence, in days.
type SentenceAdjustments struct {
	AdditionalDaysAwarded int
	Remand                int
	UnlawfullyAtLarge     int
}
