package simulator

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

// Case Notes API (case-notes.prism.json) and Prisoner Alerts API
// (x4022-alerts-api.prism.json), as the prison-case-notes-to-probation worker
// calls them: the detail URLs of domain events, and the back-fill searches.
// The records are the fact sheet's §1.3 examples and §8 scenarios.

// CaseNote is a DPS case note.
type CaseNote struct {
	ID                 string // UUID
	LegacyID           int64  // NOMIS id (eventId)
	PrisonerNumber     string
	Type, SubType      string
	TypeDescription    string
	SubTypeDescription string
	Created, Occurred  time.Time
	AuthorName         string
	AuthorUsername     string
	Text               string
	LocationID         string
	Sensitive          bool
	Amendments         []CaseNoteAmendment
}

// CaseNoteAmendment is text added to a case note later.
type CaseNoteAmendment struct {
	Created        time.Time
	AuthorName     string
	AuthorUsername string
	Text           string
}

// PrisonerAlert is an alert of the Prisoner Alerts API (DPS), not the NOMIS
// alert prison-api serves.
type PrisonerAlert struct {
	UUID                   string
	PrisonerNumber         string
	TypeCode, TypeDesc     string
	Code, CodeDesc         string
	Description            string
	ActiveFrom, ActiveTo   time.Time // ActiveTo zero: indefinitely
	Created                time.Time
	CreatedBy, CreatedName string
	Modified               time.Time // zero: never
	ModifiedBy, ModifiedNm string
	ActiveToLastSetAt      time.Time
	PrisonCodeWhenCreated  string
}

// IsActive is how the Alerts API derives isActive: started and not yet ended.
func (a PrisonerAlert) IsActive(today time.Time) bool {
	return !a.ActiveFrom.After(today) && (a.ActiveTo.IsZero() || a.ActiveTo.After(today))
}

// CaseNoteByID finds a case note of a prisoner.
func (w *World) CaseNoteByID(noms, id string) *CaseNote {
	w.mu.RLock()
	defer w.mu.RUnlock()
	for i := range w.CaseNotes {
		if n := &w.CaseNotes[i]; n.PrisonerNumber == noms && strings.EqualFold(n.ID, id) {
			return n
		}
	}
	return nil
}

// AlertByUUID finds a prisoner alert.
func (w *World) AlertByUUID(id string) *PrisonerAlert {
	w.mu.RLock()
	defer w.mu.RUnlock()
	for i := range w.PrisonerAlerts {
		if a := &w.PrisonerAlerts[i]; strings.EqualFold(a.UUID, id) {
			return a
		}
	}
	return nil
}

func (s *server) caseNotesRoutes(r chi.Router) {
	r.Get("/case-notes/{personIdentifier}/{caseNoteIdentifier}", s.getCaseNote)
	r.Post("/search/case-notes/{personIdentifier}", s.searchCaseNotes)
}

func (s *server) alertsAPIRoutes(r chi.Router) {
	r.Get("/alerts/{alertUuid}", s.getPrisonerAlert)
	r.Get("/prisoners/{prisonNumber}/alerts", s.getPrisonerAlerts)
}

type cnCaseNote struct {
	CaseNoteID         string        `json:"caseNoteId"`
	EventID            int64         `json:"eventId"`
	LegacyID           int64         `json:"legacyId"`
	OffenderIdentifier string        `json:"offenderIdentifier"`
	Type               string        `json:"type"`
	TypeDescription    string        `json:"typeDescription"`
	SubType            string        `json:"subType"`
	SubTypeDescription string        `json:"subTypeDescription"`
	Source             string        `json:"source"`
	CreationDateTime   string        `json:"creationDateTime"`
	OccurrenceDateTime string        `json:"occurrenceDateTime"`
	AuthorName         string        `json:"authorName"`
	AuthorUserID       string        `json:"authorUserId"`
	AuthorUsername     string        `json:"authorUsername"`
	Text               string        `json:"text"`
	LocationID         string        `json:"locationId,omitempty"`
	Sensitive          bool          `json:"sensitive"`
	SystemGenerated    bool          `json:"systemGenerated"`
	Amendments         []cnAmendment `json:"amendments"`
}

type cnAmendment struct {
	CreationDateTime   string `json:"creationDateTime"`
	AuthorName         string `json:"authorName"`
	AuthorUserName     string `json:"authorUserName"`
	AdditionalNoteText string `json:"additionalNoteText"`
}

