package simulator

import (
	"net/http"
	"regexp"

	"github.com/go-chi/chi/v5"
)

// Incentives (x4021-incentives.prism.json): a prisoner's incentive level and
// review history, built from Custody.Incentive*.

// Level names come from incentiveLevels (prisonersearch_types.go), so both
// upstreams agree.

var incentivesPrisonerNumber = regexp.MustCompile(`^[A-Z0-9]{7}$`)

func (s *server) incentivesRoutes(r chi.Router) {
	r.Get("/incentive-reviews/prisoner/{prisonerNumber}", s.incentiveReviewHistory)
}

type inReviewSummary struct {
	BookingID       int64            `json:"bookingId"`
	DaysSinceReview int              `json:"daysSinceReview"`
	ID              int64            `json:"id"`
	IepCode         string           `json:"iepCode"`
	IepDate         string           `json:"iepDate"`
	IepLevel        string           `json:"iepLevel"`
	IepTime         string           `json:"iepTime"`
	NextReviewDate  string           `json:"nextReviewDate"`
	PrisonerNumber  string           `json:"prisonerNumber"`
	LocationID      string           `json:"locationId,omitempty"`
	IepDetails      []inReviewDetail `json:"iepDetails"`
}

type inReviewDetail struct {
	ID              int64  `json:"id"`
	AgencyID        string `json:"agencyId"`
	AuditModuleName string `json:"auditModuleName"`
	BookingID       int64  `json:"bookingId"`
	Comments        string `json:"comments,omitempty"`
	IepCode         string `json:"iepCode"`
	IepDate         string `json:"iepDate"`
	IepLevel        string `json:"iepLevel"`
	IepTime         string `json:"iepTime"`
	IsRealReview    bool   `json:"isRealReview"`
	PrisonerNumber  string `json:"prisonerNumber"`
	ReviewType      string `json:"reviewType"`
	UserID          string `json:"userId"`
}

// incentiveReviewHistory answers with the current level and one review (the
// one that set it). The real service has no 404 in its spec but sends one,
// in its ErrorResponse shape, for a prisoner it has no record of.
func (s *server) incentiveReviewHistory(w http.ResponseWriter, r *http.Request) {
	noms := chi.URLParam(r, "prisonerNumber")
	if !incentivesPrisonerNumber.MatchString(noms) {
		writeError(w, hmppsError, http.StatusBadRequest, "Invalid prisoner number: "+noms, "prisonerNumber must match ^[A-Z0-9]{7}$")
		return
	}
	p := s.world.ByPrisonerNumber(noms)
	if p == nil || !inPrisonSystem(p) || p.Custody.IncentiveCode == "" {
		msg := "No incentive reviews found for prisoner number " + noms
		writeError(w, hmppsError, http.StatusNotFound, msg, msg)
		return
	}
	if failed(w, r, p, "incentives", hmppsError) {
		return
	}
	c := p.Custody
	reviewID := c.BookingID*10 + 1
	level := incentiveLevels[c.IncentiveCode]
	reviewed := c.IncentiveReviewedAt
	prison := c.LastPrisonID
	writeJSON(w, http.StatusOK, inReviewSummary{
		BookingID:       c.BookingID,
		DaysSinceReview: int(s.today().Sub(day(reviewed.Year(), reviewed.Month(), reviewed.Day())).Hours() / 24),
		ID:              reviewID,
		IepCode:         c.IncentiveCode,
		IepDate:         fmtDate(reviewed),
		IepLevel:        level,
		IepTime:         fmtDateTime(reviewed),
		NextReviewDate:  fmtDate(c.IncentiveNextReview),
		PrisonerNumber:  p.PrisonerNumber,
		LocationID:      c.CellLocation(),
		IepDetails: []inReviewDetail{{
			ID: reviewID, AgencyID: prison, AuditModuleName: "INCENTIVES_API", BookingID: c.BookingID,
			Comments: "Reviewed on wing; behaviour consistent with " + level + " level.",
			IepCode:  c.IncentiveCode, IepDate: fmtDate(reviewed), IepLevel: level, IepTime: fmtDateTime(reviewed),
			IsRealReview: true, PrisonerNumber: p.PrisonerNumber, ReviewType: "REVIEW", UserID: "INCENTIVES_GEN",
		}},
	})
}
