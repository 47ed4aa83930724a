// Package arns adapts the Assess Risks and Needs API (generated client) to
// ports.RiskAssessments, over the seed-era /risks/crn and /needs/crn paths.
package arns

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/localtime"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/risks"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/arns"
)

// Source names this upstream in errors and logs.
const Source = "ASSESS_RISKS_AND_NEEDS"

// Client implements ports.RiskAssessments.
type Client struct {
	api *api.ClientWithResponses
}

// New builds a client for the API at baseURL.
func New(baseURL string, httpClient *http.Client) (*Client, error) {
	c, err := api.NewClientWithResponses(baseURL, api.WithHTTPClient(httpClient))
	if err != nil {
		return nil, err
	}
	return &Client{api: c}, nil
}

// unexpected classifies a failed response; 403 is how ARNS refuses a
// Limited Access Offender's case, which callers handle per operation.
func unexpected(resp *http.Response) error {
	return transport.Unexpected(Source, resp, http.StatusForbidden)
}

// SeriousHarm implements ports.RiskAssessments with GET /risks/crn/{crn}.
func (c *Client) SeriousHarm(ctx context.Context, crn string) (risks.SeriousHarm, error) {
	resp, err := c.api.GetRoshRisksByCrn1WithResponse(ctx, crn)
	if err != nil {
		return risks.SeriousHarm{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return risks.SeriousHarm{}, unexpected(resp.HTTPResponse)
	}
	b := resp.JSON200
	self, other, sum := b.RiskToSelf, b.OtherRisks, b.Summary
	return risks.SeriousHarm{
		AssessedOn: dateTime(b.AssessedOn),
		RiskToSelf: risks.RiskToSelf{
			Suicide: answer(self.Suicide), SelfHarm: answer(self.SelfHarm), Custody: answer(self.Custody),
			HostelSetting: answer(self.HostelSetting), Vulnerability: answer(self.Vulnerability),
		},
		OtherRisks: risks.OtherRisks{
			EscapeOrAbscond: str(other.EscapeOrAbscond), ControlIssuesDisruptiveBehaviour: str(other.ControlIssuesDisruptiveBehaviour),
			BreachOfTrust: str(other.BreachOfTrust), RiskToOtherPrisoners: str(other.RiskToOtherPrisoners),
		},
		Summary: risks.Summary{
			WhoIsAtRisk: str(sum.WhoIsAtRisk), NatureOfRisk: str(sum.NatureOfRisk), RiskImminence: str(sum.RiskImminence),
			RiskIncreaseFactors: str(sum.RiskIncreaseFactors), RiskMitigationFactors: str(sum.RiskMitigationFactors),
			OverallRiskLevel: str(sum.OverallRiskLevel),
			RiskInCommunity:  risks.ByGroup(sum.RiskInCommunity),
			RiskInCustody:    risks.ByGroup(sum.RiskInCustody),
		},
	}, nil
}

func answer(r *api.RiskDtoAllRisksView) risks.Answer {
	if r == nil {
		return risks.Answer{}
	}
	return risks.Answer{
		Risk: str(r.Risk), Previous: str(r.Previous), PreviousConcernsText: str(r.PreviousConcernsText),
		Current: str(r.Current), CurrentConcernsText: str(r.CurrentConcernsText),
	}
}

// PredictorScores implements ports.RiskAssessments with
// GET /risks/crn/{crn}/predictors/all.
func (c *Client) PredictorScores(ctx context.Context, crn string) ([]risks.PredictorScores, error) {
	//nolint:staticcheck // the seed-era predictors path the fact sheet specifies.
	resp, err := c.api.GetAllRiskScores1WithResponse(ctx, crn)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, unexpected(resp.HTTPResponse)
	}
	out := make([]risks.PredictorScores, 0, len(*resp.JSON200))
	for _, s := range *resp.JSON200 {
		p := risks.PredictorScores{CompletedDate: dateTime(s.CompletedDate), AssessmentStatus: str(s.AssessmentStatus)}
		if g := s.GeneralPredictorScore; g != nil {
			p.GeneralPredictor = str(g.OgpRisk)
		}
		if v := s.ViolencePredictorScore; v != nil {
			p.ViolencePredictor = str(v.OvpRisk)
		}
		if g := s.GroupReconvictionScore; g != nil {
			p.GroupReconviction = str(g.ScoreLevel)
		}
		if r := s.RiskOfSeriousRecidivismScore; r != nil {
			p.RiskOfSeriousRecidivism = str(r.ScoreLevel)
		}
		if o := s.SexualPredictorScore; o != nil {
			p.SexualPredictorIndecent, p.SexualPredictorContact = str(o.OspIndecentScoreLevel), str(o.OspContactScoreLevel)
		}
		out = append(out, p)
	}
	return out, nil
}

