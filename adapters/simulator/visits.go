package simulator

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

// Manage-prison-visits orchestration (x4020-manage-prison-visits.prism.json):
// a visit by reference, the paged search, and a prisoner's future visits.

// PrisonVisit is a visit booked through the visits service. Times are UK
// wall-clock times, written in winter months so they read the same in UTC.
type PrisonVisit struct {
	Reference            string // e.g. v9-d7-ed-7u
	ApplicationReference string
	PrisonerNumber       string
	PrisonID             string
	SessionTemplate      string
	Room                 string
	Type                 string // SOCIAL
	Status               string // BOOKED | CANCELLED
	Outcome              string // "" while it has none
	Restriction          string // OPEN | CLOSED
	Start, End           time.Time
	Notes                [][2]string // {type, text}
	ContactName          string
	ContactPhone         string
	ContactEmail         string
	Visitors             []int64 // NOMIS person ids; the first is the main contact
	Support              string
	Created, Modified    time.Time
}

// fixturePrisonVisits are the visits of the default world. The seed's visit
// v9-d7-ed-7u belongs to the seed person.
func fixturePrisonVisits() []PrisonVisit {
	return []PrisonVisit{
		{Reference: "v9-d7-ed-7u", ApplicationReference: "dfs-wjs-eqr", PrisonerNumber: "A1234AA", PrisonID: Moorland,
			SessionTemplate: "v9d.7ed.7u", Room: "Visits Main Hall", Type: "SOCIAL", Status: "BOOKED", Restriction: "OPEN",
			Start: at(2030, time.January, 15, 10, 30), End: at(2030, time.January, 15, 11, 30),
			Notes:       [][2]string{{"VISITOR_CONCERN", "Visitor is concerned that his mother in-law is coming!"}},
			ContactName: "John Smith", ContactPhone: "01234 567890", ContactEmail: "email@example.com",
			Visitors: []int64{123456, 123457}, Support: "Visually impaired assistance",
			Created: at(2026, time.November, 2, 9, 15), Modified: at(2026, time.November, 3, 14, 20)},
		{Reference: "kq-bw-lx-3p", ApplicationReference: "prq-mvd-kew", PrisonerNumber: "A1234AA", PrisonID: Moorland,
			SessionTemplate: "k3b.wlx.3p", Room: "Visits Main Hall", Type: "SOCIAL", Status: "CANCELLED", Outcome: "VISITOR_CANCELLED",
			Restriction: "OPEN", Start: at(2030, time.February, 1, 14, 0), End: at(2030, time.February, 1, 15, 0),
			Notes:       [][2]string{{"VISIT_OUTCOMES", "Visitor unwell."}},
			ContactName: "John Smith", ContactPhone: "01234 567890",
			Visitors: []int64{123456}, Created: at(2026, time.November, 4, 10, 0), Modified: at(2026, time.November, 20, 8, 45)},
		{Reference: "ht-rd-wq-9m", ApplicationReference: "zxa-qwe-rty", PrisonerNumber: "A1234AA", PrisonID: Moorland,
			SessionTemplate: "h7r.dwq.9m", Room: "Visits Main Hall", Type: "SOCIAL", Status: "BOOKED", Outcome: "COMPLETED_NORMALLY",
			Restriction: "OPEN", Start: at(2025, time.December, 6, 10, 0), End: at(2025, time.December, 6, 11, 0),
			ContactName: "Mary Morgan", Visitors: []int64{123457},
			Created: at(2025, time.November, 20, 16, 5), Modified: at(2025, time.December, 6, 11, 5)},
		{Reference: "mb-ds-tz-4k", ApplicationReference: "lkj-hgf-dsa", PrisonerNumber: "A4578BX", PrisonID: Moorland,
			SessionTemplate: "m4b.dst.4k", Room: "Visits Hall 2", Type: "SOCIAL", Status: "BOOKED", Restriction: "CLOSED",
			Start: at(2030, time.January, 16, 9, 0), End: at(2030, time.January, 16, 10, 0),
			ContactName: "Denise Reid", ContactEmail: "denise.reid@example.com", Visitors: []int64{223344},
			Created: at(2026, time.November, 10, 12, 0), Modified: at(2026, time.November, 10, 12, 0)},
		{Reference: "le-ed-sv-1a", ApplicationReference: "poi-uyt-rew", PrisonerNumber: "G8133UA", PrisonID: Leeds,
			SessionTemplate: "l1e.eds.1a", Room: "Leeds Visits Hall", Type: "SOCIAL", Status: "BOOKED", Restriction: "OPEN",
			Start: at(2030, time.January, 20, 13, 30), End: at(2030, time.January, 20, 14, 30),
			ContactName: "Ann Bloggs", ContactPhone: "0113 496 0000", Visitors: []int64{334455},
			Created: at(2026, time.November, 12, 9, 0), Modified: at(2026, time.November, 12, 9, 0)},
	}
}

func (s *server) visitsRoutes(r chi.Router) {
	r.Get("/visits/search", s.visitSearch)
	r.Get("/visits/search/future/{prisonerId}", s.futureVisits)
	r.Get("/visits/{reference}", s.visitByReference)
}

type vsContact struct {
	Name      string `json:"name"`
	Telephone string `json:"telephone,omitempty"`
	Email     string `json:"email,omitempty"`
}

type vsNote struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

type vsVisitor struct {
	NomisPersonID int64 `json:"nomisPersonId"`
	VisitContact  bool  `json:"visitContact"`
}

type vsSupport struct {
	Description string `json:"description"`
}

