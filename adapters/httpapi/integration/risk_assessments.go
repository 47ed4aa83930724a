package integration

import (
	"context"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/localtime"
	"github.com/ministryofjustice/hmpps-backbone/core/risks"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// The OASys reads served from Assess Risks and Needs.

// GetRiskSeriousHarm implements GET /v1/persons/{encodedHmppsId}/risks/serious-harm.
func (s *Server) GetRiskSeriousHarm(ctx context.Context, req api.GetRiskSeriousHarmRequestObject) (api.GetRiskSeriousHarmResponseObject, error) {
	rosh, err := s.uc.Probation.RiskSeriousHarm.Handle(ctx, req.EncodedHmppsId)
	if err != nil {
		return nil, err
	}
	if rosh == nil {
		// Withheld (a Limited Access Offender) or no CRN: the spec's {"data": null}.
		return api.GetRiskSeriousHarm200JSONResponse{}, nil
	}
	self, other, sum := rosh.RiskToSelf, rosh.OtherRisks, rosh.Summary
	return api.GetRiskSeriousHarm200JSONResponse{Data: &api.Risks{
		AssessedOn: optLocalDateTime(rosh.AssessedOn),
		RiskToSelf: api.RiskToSelf{
			Suicide: toRiskAnswer(self.Suicide), SelfHarm: toRiskAnswer(self.SelfHarm), Custody: toRiskAnswer(self.Custody),
			HostelSetting: toRiskAnswer(self.HostelSetting), Vulnerability: toRiskAnswer(self.Vulnerability),
		},
		OtherRisks: api.OtherRisks{
			EscapeOrAbscond: optString(other.EscapeOrAbscond), ControlIssuesDisruptiveBehaviour: optString(other.ControlIssuesDisruptiveBehaviour),
			BreachOfTrust: optString(other.BreachOfTrust), RiskToOtherPrisoners: optString(other.RiskToOtherPrisoners),
		},
		Summary: api.RiskSummary{
			WhoIsAtRisk: optString(sum.WhoIsAtRisk), NatureOfRisk: optString(sum.NatureOfRisk), RiskImminence: optString(sum.RiskImminence),
			RiskIncreaseFactors: optString(sum.RiskIncreaseFactors), RiskMitigationFactors: optString(sum.RiskMitigationFactors),
			OverallRiskLevel: optString(sum.OverallRiskLevel),
			RiskInCommunity:  optMap(sum.RiskInCommunity), RiskInCustody: optMap(sum.RiskInCustody),
		},
	}}, nil
}

func toRiskAnswer(a risks.Answer) api.Risk {
	return api.Risk{
		Risk: optString(a.Risk), Previous: optString(a.Previous), PreviousConcernsText: optString(a.PreviousConcernsText),
		Current: optString(a.Current), CurrentConcernsText: optString(a.CurrentConcernsText),
	}
}

// GetRiskScores implements GET /v1/persons/{encodedHmppsId}/risks/scores.
func (s *Server) GetRiskScores(ctx context.Context, req api.GetRiskScoresRequestObject) (api.GetRiskScoresResponseObject, error) {
	page, err := pageRequest(req.Params.Page, req.Params.PerPage)
	if err != nil {
		return nil, err
	}
	found, err := s.uc.Probation.RiskScores.Handle(ctx, req.EncodedHmppsId, page)
	if err != nil {
		return nil, err
	}
	return api.GetRiskScores200JSONResponse{
		Data: mapItems(found.Items, func(p risks.PredictorScores) api.RiskPredictorScore {
			return api.RiskPredictorScore{
				CompletedDate: optLocalDateTime(p.CompletedDate), AssessmentStatus: optString(p.AssessmentStatus),
				GeneralPredictor:        api.GeneralPredictor{ScoreLevel: optString(p.GeneralPredictor)},
				ViolencePredictor:       api.ViolencePredictor{ScoreLevel: optString(p.ViolencePredictor)},
				GroupReconviction:       api.GroupReconviction{ScoreLevel: optString(p.GroupReconviction)},
				RiskOfSeriousRecidivism: api.RiskOfSeriousRecidivism{ScoreLevel: optString(p.RiskOfSeriousRecidivism)},
				SexualPredictor:         api.SexualPredictor{IndecentScoreLevel: optString(p.SexualPredictorIndecent), ContactScoreLevel: optString(p.SexualPredictorContact)},
			}
		}),
		Pagination: paginationOf(found),
	}, nil
}

// GetRiskManagementPlan implements GET /v1/persons/{encodedHmppsId}/risk-management-plan.
func (s *Server) GetRiskManagementPlan(ctx context.Context, req api.GetRiskManagementPlanRequestObject) (api.GetRiskManagementPlanResponseObject, error) {
	page, err := pageRequest(req.Params.Page, req.Params.PerPage)
	if err != nil {
		return nil, err
	}
	found, err := s.uc.Probation.RiskManagementPlan.Handle(ctx, req.EncodedHmppsId, page)
	if err != nil {
		return nil, err
	}
	return api.GetRiskManagementPlan200JSONResponse{
		Data: mapItems(found.Items, func(p risks.ManagementPlan) api.RiskManagementPlan {
			return api.RiskManagementPlan{
				AssessmentId: p.AssessmentID, AssessmentStatus: p.AssessmentStatus, AssessmentType: p.AssessmentType,
				DateCompleted: optLocalDateTime(p.DateCompleted), InitiationDate: optLocalDateTime(p.InitiationDate),
				KeyInformationCurrentSituation:        optString(p.KeyInformationCurrentSituation),
				FurtherConsiderationsCurrentSituation: optString(p.FurtherConsiderationsCurrentSituation),
				Supervision:                           optString(p.Supervision),
				MonitoringAndControl:                  optString(p.MonitoringAndControl),
				InterventionsAndTreatment:             optString(p.InterventionsAndTreatment),
				VictimSafetyPlanning:                  optString(p.VictimSafetyPlanning),
				ContingencyPlans:                      optString(p.ContingencyPlans),
				LatestSignLockDate:                    optLocalDateTime(p.LatestSignLockDate),
				LatestCompleteDate:                    optLocalDateTime(p.LatestCompleteDate),
			}
		}),
		Pagination: paginationOf(found),
	}, nil
}

// GetNeeds implements GET /v1/persons/{encodedHmppsId}/needs.
func (s *Server) GetNeeds(ctx context.Context, req api.GetNeedsRequestObject) (api.GetNeedsResponseObject, error) {
	needs, err := s.uc.Probation.Needs.Handle(ctx, req.EncodedHmppsId)
	if err != nil {
		return nil, err
	}
	if needs == nil {
		// Withheld (a Limited Access Offender) or no CRN: the spec's {"data": null}.
		return api.GetNeeds200JSONResponse{}, nil
	}
	return api.GetNeeds200JSONResponse{Data: &api.Needs{
		AssessedOn:         optLocalDateTime(needs.AssessedOn),
		IdentifiedNeeds:    mapItems(needs.IdentifiedNeeds, toNeed),
		NotIdentifiedNeeds: mapItems(needs.NotIdentifiedNeeds, toNeed),
		UnansweredNeeds:    mapItems(needs.UnansweredNeeds, toNeed),
	}}, nil
}

// toNeed renders an OASys section; the API calls the section its type.
func toNeed(n risks.Need) api.Need {
	return api.Need{Type: optString(n.Section), RiskOfHarm: n.RiskOfHarm, RiskOfReoffending: n.RiskOfReoffending, Severity: optString(n.Severity)}
}

// optLocalDateTime renders an instant as the UK wall-clock LocalDateTime the
// original serialises (yyyy-MM-ddTHH:mm:ss, no offset).
func optLocalDateTime(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := localtime.DateTime{Time: *t}.LocalString()
	return &s
}

// optMap is nil for a nil map, so an absent grouping renders as absent.
func optMap(m map[string]string) *map[string]string {
	if m == nil {
		return nil
	}
	return &m
}