type cnSearchResponse struct {
	Content      []cnCaseNote `json:"content"`
	HasCaseNotes bool         `json:"hasCaseNotes"`
	Metadata     cnPageMeta   `json:"metadata"`
}

type cnPageMeta struct {
	Page          int `json:"page"`
	Size          int `json:"size"`
	TotalElements int `json:"totalElements"`
}

type cnSearchRequest struct {
	TypeSubTypes []struct {
		Type     string   `json:"type"`
		SubTypes []string `json:"subTypes"`
	} `json:"typeSubTypes"`
	IncludeSensitive *bool `json:"includeSensitive"`
	Page             int   `json:"page"`
	Size             int   `json:"size"`
}

func toCNCaseNote(n *CaseNote) cnCaseNote {
	out := cnCaseNote{
		CaseNoteID: n.ID, EventID: n.LegacyID, LegacyID: n.LegacyID, OffenderIdentifier: n.PrisonerNumber,
		Type: n.Type, TypeDescription: n.TypeDescription, SubType: n.SubType, SubTypeDescription: n.SubTypeDescription,
		Source: "INST", CreationDateTime: fmtDateTime(n.Created), OccurrenceDateTime: fmtDateTime(n.Occurred),
		AuthorName: n.AuthorName, AuthorUserID: n.AuthorUsername, AuthorUsername: n.AuthorUsername,
		Text: n.Text, LocationID: n.LocationID, Sensitive: n.Sensitive, Amendments: []cnAmendment{},
	}
	for _, a := range n.Amendments {
		out.Amendments = append(out.Amendments, cnAmendment{
			CreationDateTime: fmtDateTime(a.Created), AuthorName: a.AuthorName, AuthorUserName: a.AuthorUsername, AdditionalNoteText: a.Text,
		})
	}
	return out
}

func (s *server) getCaseNote(w http.ResponseWriter, r *http.Request) {
	noms, id := chi.URLParam(r, "personIdentifier"), chi.URLParam(r, "caseNoteIdentifier")
	n := s.world.CaseNoteByID(noms, id)
	if n == nil {
		n = benchCaseNote(noms, id)
	}
	if n == nil {
		writeError(w, hmppsError, http.StatusNotFound, "Case note not found", "Case note "+id+" not found for "+noms)
		return
	}
	writeJSON(w, http.StatusOK, toCNCaseNote(n))
}

