package simulator

import (
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
)

// Effective Proposal Framework and Delius (and today's nDelius) GET
// /case-details/{crn}/{eventNumber}: the person, one event's court appearance
// and sentence, the responsible provider and the OASys scores. A limited
// access case answers 404, as EPF does, so nothing about it leaks.

func (s *server) epfRoutes(r chi.Router) {
	r.Get("/case-details/{crn}/{eventNumber}", s.epfCaseDetails)
}

type epfCaseDetails struct {
	NomsID              string         `json:"nomsId,omitempty"`
	Name                epfName        `json:"name"`
	DateOfBirth         string         `json:"dateOfBirth"`
	Gender              string         `json:"gender"`
	CourtAppearance     *epfAppearance `json:"courtAppearance,omitempty"`
	Sentence            epfSentence    `json:"sentence"`
	ResponsibleProvider epfProvider    `json:"responsibleProvider"`
	OGRSScore           *int64         `json:"ogrsScore,omitempty"`
	RSRScore            *float64       `json:"rsrScore,omitempty"`
	Age                 int64          `json:"age"`
	AgeAtRelease        *int64         `json:"ageAtRelease,omitempty"`
}

type epfName struct {
	Forename   string `json:"forename"`
	MiddleName string `json:"middleName,omitempty"`
	Surname    string `json:"surname"`
}

type epfAppearance struct {
	Date  string   `json:"date"`
	Court epfCourt `json:"court"`
}

type epfCourt struct {
	Name string `json:"name"`
}

type epfSentence struct {
	ExpectedReleaseDate string `json:"expectedReleaseDate,omitempty"`
}

type epfProvider struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func (s *server) epfCaseDetails(w http.ResponseWriter, r *http.Request) {
	crn := chi.URLParam(r, "crn")
	notFound := func() {
		writeError(w, hmppsError, http.StatusNotFound, "Case details not found", "No event "+chi.URLParam(r, "eventNumber")+" for "+crn)
	}
	number, err := strconv.Atoi(chi.URLParam(r, "eventNumber"))
	if err != nil {
		writeError(w, hmppsError, http.StatusBadRequest, "Invalid event number", err.Error())
		return
	}
	p := s.world.ByCRN(crn)
	if p != nil && failed(w, r, p, "epf", hmppsError) {
		return
	}
	if p == nil || !onProbation(p) || p.IsLAO() {
		notFound()
		return
	}
	var event *Event
	for i, e := range p.Probation.Records.Events {
		if int(e.Number) == number {
			event = &p.Probation.Records.Events[i]
		}
	}
	if event == nil {
		notFound()
		return
	}
	m := p.Probation.Manager
	out := epfCaseDetails{
		NomsID:      p.PrisonerNumber,
		Name:        epfName{Forename: p.FirstName, MiddleName: p.MiddleNames, Surname: p.LastName},
		DateOfBirth: fmtDate(p.DateOfBirth), Gender: p.Gender,
		ResponsibleProvider: epfProvider{Code: m.ProbationAreaCode, Name: m.ProbationAreaDesc},
		Age:                 int64(ageOn(p.DateOfBirth, s.now())),
	}
	if n := len(event.Hearings); n > 0 {
		latest := event.Hearings[n-1] // the sentencing hearing
		out.CourtAppearance = &epfAppearance{Date: fmtDate(latest.At), Court: epfCourt{Name: latest.Court}}
	}
	if c := p.Custody; c != nil && event.Sentence.Custodial && !c.ReleaseDate.IsZero() {
		out.Sentence.ExpectedReleaseDate = fmtDate(c.ReleaseDate)
		atRelease := int64(ageOn(p.DateOfBirth, c.ReleaseDate))
		out.AgeAtRelease = &atRelease
	}
	if o := p.Probation.OASys; o != nil && len(o.Scores) > 0 {
		latest := o.Scores[len(o.Scores)-1]
		rsr := latest.RSRPercentage
		out.RSRScore = &rsr
		ogrs := ogrsPercent(latest.OGRS)
		out.OGRSScore = &ogrs
	}
	writeJSON(w, http.StatusOK, out)
}

// ogrsPercent gives a representative two-year OGRS percentage for a band;
// the world records bands, EPF reports the score.
func ogrsPercent(band string) int64 {
	switch band {
	case "LOW":
		return 25
	case "MEDIUM":
		return 50
	case "HIGH":
		return 75
	case "VERY_HIGH":
		return 90
	}
	return 0
}
