package simulator

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
)

// Assess Risks and Needs (assess-risks-and-needs.json), seed-era paths: the
// latest OASys ROSH assessment, predictor scores, risk management plans and
// criminogenic needs of a case. A Limited Access Offender's case answers 403,
// as ARNS does for a client not cleared to see it.

// OASys is what OASys holds on a case.
type OASys struct {
	AssessedOn time.Time             // the latest complete assessment
	RiskToSelf map[string]RiskAnswer // suicide, selfHarm, custody, hostelSetting, vulnerability
	OtherRisks map[string]string     // escapeOrAbscond, ... → YES | NO | DK | NA
	Summary    RoshSummary
	Scores     []PredictorScores // in OASys order (oldest first)
	Plans      []RiskManagementPlan
	Needs      []AssessedNeed
	NeedsOn    time.Time
}

// RiskAnswer is one risk-to-self answer.
type RiskAnswer struct {
	Risk, Previous, Current                   string // YES | NO | DK | NA
	PreviousConcernsText, CurrentConcernsText string
}

// RoshSummary is the ROSH summary; levels list the groups at each level.
type RoshSummary struct {
	WhoIsAtRisk, NatureOfRisk, RiskImminence   string
	RiskIncreaseFactors, RiskMitigationFactors string
	OverallRiskLevel                           string
	InCommunity, InCustody                     map[string][]string // level → groups, as OASys words them
}

// PredictorScores are one assessment's predictor levels.
type PredictorScores struct {
	Completed               time.Time
	Status                  string // COMPLETE | LOCKED_INCOMPLETE
	OGP, OVP, OGRS, RSR     string
	OSPIndecent, OSPContact string
	RSRPercentage           float64
}

// RiskManagementPlan is the plan section of one assessment.
type RiskManagementPlan struct {
	AssessmentID                                    int64
	Status, Type                                    string
	Initiated, Completed, SignLocked, Countersigned time.Time
	KeyInformation, FurtherConsiderations           string
	Supervision, MonitoringAndControl               string
	InterventionsAndTreatment, VictimSafetyPlanning string
	ContingencyPlans                                string
}

// AssessedNeed is one section of the needs assessment. Outcome says which
// list it goes in: identified, not identified or unanswered.
type AssessedNeed struct {
	Section, Name     string
	Outcome           string // IDENTIFIED | NOT_IDENTIFIED | UNANSWERED
	RiskOfHarm        bool
	RiskOfReoffending bool
	Severity          string // NO_NEED | STANDARD | SEVERE
}

func (s *server) arnsRoutes(r chi.Router) {
	r.Get("/risks/crn/{crn}", s.arnsRosh)
	r.Get("/risks/crn/{crn}/predictors/all", s.arnsPredictors)
	r.Get("/risks/crn/{crn}/risk-management-plan", s.arnsPlans)
	r.Get("/needs/crn/{crn}", s.arnsNeeds)
}

// arnsErrorResponse is ARNS's ErrorResponse, whose errorCode is required.
type arnsErrorResponse struct {
	Status           int    `json:"status"`
	ErrorCode        int    `json:"errorCode"`
	UserMessage      string `json:"userMessage"`
	DeveloperMessage string `json:"developerMessage"`
}

func arnsError(status int, user, dev string) any {
	return arnsErrorResponse{Status: status, ErrorCode: status, UserMessage: user, DeveloperMessage: dev}
}

// oasysCase finds the case behind the crn path parameter, answering itself
// (404, 403 for a limited access case, or an injected "arns" failure) when
// it returns nil.
func (s *server) oasysCase(w http.ResponseWriter, r *http.Request) (*Person, *OASys) {
	crn := chi.URLParam(r, "crn")
	p := s.world.ByCRN(crn)
	if p != nil && failed(w, r, p, "arns", arnsError) {
		return nil, nil
	}
	if p == nil || !onProbation(p) || p.Probation.OASys == nil {
		writeError(w, arnsError, http.StatusNotFound, "No assessment found for "+crn, "Latest COMPLETE assessment not found for crn "+crn)
		return nil, nil
	}
	if p.IsLAO() {
		writeError(w, arnsError, http.StatusForbidden, "Access to the case is restricted", "Offender "+crn+" is a limited access offender")
		return nil, nil
	}
	return p, p.Probation.OASys
}

type arnsRiskAnswer struct {
	Risk                 string `json:"risk,omitempty"`
	Previous             string `json:"previous,omitempty"`
	PreviousConcernsText string `json:"previousConcernsText,omitempty"`
	Current              string `json:"current,omitempty"`
	CurrentConcernsText  string `json:"currentConcernsText,omitempty"`
}