// ManagementPlans implements ports.RiskAssessments with
// GET /risks/crn/{crn}/risk-management-plan.
func (c *Client) ManagementPlans(ctx context.Context, crn string) ([]risks.ManagementPlan, error) {
	resp, err := c.api.GetRiskManagementPlan1WithResponse(ctx, crn)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, unexpected(resp.HTTPResponse)
	}
	out := make([]risks.ManagementPlan, 0, len(resp.JSON200.RiskManagementPlan))
	for _, p := range resp.JSON200.RiskManagementPlan {
		out = append(out, risks.ManagementPlan{
			AssessmentID:     strconv.FormatInt(p.AssessmentId, 10),
			AssessmentStatus: p.AssessmentStatus, AssessmentType: p.AssessmentType,
			DateCompleted: dateTime(p.DateCompleted), InitiationDate: dateTime(p.InitiationDate),
			KeyInformationCurrentSituation:        str(p.KeyInformationCurrentSituation),
			FurtherConsiderationsCurrentSituation: str(p.FurtherConsiderationsCurrentSituation),
			Supervision:                           str(p.Supervision),
			MonitoringAndControl:                  str(p.MonitoringAndControl),
			InterventionsAndTreatment:             str(p.InterventionsAndTreatment),
			VictimSafetyPlanning:                  str(p.VictimSafetyPlanning),
			ContingencyPlans:                      str(p.ContingencyPlans),
			LatestSignLockDate:                    dateTime(p.LatestSignLockDate),
			LatestCompleteDate:                    dateTime(p.LatestCompleteDate),
		})
	}
	return out, nil
}

// Needs implements ports.RiskAssessments with GET /needs/crn/{crn}.
func (c *Client) Needs(ctx context.Context, crn string) (risks.Needs, error) {
	resp, err := c.api.GetCriminogenicNeedsByCrn1WithResponse(ctx, crn)
	if err != nil {
		return risks.Needs{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return risks.Needs{}, unexpected(resp.HTTPResponse)
	}
	b := resp.JSON200
	return risks.Needs{
		AssessedOn:         dateTime(b.AssessedOn),
		IdentifiedNeeds:    needs(b.IdentifiedNeeds),
		NotIdentifiedNeeds: needs(b.NotIdentifiedNeeds),
		UnansweredNeeds:    needs(b.UnansweredNeeds),
	}, nil
}

func needs(in []api.AssessmentNeedDto) []risks.Need {
	out := make([]risks.Need, 0, len(in))
	for _, n := range in {
		out = append(out, risks.Need{Section: str(n.Section), RiskOfHarm: n.RiskOfHarm, RiskOfReoffending: n.RiskOfReoffending, Severity: str(n.Severity)})
	}
	return out
}

// str reads an optional string or string-based enum.
func str[S ~string](s *S) string {
	if s == nil {
		return ""
	}
	return string(*s)
}

func dateTime(d *localtime.DateTime) *time.Time {
	if d == nil {
		return nil
	}
	t := d.Time
	return &t
}
