package prison

import (
	"slices"
	"time"
)

// Adjudication is a reported breach of prison discipline and what came of it.
type Adjudication struct {
	IncidentAt         time.Time // when the incident happened
	Role               IncidentRole
	Offence            Offence
	IsYouthOffender    bool
	Hearings           []Hearing
	Outcomes           []OutcomeHistory
	Punishments        []Punishment
	PunishmentComments []PunishmentComment
	Status             string // e.g. CHARGE_PROVED
	StatusReason       string
	StatusDetails      string
}

// IncidentRole is the prisoner's part in the incident (e.g. 25b, assisted).
type IncidentRole struct {
	RoleCode        string
	ParagraphNumber string
	ParagraphDesc   string
}

// Offence is the charge, under a paragraph of the prison rules.
type Offence struct {
	Code            int
	ParagraphNumber string
	ParagraphDesc   string
}

// Hearing is one hearing of the charge.
type Hearing struct {
	At      time.Time
	Type    string // e.g. GOV_ADULT
	Outcome *HearingOutcome
}

// HearingOutcome is what a hearing decided.
type HearingOutcome struct {
	Code, Reason, Details, Plea string
}

// OutcomeHistory pairs a hearing with the outcome it led to.
type OutcomeHistory struct {
	Hearing         *Hearing
	Outcome         *Outcome
	ReferralOutcome *Outcome
}

// Outcome is the result of a charge or of a referral.
type Outcome struct {
	Code, Reason, Details, QuashedReason string
	CanRemove                            bool
}

// Punishment is a sanction given for a proved charge.
type Punishment struct {
	Type, PrivilegeType, OtherPrivilege string
	Days                                int
	StartDate, EndDate, SuspendedUntil  *time.Time
}

// PunishmentComment records a change to the punishments.
type PunishmentComment struct {
	Comment, ReasonForChange string
	At                       *time.Time
}

// SortAdjudicationsNewestFirst orders by the time of the incident, newest first.
func SortAdjudicationsNewestFirst(adjudications []Adjudication) {
	slices.SortStableFunc(adjudications, func(a, b Adjudication) int { return b.IncidentAt.Compare(a.IncidentAt) })
}