type arnsRoshSummary struct {
	WhoIsAtRisk           string              `json:"whoIsAtRisk,omitempty"`
	NatureOfRisk          string              `json:"natureOfRisk,omitempty"`
	RiskImminence         string              `json:"riskImminence,omitempty"`
	RiskIncreaseFactors   string              `json:"riskIncreaseFactors,omitempty"`
	RiskMitigationFactors string              `json:"riskMitigationFactors,omitempty"`
	RiskInCommunity       map[string][]string `json:"riskInCommunity"`
	RiskInCustody         map[string][]string `json:"riskInCustody"`
	OverallRiskLevel      string              `json:"overallRiskLevel,omitempty"`
}

type arnsAllRosh struct {
	RiskToSelf map[string]arnsRiskAnswer `json:"riskToSelf"`
	OtherRisks map[string]string         `json:"otherRisks"`
	Summary    arnsRoshSummary           `json:"summary"`
	AssessedOn string                    `json:"assessedOn"`
}

func (s *server) arnsRosh(w http.ResponseWriter, r *http.Request) {
	_, o := s.oasysCase(w, r)
	if o == nil {
		return
	}
	out := arnsAllRosh{
		RiskToSelf: map[string]arnsRiskAnswer{}, OtherRisks: o.OtherRisks, AssessedOn: arnsLocalTime(o.AssessedOn),
		Summary: arnsRoshSummary{
			WhoIsAtRisk: o.Summary.WhoIsAtRisk, NatureOfRisk: o.Summary.NatureOfRisk, RiskImminence: o.Summary.RiskImminence,
			RiskIncreaseFactors: o.Summary.RiskIncreaseFactors, RiskMitigationFactors: o.Summary.RiskMitigationFactors,
			RiskInCommunity: nonNilLevels(o.Summary.InCommunity), RiskInCustody: nonNilLevels(o.Summary.InCustody),
			OverallRiskLevel: o.Summary.OverallRiskLevel,
		},
	}
	for k, a := range o.RiskToSelf {
		out.RiskToSelf[k] = arnsRiskAnswer{
			Risk: a.Risk, Previous: a.Previous, PreviousConcernsText: a.PreviousConcernsText,
			Current: a.Current, CurrentConcernsText: a.CurrentConcernsText,
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func nonNilLevels(m map[string][]string) map[string][]string {
	if m == nil {
		return map[string][]string{}
	}
	return m
}

type arnsRiskScores struct {
	CompletedDate                string    `json:"completedDate"`
	AssessmentStatus             string    `json:"assessmentStatus"`
	GroupReconvictionScore       arnsLevel `json:"groupReconvictionScore"`
	ViolencePredictorScore       arnsOVP   `json:"violencePredictorScore"`
	GeneralPredictorScore        arnsOGP   `json:"generalPredictorScore"`
	RiskOfSeriousRecidivismScore arnsRSR   `json:"riskOfSeriousRecidivismScore"`
	SexualPredictorScore         arnsOSP   `json:"sexualPredictorScore"`
}

type arnsLevel struct {
	ScoreLevel string `json:"scoreLevel,omitempty"`
}

type arnsOVP struct {
	OVPRisk string `json:"ovpRisk,omitempty"`
}

type arnsOGP struct {
	OGPRisk string `json:"ogpRisk,omitempty"`
}

type arnsRSR struct {
	PercentageScore float64 `json:"percentageScore"`
	StaticOrDynamic string  `json:"staticOrDynamic"`
	Source          string  `json:"source"`
	ScoreLevel      string  `json:"scoreLevel,omitempty"`
}

type arnsOSP struct {
	OSPIndecentScoreLevel string `json:"ospIndecentScoreLevel,omitempty"`
	OSPContactScoreLevel  string `json:"ospContactScoreLevel,omitempty"`
}

func (s *server) arnsPredictors(w http.ResponseWriter, r *http.Request) {
	_, o := s.oasysCase(w, r)
	if o == nil {
		return
	}
	out := []arnsRiskScores{}
	for _, sc := range o.Scores {
		out = append(out, arnsRiskScores{
			// Declared date-time, unlike the other ARNS dates, so sent with an offset.
			CompletedDate: fmtDateTime(sc.Completed), AssessmentStatus: sc.Status,
			GroupReconvictionScore:       arnsLevel{ScoreLevel: sc.OGRS},
			ViolencePredictorScore:       arnsOVP{OVPRisk: sc.OVP},
			GeneralPredictorScore:        arnsOGP{OGPRisk: sc.OGP},
			RiskOfSeriousRecidivismScore: arnsRSR{PercentageScore: sc.RSRPercentage, StaticOrDynamic: "DYNAMIC", Source: "OASYS", ScoreLevel: sc.RSR},
			SexualPredictorScore:         arnsOSP{OSPIndecentScoreLevel: sc.OSPIndecent, OSPContactScoreLevel: sc.OSPContact},
		})
	}
	writeJSON(w, http.StatusOK, out)
}

type arnsPlans struct {
	CRN                   string     `json:"crn"`
	LimitedAccessOffender bool       `json:"limitedAccessOffender"`
	RiskManagementPlan    []arnsPlan `json:"riskManagementPlan"`
}

type arnsPlan struct {
	AssessmentID                          int64  `json:"assessmentId"`
	DateCompleted                         string `json:"dateCompleted,omitempty"`
	PartcompStatus                        string `json:"partcompStatus,omitempty"`
	InitiationDate                        string `json:"initiationDate"`
	AssessmentStatus                      string `json:"assessmentStatus"`
	AssessmentType                        string `json:"assessmentType"`
	SuperStatus                           string `json:"superStatus,omitempty"`
	KeyInformationCurrentSituation        string `json:"keyInformationCurrentSituation,omitempty"`
	FurtherConsiderationsCurrentSituation string `json:"furtherConsiderationsCurrentSituation,omitempty"`
	Supervision                           string `json:"supervision,omitempty"`
	MonitoringAndControl                  string `json:"monitoringAndControl,omitempty"`
	InterventionsAndTreatment             string `json:"interventionsAndTreatment,omitempty"`
	VictimSafetyPlanning                  string `json:"victimSafetyPlanning,omitempty"`
	ContingencyPlans                      string `json:"contingencyPlans,omitempty"`
	LatestSignLockDate                    string `json:"latestSignLockDate,omitempty"`
	LatestCompleteDate                    string `json:"latestCompleteDate,omitempty"`
}

func (s *server) arnsPlans(w http.ResponseWriter, r *http.Request) {
	p, o := s.oasysCase(w, r)
	if o == nil {
		return
	}
	out := arnsPlans{CRN: p.CRN, RiskManagementPlan: []arnsPlan{}}
	for _, pl := range o.Plans {
		out.RiskManagementPlan = append(out.RiskManagementPlan, arnsPlan{
			AssessmentID: pl.AssessmentID, AssessmentStatus: pl.Status, AssessmentType: pl.Type, SuperStatus: pl.Status,
			InitiationDate: arnsLocalTime(pl.Initiated), DateCompleted: arnsLocalTime(pl.Completed),
			KeyInformationCurrentSituation: pl.KeyInformation, FurtherConsiderationsCurrentSituation: pl.FurtherConsiderations,
			Supervision: pl.Supervision, MonitoringAndControl: pl.MonitoringAndControl,
			InterventionsAndTreatment: pl.InterventionsAndTreatment, VictimSafetyPlanning: pl.VictimSafetyPlanning,
			ContingencyPlans:   pl.ContingencyPlans,
			LatestSignLockDate: arnsLocalTime(pl.SignLocked), LatestCompleteDate: arnsLocalTime(pl.Countersigned),
		})
	}
	writeJSON(w, http.StatusOK, out)
}

type arnsNeeds struct {
	IdentifiedNeeds    []arnsNeed `json:"identifiedNeeds"`
	NotIdentifiedNeeds []arnsNeed `json:"notIdentifiedNeeds"`
	UnansweredNeeds    []arnsNeed `json:"unansweredNeeds"`
	AssessedOn         string     `json:"assessedOn"`
}

type arnsNeed struct {
	Section           string `json:"section"`
	Name              string `json:"name"`
	RiskOfHarm        *bool  `json:"riskOfHarm,omitempty"`
	RiskOfReoffending *bool  `json:"riskOfReoffending,omitempty"`
	Severity          string `json:"severity,omitempty"`
}

func (s *server) arnsNeeds(w http.ResponseWriter, r *http.Request) {
	_, o := s.oasysCase(w, r)
	if o == nil {
		return
	}
	out := arnsNeeds{IdentifiedNeeds: []arnsNeed{}, NotIdentifiedNeeds: []arnsNeed{}, UnansweredNeeds: []arnsNeed{}, AssessedOn: arnsLocalTime(o.NeedsOn)}
	for _, n := range o.Needs {
		need := arnsNeed{Section: n.Section, Name: n.Name}
		if n.Outcome != "UNANSWERED" {
			harm, reoffending := n.RiskOfHarm, n.RiskOfReoffending
			need.RiskOfHarm, need.RiskOfReoffending, need.Severity = &harm, &reoffending, n.Severity
		}
		switch n.Outcome {
		case "IDENTIFIED":
			out.IdentifiedNeeds = append(out.IdentifiedNeeds, need)
		case "NOT_IDENTIFIED":
			out.NotIdentifiedNeeds = append(out.NotIdentifiedNeeds, need)
		default:
			out.UnansweredNeeds = append(out.UnansweredNeeds, need)
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// arnsLocalTime renders a Java LocalDateTime as ARNS sends it: UK wall-clock
// time with no offset. The world's times are written as UK wall-clock times.
func arnsLocalTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02T15:04:05")
}
