package simulator

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
)

// Manage adjudications (manage-adjudications.json): a prisoner's reported
// adjudications (charges of breaking prison rules) with hearings, outcomes
// and punishments.

// ReportedAdjudication is one charge against a prisoner.
type ReportedAdjudication struct {
	ChargeNumber   string
	PrisonerNumber string
	Agency         string
	Incident       time.Time
	RoleCode       string // "" when the prisoner acted alone
	OffenceCode    int
	Paragraph      string // e.g. 51:4
	ParagraphDesc  string
	Statement      string
	Status         string // e.g. CHARGE_PROVED
	Hearing        *AdjudicationHearing
	Outcome        string // the charge's outcome code after the hearing, if any
	Punishments    []AdjudicationPunishment
}

// AdjudicationHearing is the hearing of a charge and what it decided.
type AdjudicationHearing struct {
	At     time.Time
	Type   string // GOV_ADULT ...
	Code   string // COMPLETE ...
	Plea   string // GUILTY ...
	Judge  string
	Detail string
}

// AdjudicationPunishment is a sanction for a proved charge.
type AdjudicationPunishment struct {
	Type, Privilege string
	Days            int
	Start, End      time.Time
}

// fixtureAdjudications: the seed person has three charges, one proved with
// a punishment, one dismissed and one not proceeded with.
func fixtureAdjudications() []ReportedAdjudication {
	return []ReportedAdjudication{
		{ChargeNumber: "MDI-000098", PrisonerNumber: "A1234AA", Agency: Moorland, Incident: at(2023, time.May, 10, 9, 0),
			OffenceCode: 12001, Paragraph: "51:12", ParagraphDesc: "Has in his possession any unauthorised article",
			Statement: "A mobile phone was found in his cell.", Status: "DISMISSED",
			Hearing: &AdjudicationHearing{At: at(2023, time.May, 12, 10, 0), Type: "GOV_ADULT", Code: "COMPLETE", Plea: "NOT_GUILTY", Judge: "Governor Ames"},
			Outcome: "DISMISSED"},
		{ChargeNumber: "MDI-000123", PrisonerNumber: "A1234AA", Agency: Moorland, Incident: at(2024, time.August, 3, 14, 30),
			RoleCode: "25b", OffenceCode: 4001, Paragraph: "51:4", ParagraphDesc: "Fights with any person",
			Statement: "Fought with another prisoner on the landing.", Status: "CHARGE_PROVED",
			Hearing: &AdjudicationHearing{At: at(2024, time.August, 5, 10, 0), Type: "GOV_ADULT", Code: "COMPLETE", Plea: "GUILTY", Judge: "Governor Ames"},
			Outcome: "CHARGE_PROVED",
			Punishments: []AdjudicationPunishment{{Type: "PRIVILEGE", Privilege: "CANTEEN", Days: 14,
				Start: day(2024, time.August, 5), End: day(2024, time.August, 19)}}},
		{ChargeNumber: "MDI-000150", PrisonerNumber: "A1234AA", Agency: Moorland, Incident: at(2025, time.January, 20, 18, 15),
			OffenceCode: 1002, Paragraph: "51:1", ParagraphDesc: "Commits any assault",
			Statement: "Alleged assault; the complainant withdrew.", Status: "NOT_PROCEED"},
	}
}

func (s *server) adjudicationsRoutes(r chi.Router) {
	r.Get("/reported-adjudications/prisoner/{prisonerNumber}", s.reportedAdjudications)
}

type adjOutcome struct {
	Code      string `json:"code"`
	CanRemove bool   `json:"canRemove"`
}

type adjHearingOutcome struct {
	Code        string `json:"code"`
	Plea        string `json:"plea,omitempty"`
	Adjudicator string `json:"adjudicator"`
	Details     string `json:"details,omitempty"`
}

type adjCombinedOutcome struct {
	Outcome adjOutcome `json:"outcome"`
}

type adjOutcomeHistory struct {
	Hearing *adjHearing         `json:"hearing,omitempty"`
	Outcome *adjCombinedOutcome `json:"outcome,omitempty"`
}

type adjHearing struct {
	AgencyID          string             `json:"agencyId"`
	DateTimeOfHearing string             `json:"dateTimeOfHearing"`
	LocationUUID      string             `json:"locationUuid"`
	OicHearingType    string             `json:"oicHearingType"`
	Outcome           *adjHearingOutcome `json:"outcome,omitempty"`
}

type adjPunishment struct {
	Type                     string `json:"type"`
	PrivilegeType            string `json:"privilegeType,omitempty"`
	CanEdit                  bool   `json:"canEdit"`
	CanRemove                bool   `json:"canRemove"`
	RehabilitativeActivities []any  `json:"rehabilitativeActivities"`
	Schedule                 struct {
		Days        int    `json:"days"`
		Measurement string `json:"measurement"`
		StartDate   string `json:"startDate,omitempty"`
		EndDate     string `json:"endDate,omitempty"`
	} `json:"schedule"`
}