type vsVisit struct {
	ApplicationReference     string      `json:"applicationReference"`
	Reference                string      `json:"reference"`
	PrisonerID               string      `json:"prisonerId"`
	PrisonID                 string      `json:"prisonId"`
	PrisonName               string      `json:"prisonName,omitempty"`
	SessionTemplateReference string      `json:"sessionTemplateReference,omitempty"`
	VisitRoom                string      `json:"visitRoom"`
	VisitType                string      `json:"visitType"`
	VisitStatus              string      `json:"visitStatus"`
	OutcomeStatus            string      `json:"outcomeStatus,omitempty"`
	VisitRestriction         string      `json:"visitRestriction"`
	StartTimestamp           string      `json:"startTimestamp"`
	EndTimestamp             string      `json:"endTimestamp"`
	VisitNotes               []vsNote    `json:"visitNotes"`
	VisitContact             *vsContact  `json:"visitContact,omitempty"`
	Visitors                 []vsVisitor `json:"visitors"`
	VisitorSupport           *vsSupport  `json:"visitorSupport,omitempty"`
	CreatedTimestamp         string      `json:"createdTimestamp"`
	ModifiedTimestamp        string      `json:"modifiedTimestamp"`
	FirstBookedDateTime      string      `json:"firstBookedDateTime,omitempty"`
}

func (s *server) toVSVisit(v PrisonVisit) vsVisit {
	out := vsVisit{
		ApplicationReference: v.ApplicationReference, Reference: v.Reference, PrisonerID: v.PrisonerNumber,
		PrisonID: v.PrisonID, PrisonName: s.world.PrisonName(v.PrisonID), SessionTemplateReference: v.SessionTemplate,
		VisitRoom: v.Room, VisitType: v.Type, VisitStatus: v.Status, OutcomeStatus: v.Outcome, VisitRestriction: v.Restriction,
		StartTimestamp: fmtDateTime(v.Start), EndTimestamp: fmtDateTime(v.End),
		VisitNotes: []vsNote{}, Visitors: []vsVisitor{},
		CreatedTimestamp: fmtDateTime(v.Created), ModifiedTimestamp: fmtDateTime(v.Modified), FirstBookedDateTime: fmtDateTime(v.Created),
	}
	for _, n := range v.Notes {
		out.VisitNotes = append(out.VisitNotes, vsNote{Type: n[0], Text: n[1]})
	}
	if v.ContactName != "" {
		out.VisitContact = &vsContact{Name: v.ContactName, Telephone: v.ContactPhone, Email: v.ContactEmail}
	}
	for i, id := range v.Visitors {
		out.Visitors = append(out.Visitors, vsVisitor{NomisPersonID: id, VisitContact: i == 0})
	}
	if v.Support != "" {
		out.VisitorSupport = &vsSupport{Description: v.Support}
	}
	return out
}

func (s *server) visitByReference(w http.ResponseWriter, r *http.Request) {
	ref := chi.URLParam(r, "reference")
	for _, v := range s.world.PrisonVisits {
		if v.Reference == ref {
			writeJSON(w, http.StatusOK, s.toVSVisit(v))
			return
		}
	}
	writeError(w, hmppsError, http.StatusNotFound, "Visit reference "+ref+" not found", "Visit reference "+ref+" not found")
}

// visitSearch filters by prison, prisoner, status (visitStatus may repeat or
// be comma separated) and start date, newest first, in zero-based pages.
func (s *server) visitSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	page, errPage := strconv.Atoi(q.Get("page"))
	size, errSize := strconv.Atoi(q.Get("size"))
	var statuses []string
	for _, v := range q["visitStatus"] {
		statuses = append(statuses, strings.Split(v, ",")...)
	}
	from, errFrom := parseDate(q.Get("visitStartDate"))
	to, errTo := parseDate(q.Get("visitEndDate"))
	if errPage != nil || errSize != nil || page < 0 || size < 1 || len(statuses) == 0 || errFrom != nil || errTo != nil {
		writeError(w, hmppsError, http.StatusBadRequest, "Invalid search", "page (0 or more), size (1 or more) and visitStatus are required; dates are yyyy-MM-dd")
		return
	}
	var found []vsVisit
	for _, v := range s.world.PrisonVisits {
		startDay := day(v.Start.Year(), v.Start.Month(), v.Start.Day())
		switch {
		case q.Get("prisonId") != "" && v.PrisonID != q.Get("prisonId"),
			q.Get("prisonerId") != "" && v.PrisonerNumber != q.Get("prisonerId"),
			!slices.Contains(statuses, v.Status),
			!from.IsZero() && startDay.Before(from),
			!to.IsZero() && startDay.After(to):
			continue
		}
		found = append(found, s.toVSVisit(v))
	}
	slices.SortStableFunc(found, func(a, b vsVisit) int { return strings.Compare(b.StartTimestamp, a.StartTimestamp) })
	writeJSON(w, http.StatusOK, newPage(found, page, size))
}

// futureVisits lists the prisoner's booked visits starting from now, soonest first.
func (s *server) futureVisits(w http.ResponseWriter, r *http.Request) {
	noms := chi.URLParam(r, "prisonerId")
	if p := s.world.ByPrisonerNumber(noms); failed(w, r, p, "visits", hmppsError) {
		return
	}
	now := s.now()
	out := []vsVisit{}
	for _, v := range s.world.PrisonVisits {
		if v.PrisonerNumber == noms && v.Status == "BOOKED" && v.Start.After(now) {
			out = append(out, s.toVSVisit(v))
		}
	}
	slices.SortStableFunc(out, func(a, b vsVisit) int { return strings.Compare(a.StartTimestamp, b.StartTimestamp) })
	writeJSON(w, http.StatusOK, out)
}
