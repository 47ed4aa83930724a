package simulator

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

// Non-associations API (x4018-non-associations.prism.json): the prisoners a
// prisoner must be kept apart from.

// NonAssociation keeps two prisoners apart. Each side has its own role.
type NonAssociation struct {
	ID                  int64
	First, Second       string // NOMS numbers
	FirstRole           string // VICTIM | PERPETRATOR | NOT_RELEVANT | UNKNOWN
	SecondRole          string
	Reason              string // e.g. BULLYING
	Restriction         string // CELL | LANDING | WING
	Comment             string
	AuthorisedBy        string
	Created             time.Time
	Closed              time.Time // zero: still open
	ClosedBy, ClosedWhy string
}

var (
	naRoles        = map[string]string{"VICTIM": "Victim", "PERPETRATOR": "Perpetrator", "NOT_RELEVANT": "Not relevant", "UNKNOWN": "Unknown"}
	naReasons      = map[string]string{"BULLYING": "Bullying", "GANG_RELATED": "Gang related", "THREAT": "Threat", "VIOLENCE": "Violence", "OTHER": "Other"}
	naRestrictions = map[string]string{"CELL": "Cell only", "LANDING": "Cell and landing", "WING": "Cell, landing and wing"}
)

// fixtureNonAssociations: the seed person must be kept from Marcus Reid
// (open, and an older closed one) and once was from Fred Bloggs in Leeds.
func fixtureNonAssociations() []NonAssociation {
	return []NonAssociation{
		{ID: 9101, First: "A1234AA", Second: "A4578BX", FirstRole: "VICTIM", SecondRole: "PERPETRATOR", Reason: "BULLYING",
			Restriction: "CELL", Comment: "Threats made on the wing.", AuthorisedBy: "Security team", Created: at(2025, time.February, 3, 11, 0)},
		{ID: 9102, First: "A4578BX", Second: "A1234AA", FirstRole: "NOT_RELEVANT", SecondRole: "NOT_RELEVANT", Reason: "GANG_RELATED",
			Restriction: "WING", Comment: "Rival groups.", AuthorisedBy: "Wing manager", Created: at(2024, time.January, 10, 9, 0),
			Closed: at(2024, time.December, 1, 16, 0), ClosedBy: "SWHITFIELD", ClosedWhy: "No longer a concern."},
		{ID: 9103, First: "G8133UA", Second: "A1234AA", FirstRole: "PERPETRATOR", SecondRole: "VICTIM", Reason: "VIOLENCE",
			Restriction: "LANDING", Comment: "Fight at HMP Doncaster.", AuthorisedBy: "Security team", Created: at(2023, time.March, 2, 15, 0)},
	}
}

func (s *server) nonAssociationsRoutes(r chi.Router) {
	r.Get("/prisoner/{id}/non-associations", s.prisonerNonAssociations)
}

type naOther struct {
	PrisonerNumber  string `json:"prisonerNumber"`
	Role            string `json:"role"`
	RoleDescription string `json:"roleDescription"`
	FirstName       string `json:"firstName"`
	LastName        string `json:"lastName"`
	PrisonID        string `json:"prisonId,omitempty"`
	PrisonName      string `json:"prisonName,omitempty"`
	CellLocation    string `json:"cellLocation,omitempty"`
}

type naEntry struct {
	ID                         int64   `json:"id"`
	Role                       string  `json:"role"`
	RoleDescription            string  `json:"roleDescription"`
	Reason                     string  `json:"reason"`
	ReasonDescription          string  `json:"reasonDescription"`
	RestrictionType            string  `json:"restrictionType"`
	RestrictionTypeDescription string  `json:"restrictionTypeDescription"`
	Comment                    string  `json:"comment"`
	AuthorisedBy               string  `json:"authorisedBy"`
	WhenCreated                string  `json:"whenCreated"`
	WhenUpdated                string  `json:"whenUpdated"`
	UpdatedBy                  string  `json:"updatedBy"`
	IsClosed                   bool    `json:"isClosed"`
	ClosedBy                   string  `json:"closedBy,omitempty"`
	ClosedReason               string  `json:"closedReason,omitempty"`
	ClosedAt                   string  `json:"closedAt,omitempty"`
	IsOpen                     bool    `json:"isOpen"`
	OtherPrisonerDetails       naOther `json:"otherPrisonerDetails"`
}