type adjReported struct {
	ChargeNumber    string `json:"chargeNumber"`
	PrisonerNumber  string `json:"prisonerNumber"`
	Gender          string `json:"gender"`
	IncidentDetails struct {
		DateTimeOfIncident  string `json:"dateTimeOfIncident"`
		DateTimeOfDiscovery string `json:"dateTimeOfDiscovery"`
		HandoverDeadline    string `json:"handoverDeadline"`
		LocationUUID        string `json:"locationUuid"`
	} `json:"incidentDetails"`
	IncidentRole struct {
		RoleCode string `json:"roleCode,omitempty"`
	} `json:"incidentRole"`
	OffenceDetails struct {
		OffenceCode int `json:"offenceCode"`
		OffenceRule struct {
			ParagraphNumber      string `json:"paragraphNumber"`
			ParagraphDescription string `json:"paragraphDescription"`
		} `json:"offenceRule"`
		ProtectedCharacteristics []any `json:"protectedCharacteristics"`
	} `json:"offenceDetails"`
	IncidentStatement struct {
		Statement string `json:"statement"`
	} `json:"incidentStatement"`
	CreatedByUserID       string              `json:"createdByUserId"`
	CreatedDateTime       string              `json:"createdDateTime"`
	Status                string              `json:"status"`
	IsYouthOffender       bool                `json:"isYouthOffender"`
	CanActionFromHistory  bool                `json:"canActionFromHistory"`
	OriginatingAgencyID   string              `json:"originatingAgencyId"`
	OutcomeEnteredInNomis bool                `json:"outcomeEnteredInNomis"`
	Damages               []any               `json:"damages"`
	Evidence              []any               `json:"evidence"`
	Witnesses             []any               `json:"witnesses"`
	DisIssueHistory       []any               `json:"disIssueHistory"`
	LinkedChargeNumbers   []any               `json:"linkedChargeNumbers"`
	Hearings              []adjHearing        `json:"hearings"`
	Outcomes              []adjOutcomeHistory `json:"outcomes"`
	Punishments           []adjPunishment     `json:"punishments"`
	PunishmentComments    []any               `json:"punishmentComments"`
}

// locationUUID stands in for the residential location the incident or
// hearing was at; the API only requires one to be named.
const locationUUID = "0194ac90-2def-7c63-9f46-b3ccc911fdff"

// reportedAdjudications lists the prisoner's charges in charge-number order.
func (s *server) reportedAdjudications(w http.ResponseWriter, r *http.Request) {
	noms := chi.URLParam(r, "prisonerNumber")
	p := s.world.ByPrisonerNumber(noms)
	if failed(w, r, p, "adjudications", hmppsError) {
		return
	}
	out := []adjReported{}
	for _, a := range s.world.Adjudications {
		if a.PrisonerNumber != noms {
			continue
		}
		var rep adjReported
		rep.ChargeNumber, rep.PrisonerNumber, rep.Gender = a.ChargeNumber, noms, "MALE"
		rep.IncidentDetails.DateTimeOfIncident = fmtDateTime(a.Incident)
		rep.IncidentDetails.DateTimeOfDiscovery = fmtDateTime(a.Incident)
		rep.IncidentDetails.HandoverDeadline = fmtDateTime(a.Incident.Add(48 * time.Hour))
		rep.IncidentDetails.LocationUUID = locationUUID
		rep.IncidentRole.RoleCode = a.RoleCode
		rep.OffenceDetails.OffenceCode = a.OffenceCode
		rep.OffenceDetails.OffenceRule.ParagraphNumber, rep.OffenceDetails.OffenceRule.ParagraphDescription = a.Paragraph, a.ParagraphDesc
		rep.OffenceDetails.ProtectedCharacteristics = []any{}
		rep.IncidentStatement.Statement = a.Statement
		rep.CreatedByUserID, rep.CreatedDateTime = "SWHITFIELD", fmtDateTime(a.Incident.Add(time.Hour))
		rep.Status, rep.OriginatingAgencyID = a.Status, a.Agency
		rep.Damages, rep.Evidence, rep.Witnesses, rep.DisIssueHistory, rep.LinkedChargeNumbers = []any{}, []any{}, []any{}, []any{}, []any{}
		rep.Hearings, rep.Punishments, rep.PunishmentComments = []adjHearing{}, []adjPunishment{}, []any{}
		rep.Outcomes = []adjOutcomeHistory{}
		if h := a.Hearing; h != nil {
			hearing := adjHearing{AgencyID: a.Agency, DateTimeOfHearing: fmtDateTime(h.At), LocationUUID: locationUUID, OicHearingType: h.Type,
				Outcome: &adjHearingOutcome{Code: h.Code, Plea: h.Plea, Adjudicator: h.Judge, Details: h.Detail}}
			rep.Hearings = append(rep.Hearings, hearing)
			rep.Outcomes = append(rep.Outcomes, adjOutcomeHistory{Hearing: &hearing,
				Outcome: &adjCombinedOutcome{adjOutcome{Code: a.Outcome, CanRemove: true}}})
		}
		for _, pn := range a.Punishments {
			pun := adjPunishment{Type: pn.Type, PrivilegeType: pn.Privilege, CanEdit: true, CanRemove: true, RehabilitativeActivities: []any{}}
			pun.Schedule.Days, pun.Schedule.Measurement = pn.Days, "DAYS"
			pun.Schedule.StartDate, pun.Schedule.EndDate = fmtDate(pn.Start), fmtDate(pn.End)
			rep.Punishments = append(rep.Punishments, pun)
		}
		out = append(out, rep)
	}
	writeJSON(w, http.StatusOK, out)
}
