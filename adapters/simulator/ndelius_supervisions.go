package simulator

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
)

// nDelius GET /case/{crn}/supervisions (ndelius.json SupervisionResponse):
// the community manager, MAPPA, dynamic-risk and person-status registrations
// and the events (supervisions) with their offences and court appearances.

// ProbationRecords are the registrations and events nDelius holds on a case.
type ProbationRecords struct {
	ManagerEmail, ManagerTelephone string
	TeamEmail, TeamTelephone       string

	Mappa        *MappaRegistration // nil: no MAPPA registration
	DynamicRisks []Registration
	PersonStatus []Registration // every person-status flag, including ones the API hides
	Events       []Event
}

// MappaRegistration is the case's MAPPA level and category.
type MappaRegistration struct {
	Level               int32
	LevelDescription    string
	Category            int32
	CategoryDescription string
	Start, Review       time.Time
	Notes               string
}

// Registration is an nDelius register entry.
type Registration struct {
	Code, Description string
	Start, Review     time.Time // zero: not recorded
	Notes             string
}

// Event is an nDelius event: a sentence or order with its offences.
type Event struct {
	Number             int32
	Active             bool
	Date               time.Time
	Sentence           EventSentence
	MainOffence        EventOffence
	AdditionalOffences []EventOffence
	Hearings           []Hearing // first is the first appearance
}

// EventSentence is the disposal of an event.
type EventSentence struct {
	Description string
	Date        time.Time
	Length      int32
	LengthUnits string // Hours | Days | Weeks | Months | Years
	Custodial   bool
}

// EventOffence is an offence with its Home Office code.
type EventOffence struct {
	Code, Description string
	Date              time.Time
	Count             int32
}

// Hearing is one court appearance of an event.
type Hearing struct {
	Court string
	At    time.Time
	Type  string
	Plea  string
}

func (s *server) ndeliusSupervisionRoutes(r chi.Router) {
	r.Get("/case/{crn}/supervisions", s.caseSupervisions)
}

type ndSupervisionResponse struct {
	CommunityManager ndManager        `json:"communityManager"`
	MappaDetail      *ndMappaDetail   `json:"mappaDetail,omitempty"`
	DynamicRisks     []ndRegistration `json:"dynamicRisks"`
	PersonStatus     []ndRegistration `json:"personStatus"`
	Supervisions     []ndSupervision  `json:"supervisions"`
}

type ndManager struct {
	Code            string `json:"code"`
	Name            ndName `json:"name"`
	Email           string `json:"email,omitempty"`
	TelephoneNumber string `json:"telephoneNumber,omitempty"`
	Team            ndTeam `json:"team"`
	Allocated       bool   `json:"allocated"`
}

type ndName struct {
	Forename string `json:"forename"`
	Surname  string `json:"surname"`
}

type ndTeam struct {
	Code            string       `json:"code"`
	Description     string       `json:"description"`
	Email           string       `json:"email,omitempty"`
	TelephoneNumber string       `json:"telephoneNumber,omitempty"`
	Provider        ndCodedValue `json:"provider"`
}

type ndMappaDetail struct {
	Level               int32  `json:"level"`
	LevelDescription    string `json:"levelDescription"`
	Category            int32  `json:"category"`
	CategoryDescription string `json:"categoryDescription"`
	StartDate           string `json:"startDate,omitempty"`
	ReviewDate          string `json:"reviewDate,omitempty"`
	Notes               string `json:"notes,omitempty"`
}

type ndRegistration struct {
	Code        string `json:"code"`
	Description string `json:"description"`
	StartDate   string `json:"startDate,omitempty"`
	ReviewDate  string `json:"reviewDate,omitempty"`
	Notes       string `json:"notes,omitempty"`
}

type ndSupervision struct {
	Number             int32               `json:"number"`
	Active             bool                `json:"active"`
	Date               string              `json:"date"`
	Sentence           ndSentence          `json:"sentence"`
	MainOffence        ndOffence           `json:"mainOffence"`
	AdditionalOffences []ndOffence         `json:"additionalOffences"`
	CourtAppearances   []ndCourtAppearance `json:"courtAppearances"`
}