// searchCaseNotes filters by type/subtypes (no subtypes: any) and sensitivity,
// newest occurrence first, one page.
func (s *server) searchCaseNotes(w http.ResponseWriter, r *http.Request) {
	var req cnSearchRequest
	if err := decodeJSON(r, &req); err != nil {
		writeError(w, hmppsError, http.StatusBadRequest, "Validation failure", err.Error())
		return
	}
	if req.Size < 1 {
		req.Size = 10
	}
	noms := chi.URLParam(r, "personIdentifier")
	wanted := func(n *CaseNote) bool {
		if n.PrisonerNumber != noms || (n.Sensitive && req.IncludeSensitive != nil && !*req.IncludeSensitive) {
			return false
		}
		if len(req.TypeSubTypes) == 0 {
			return true
		}
		for _, ts := range req.TypeSubTypes {
			if ts.Type == n.Type && (len(ts.SubTypes) == 0 || containsString(ts.SubTypes, n.SubType)) {
				return true
			}
		}
		return false
	}
	s.world.mu.RLock()
	var found []cnCaseNote
	for i := range s.world.CaseNotes {
		if n := &s.world.CaseNotes[i]; wanted(n) {
			found = append(found, toCNCaseNote(n))
		}
	}
	s.world.mu.RUnlock()
	// Newest first: the list is kept oldest first.
	for i, j := 0, len(found)-1; i < j; i, j = i+1, j-1 {
		found[i], found[j] = found[j], found[i]
	}
	total := len(found)
	start := min(max(req.Page-1, 0)*req.Size, total) // pages count from 1 here
	end := min(start+req.Size, total)
	writeJSON(w, http.StatusOK, cnSearchResponse{
		Content: append([]cnCaseNote{}, found[start:end]...), HasCaseNotes: total > 0,
		Metadata: cnPageMeta{Page: req.Page, Size: req.Size, TotalElements: total},
	})
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

type alAlert struct {
	AlertUUID                 string      `json:"alertUuid"`
	PrisonNumber              string      `json:"prisonNumber"`
	AlertCode                 alAlertCode `json:"alertCode"`
	Description               string      `json:"description,omitempty"`
	ActiveFrom                string      `json:"activeFrom"`
	ActiveTo                  string      `json:"activeTo,omitempty"`
	IsActive                  bool        `json:"isActive"`
	CreatedAt                 string      `json:"createdAt"`
	CreatedBy                 string      `json:"createdBy"`
	CreatedByDisplayName      string      `json:"createdByDisplayName"`
	LastModifiedAt            string      `json:"lastModifiedAt,omitempty"`
	LastModifiedBy            string      `json:"lastModifiedBy,omitempty"`
	LastModifiedByDisplayName string      `json:"lastModifiedByDisplayName,omitempty"`
	ActiveToLastSetAt         string      `json:"activeToLastSetAt,omitempty"`
	PrisonCodeWhenCreated     string      `json:"prisonCodeWhenCreated,omitempty"`
}

type alAlertCode struct {
	AlertTypeCode        string `json:"alertTypeCode"`
	AlertTypeDescription string `json:"alertTypeDescription"`
	Code                 string `json:"code"`
	Description          string `json:"description"`
}

func (s *server) toAlAlert(a *PrisonerAlert) alAlert {
	return alAlert{
		AlertUUID: a.UUID, PrisonNumber: a.PrisonerNumber,
		AlertCode:   alAlertCode{AlertTypeCode: a.TypeCode, AlertTypeDescription: a.TypeDesc, Code: a.Code, Description: a.CodeDesc},
		Description: a.Description, ActiveFrom: fmtDate(a.ActiveFrom), ActiveTo: fmtDate(a.ActiveTo),
		IsActive:  a.IsActive(s.now()),
		CreatedAt: fmtDateTime(a.Created), CreatedBy: a.CreatedBy, CreatedByDisplayName: a.CreatedName,
		LastModifiedAt: fmtDateTime(a.Modified), LastModifiedBy: a.ModifiedBy, LastModifiedByDisplayName: a.ModifiedNm,
		ActiveToLastSetAt: fmtDateTime(a.ActiveToLastSetAt), PrisonCodeWhenCreated: a.PrisonCodeWhenCreated,
	}
}

func (s *server) getPrisonerAlert(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "alertUuid")
	a := s.world.AlertByUUID(id)
	if a == nil {
		writeError(w, hmppsError, http.StatusNotFound, "Not found", "Could not find alert with uuid "+id)
		return
	}
	writeJSON(w, http.StatusOK, s.toAlAlert(a))
}

// getPrisonerAlerts serves one page holding every alert, filtered by isActive when given.
func (s *server) getPrisonerAlerts(w http.ResponseWriter, r *http.Request) {
	noms := chi.URLParam(r, "prisonNumber")
	activeOnly := r.URL.Query().Get("isActive")
	s.world.mu.RLock()
	alerts := []alAlert{}
	for i := range s.world.PrisonerAlerts {
		a := &s.world.PrisonerAlerts[i]
		if a.PrisonerNumber != noms {
			continue
		}
		if activeOnly != "" && (activeOnly == "true") != a.IsActive(s.now()) {
			continue
		}
		alerts = append(alerts, s.toAlAlert(a))
	}
	s.world.mu.RUnlock()
	writeJSON(w, http.StatusOK, newPage(alerts, 0, max(len(alerts), 1)))
}

// Fixture records: the case notes and alerts of the original's dev fixtures
// (case-note-new-to-delius.json, case-note-exists-in-delius.json,
// alert-*.json, noms-number-added.json) and the §8 scenarios.
const (
	NewToDeliusCaseNote    = "2cf4f9e1-df22-49a1-a2a7-5968a96529e3"
	ExistsInDeliusCaseNote = "0ec15f8b-6b57-471f-b02a-c89169a6a3e5"
	ResettlementCaseNote   = "6c7bbf1b-9c0a-4ad7-9a43-3a7dcd5b2d41"
	AlertCreated           = "01954cfe-9f5a-7ea3-837b-a1770b389c5b"
	AlertUpdatedInactive   = "424e52e8-1971-4622-8d2d-4b4466c771fd"
	AlertMadeInactive      = "62c811b1-f3f2-432f-abbd-ca06b9190d4d"
)