type naPrisoner struct {
	PrisonerNumber  string    `json:"prisonerNumber"`
	FirstName       string    `json:"firstName"`
	LastName        string    `json:"lastName"`
	PrisonID        string    `json:"prisonId,omitempty"`
	PrisonName      string    `json:"prisonName,omitempty"`
	CellLocation    string    `json:"cellLocation,omitempty"`
	OpenCount       int       `json:"openCount"`
	ClosedCount     int       `json:"closedCount"`
	NonAssociations []naEntry `json:"nonAssociations"`
}

// prisonerNonAssociations lists open ones by default; includeClosed adds
// closed ones, and the other prisoner must be in the same prison unless
// includeOtherPrisons. Newest first, as the service's default sort.
func (s *server) prisonerNonAssociations(w http.ResponseWriter, r *http.Request) {
	noms := chi.URLParam(r, "id")
	p := s.world.ByPrisonerNumber(noms)
	if p == nil || !inPrisonSystem(p) {
		writeError(w, hmppsError, http.StatusNotFound, "Prisoner with prisoner number "+noms+" not found", "Prisoner with prisoner number "+noms+" not found")
		return
	}
	if failed(w, r, p, "non-associations", hmppsError) {
		return
	}
	q := r.URL.Query()
	flag := func(name string, def bool) (bool, bool) {
		v := q.Get(name)
		if v == "" {
			return def, true
		}
		b, err := strconv.ParseBool(v)
		return b, err == nil
	}
	open, ok1 := flag("includeOpen", true)
	closed, ok2 := flag("includeClosed", false)
	others, ok3 := flag("includeOtherPrisons", false)
	if !ok1 || !ok2 || !ok3 {
		writeError(w, hmppsError, http.StatusBadRequest, "Invalid flag", "includeOpen, includeClosed and includeOtherPrisons must be true or false")
		return
	}
	out := naPrisoner{PrisonerNumber: p.PrisonerNumber, FirstName: upper(p.FirstName), LastName: upper(p.LastName),
		PrisonID: p.Custody.PrisonID, PrisonName: s.world.PrisonName(p.Custody.PrisonID), CellLocation: p.Custody.CellLocation(),
		NonAssociations: []naEntry{}}
	for _, na := range s.world.NonAssociations {
		role, otherNoms, otherRole := na.FirstRole, na.Second, na.SecondRole
		switch {
		case strings.EqualFold(na.First, noms):
		case strings.EqualFold(na.Second, noms):
			role, otherNoms, otherRole = na.SecondRole, na.First, na.FirstRole
		default:
			continue
		}
		other := s.world.ByPrisonerNumber(otherNoms)
		if other == nil || !inPrisonSystem(other) || (!others && other.Custody.PrisonID != p.Custody.PrisonID) {
			continue
		}
		isOpen := na.Closed.IsZero()
		if isOpen {
			out.OpenCount++
		} else {
			out.ClosedCount++
		}
		if (isOpen && !open) || (!isOpen && !closed) {
			continue
		}
		updated := na.Created
		if !isOpen {
			updated = na.Closed
		}
		out.NonAssociations = append(out.NonAssociations, naEntry{
			ID: na.ID, Role: role, RoleDescription: naRoles[role], Reason: na.Reason, ReasonDescription: naReasons[na.Reason],
			RestrictionType: na.Restriction, RestrictionTypeDescription: naRestrictions[na.Restriction],
			Comment: na.Comment, AuthorisedBy: na.AuthorisedBy, UpdatedBy: "SIM",
			WhenCreated: fmtDateTime(na.Created), WhenUpdated: fmtDateTime(updated),
			IsOpen: isOpen, IsClosed: !isOpen, ClosedBy: na.ClosedBy, ClosedReason: na.ClosedWhy, ClosedAt: fmtDateTime(na.Closed),
			OtherPrisonerDetails: naOther{PrisonerNumber: other.PrisonerNumber, Role: otherRole, RoleDescription: naRoles[otherRole],
				FirstName: upper(other.FirstName), LastName: upper(other.LastName), PrisonID: other.Custody.PrisonID,
				PrisonName: s.world.PrisonName(other.Custody.PrisonID), CellLocation: other.Custody.CellLocation()},
		})
	}
	slices.SortStableFunc(out.NonAssociations, func(a, b naEntry) int { return strings.Compare(b.WhenCreated, a.WhenCreated) })
	writeJSON(w, http.StatusOK, out)
}