type ndSentence struct {
	Description string `json:"description"`
	Date        string `json:"date"`
	Length      int32  `json:"length,omitempty"`
	LengthUnits string `json:"lengthUnits,omitempty"`
	Custodial   bool   `json:"custodial"`
}

type ndOffence struct {
	Code        string `json:"code"`
	Description string `json:"description"`
	Date        string `json:"date,omitempty"`
	Count       int32  `json:"count"`
}

type ndCourtAppearance struct {
	Court string `json:"court"`
	Date  string `json:"date"`
	Type  string `json:"type,omitempty"`
	Plea  string `json:"plea,omitempty"`
}

// probationCase finds the person behind the crn path parameter, answering 404
// (or an injected "ndelius" failure) itself when it returns nil.
func (s *server) probationCase(w http.ResponseWriter, r *http.Request) *Person {
	crn := chi.URLParam(r, "crn")
	p := s.world.ByCRN(crn)
	if p == nil || !onProbation(p) {
		writeError(w, hmppsError, http.StatusNotFound, "Person with crn of "+crn+" not found", "Person with crn of "+crn+" not found")
		return nil
	}
	if failed(w, r, p, "ndelius", hmppsError) {
		return nil
	}
	return p
}

func (s *server) caseSupervisions(w http.ResponseWriter, r *http.Request) {
	p := s.probationCase(w, r)
	if p == nil {
		return
	}
	rec := p.Probation.Records
	m := p.Probation.Manager
	out := ndSupervisionResponse{
		CommunityManager: ndManager{
			Code: m.StaffCode, Name: ndName{Forename: m.Forenames, Surname: m.Surname},
			Email: rec.ManagerEmail, TelephoneNumber: rec.ManagerTelephone, Allocated: !m.Unallocated,
			Team: ndTeam{
				Code: m.TeamCode, Description: m.TeamDescription, Email: rec.TeamEmail, TelephoneNumber: rec.TeamTelephone,
				Provider: ndCodedValue{Code: m.ProbationAreaCode, Description: m.ProbationAreaDesc},
			},
		},
		DynamicRisks: registrations(rec.DynamicRisks),
		PersonStatus: registrations(rec.PersonStatus),
		Supervisions: []ndSupervision{},
	}
	if mp := rec.Mappa; mp != nil {
		out.MappaDetail = &ndMappaDetail{
			Level: mp.Level, LevelDescription: mp.LevelDescription, Category: mp.Category, CategoryDescription: mp.CategoryDescription,
			StartDate: fmtDate(mp.Start), ReviewDate: fmtDate(mp.Review), Notes: mp.Notes,
		}
	}
	for _, e := range rec.Events {
		sup := ndSupervision{
			Number: e.Number, Active: e.Active, Date: fmtDate(e.Date),
			Sentence: ndSentence{
				Description: e.Sentence.Description, Date: fmtDate(e.Sentence.Date), Length: e.Sentence.Length,
				LengthUnits: e.Sentence.LengthUnits, Custodial: e.Sentence.Custodial,
			},
			MainOffence:        toNDOffence(e.MainOffence),
			AdditionalOffences: []ndOffence{},
			CourtAppearances:   []ndCourtAppearance{},
		}
		for _, o := range e.AdditionalOffences {
			sup.AdditionalOffences = append(sup.AdditionalOffences, toNDOffence(o))
		}
		for _, h := range e.Hearings {
			sup.CourtAppearances = append(sup.CourtAppearances, ndCourtAppearance{Court: h.Court, Date: fmtDateTime(h.At), Type: h.Type, Plea: h.Plea})
		}
		out.Supervisions = append(out.Supervisions, sup)
	}
	writeJSON(w, http.StatusOK, out)
}

func registrations(in []Registration) []ndRegistration {
	out := []ndRegistration{}
	for _, r := range in {
		out = append(out, ndRegistration{Code: r.Code, Description: r.Description, StartDate: fmtDate(r.Start), ReviewDate: fmtDate(r.Review), Notes: r.Notes})
	}
	return out
}

func toNDOffence(o EventOffence) ndOffence {
	count := o.Count
	if count == 0 {
		count = 1
	}
	return ndOffence{Code: o.Code, Description: o.Description, Date: fmtDate(o.Date), Count: count}
}