// BenchCaseNotePrefix starts the ids of the case notes the simulator makes
// up for load tests (bench/worker): any id of this prefix names a distinct
// GEN OSE case note of AA0001A, the same on every fetch, so a benchmark can
// publish as many case-note events as it likes without seeding the world.
const BenchCaseNotePrefix = "b0000000-0000-4000-8000-"

// BenchCaseNoteID is the id of generated case note n (0 ≤ n < 10¹²).
func BenchCaseNoteID(n int64) string { return fmt.Sprintf("%s%012d", BenchCaseNotePrefix, n) }

// benchCaseNote is the generated case note id names, or nil if id is not a
// benchmark id of AA0001A. It is not kept in the World: a long run would
// otherwise grow the simulator by every case note it served.
func benchCaseNote(noms, id string) *CaseNote {
	suffix, ok := strings.CutPrefix(strings.ToLower(id), BenchCaseNotePrefix)
	if !ok || noms != "AA0001A" || len(suffix) != 12 {
		return nil
	}
	n, err := strconv.ParseInt(suffix, 10, 64)
	if err != nil || n < 0 {
		return nil
	}
	at := time.Date(2024, time.March, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(n%100_000) * time.Minute)
	return &CaseNote{
		ID: BenchCaseNoteID(n), LegacyID: 900_000_000_000 + n, PrisonerNumber: "AA0001A",
		Type: "GEN", SubType: "OSE", TypeDescription: "General", SubTypeDescription: "Case - Note Sheet Entry",
		Created: at.Add(time.Minute), Occurred: at, AuthorName: "John Smith", AuthorUsername: "JSMITH",
		Text: "Benchmark case note " + strconv.FormatInt(n, 10) + ".", LocationID: "LEI",
	}
}

func fixtureCaseNotes() []CaseNote {
	// bst is UK summer time, when every example below happened.
	bst := func(y int, m time.Month, d, hh, mm, ss int) time.Time {
		return time.Date(y, m, d, hh, mm, ss, 0, time.UTC).Add(-time.Hour)
	}
	marcus := func(id string, legacy int64, typ, sub, loc, text string, day int) CaseNote {
		return CaseNote{
			ID: id, LegacyID: legacy, PrisonerNumber: "A4578BX", Type: typ, SubType: sub, TypeDescription: typ, SubTypeDescription: sub,
			Created: bst(2024, time.June, day, 10, 0, 0), Occurred: bst(2024, time.June, day, 9, 30, 0),
			AuthorName: "Peter Field", AuthorUsername: "PFIELD", Text: text, LocationID: loc,
		}
	}
	return []CaseNote{
		{
			ID: NewToDeliusCaseNote, LegacyID: 2222, PrisonerNumber: "AA0001A",
			Type: "NEG", SubType: "IEP_WARN", TypeDescription: "Negative Behaviours", SubTypeDescription: "Incentive Warning",
			Created: time.Date(2022, time.October, 18, 7, 19, 19, 451579000, time.UTC), Occurred: time.Date(2022, time.October, 18, 7, 19, 19, 451579000, time.UTC),
			AuthorName: "John Smith", AuthorUsername: "JSMITH", Text: "Warned about behaviour on the wing.", LocationID: "LEI",
		},
		{
			ID: ExistsInDeliusCaseNote, LegacyID: 1111, PrisonerNumber: "AA0001A",
			Type: "GEN", SubType: "OSE", TypeDescription: "General", SubTypeDescription: "Case - Note Sheet Entry",
			Created: bst(2022, time.October, 18, 8, 19, 19), Occurred: bst(2022, time.October, 18, 8, 0, 0),
			AuthorName: "John Smith", AuthorUsername: "JSMITH", Text: "Attended the offender supervision entry meeting.", LocationID: "LEI",
			Amendments: []CaseNoteAmendment{{
				Created: bst(2022, time.October, 19, 11, 12, 13), AuthorName: "Ann Other", AuthorUsername: "AOTHER",
				Text: "Meeting notes added.",
			}},
		},
		{
			ID: ResettlementCaseNote, LegacyID: 3333, PrisonerNumber: "AA0001A",
			Type: "RESET", SubType: "BCST", TypeDescription: "Resettlement", SubTypeDescription: "BCST",
			Created: bst(2024, time.June, 3, 10, 0, 0), Occurred: bst(2024, time.June, 3, 9, 0, 0),
			AuthorName: "John Smith", AuthorUsername: "JSMITH", Text: "Case note summary from Accommodation report: housing arranged.", LocationID: "LEI",
		},
		// Marcus Reid's history, found by the back-fill: four to copy, one skipped
		// while he was being transferred, one of no interest.
		marcus("5b0a1f0e-1c39-4e54-9b0e-4f7b1b0d0a01", 4001, "PRISON", "RELEASE", "MDI", "Released on temporary licence.", 1),
		marcus("5b0a1f0e-1c39-4e54-9b0e-4f7b1b0d0a02", 4002, "TRANSFER", "FROMTOL", "MDI", "Returned from temporary licence.", 2),
		marcus("5b0a1f0e-1c39-4e54-9b0e-4f7b1b0d0a03", 4003, "GEN", "OSE", "TRN", "In transit to Moorland.", 3),
		marcus("5b0a1f0e-1c39-4e54-9b0e-4f7b1b0d0a04", 4004, "KA", "KS", "MDI", "Key worker session held.", 4),
		marcus("5b0a1f0e-1c39-4e54-9b0e-4f7b1b0d0a05", 4005, "OMIC", "GEN", "MDI", "POM handover discussed.", 5),
		marcus("5b0a1f0e-1c39-4e54-9b0e-4f7b1b0d0a06", 4006, "ACP", "POS", "MDI", "Not sent to probation.", 6),
	}
}

func fixturePrisonerAlerts() []PrisonerAlert {
	feb := func(d, hh, mm, ss int) time.Time {
		return time.Date(2025, time.February, d, hh, mm, ss, 224170000, time.UTC)
	}
	return []PrisonerAlert{
		{
			UUID: AlertCreated, PrisonerNumber: "AA0001A", TypeCode: "V", TypeDesc: "Vulnerability", Code: "OVI", CodeDesc: "Victim of intimidation",
			Description: "Threatened by other prisoners on the wing.", ActiveFrom: day(2025, time.February, 27),
			Created: feb(28, 14, 38, 30), CreatedBy: "JSMITH", CreatedName: "John Smith", PrisonCodeWhenCreated: "LEI",
		},
		{
			UUID: AlertUpdatedInactive, PrisonerNumber: "AA0001A", TypeCode: "V", TypeDesc: "Vulnerability", Code: "OVI", CodeDesc: "Victim of intimidation",
			Description: "No longer at risk after moving wings.", ActiveFrom: day(2025, time.February, 20), ActiveTo: day(2025, time.February, 28),
			Created: feb(20, 9, 0, 0), CreatedBy: "JSMITH", CreatedName: "John Smith",
			Modified: feb(28, 14, 38, 30), ModifiedBy: "JDOE", ModifiedNm: "Jane Doe", ActiveToLastSetAt: feb(28, 14, 38, 30),
			PrisonCodeWhenCreated: "LEI",
		},
		{
			UUID: AlertMadeInactive, PrisonerNumber: "AA0001A", TypeCode: "V", TypeDesc: "Vulnerability", Code: "OVI", CodeDesc: "Victim of intimidation",
			Description: "Alert ended.", ActiveFrom: day(2025, time.February, 1), ActiveTo: day(2025, time.February, 28),
			Created: feb(1, 8, 0, 0), CreatedBy: "JSMITH", CreatedName: "John Smith", ActiveToLastSetAt: feb(28, 14, 38, 30),
			PrisonCodeWhenCreated: "LEI",
		},
		{
			UUID: "7d2e4f1a-3b5c-4d6e-8f90-a1b2c3d4e5f6", PrisonerNumber: "A4578BX", TypeCode: "S", TypeDesc: "Security", Code: "SE", CodeDesc: "Escape risk",
			Description: "Assessed as an escape risk.", ActiveFrom: day(2024, time.May, 20),
			Created: time.Date(2024, time.May, 20, 9, 0, 0, 0, time.UTC), CreatedBy: "PFIELD", CreatedName: "Peter Field", PrisonCodeWhenCreated: "MDI",
		},
		{
			UUID: "7d2e4f1a-3b5c-4d6e-8f90-a1b2c3d4e5f7", PrisonerNumber: "A4578BX", TypeCode: "D", TypeDesc: "Security", Code: "DOCGM", CodeDesc: "OCG Nominal",
			Description: "Never shared with probation.", ActiveFrom: day(2024, time.May, 21),
			Created: time.Date(2024, time.May, 21, 9, 0, 0, 0, time.UTC), CreatedBy: "PFIELD", CreatedName: "Peter Field", PrisonCodeWhenCreated: "MDI",
		},
	}
}
