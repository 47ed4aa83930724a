package arns_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/arns"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/localtime"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/risks"
)

// Recorded ARNS bodies. Most dates are Java LocalDateTime values with no
// offset (UK wall-clock time); completedDate carries one.
var bodies = map[string]string{
	"/risks/crn/X00001": `{"riskToSelf":{"suicide":{"risk":"NO"},"selfHarm":{"risk":"YES","previous":"YES","current":"NO","previousConcernsText":"ACCT"}},
		"otherRisks":{"escapeOrAbscond":"NO","breachOfTrust":"DK"},
		"summary":{"overallRiskLevel":"HIGH","whoIsAtRisk":"Known adults","riskInCommunity":{"HIGH":["Children","Known Adult"],"LOW":["Staff"]},"riskInCustody":{}},
		"assessedOn":"2025-10-02T14:20:00"}`,
	"/risks/crn/X00001/predictors/all": `[{"completedDate":"2025-10-02T13:20:00Z","assessmentStatus":"COMPLETE",
		"generalPredictorScore":{"ogpRisk":"HIGH"},"violencePredictorScore":{"ovpRisk":"MEDIUM"},"groupReconvictionScore":{"scoreLevel":"LOW"},
		"riskOfSeriousRecidivismScore":{"source":"OASYS","scoreLevel":"VERY_HIGH"},"sexualPredictorScore":{"ospIndecentScoreLevel":"LOW","ospContactScoreLevel":"MEDIUM"}},
		{"assessmentStatus":"LOCKED_INCOMPLETE"}]`,
	"/risks/crn/X00001/risk-management-plan": `{"crn":"X00001","limitedAccessOffender":false,"riskManagementPlan":[
		{"assessmentId":9100001,"assessmentStatus":"COMPLETE","assessmentType":"LAYER3","initiationDate":"2025-09-22T10:00:00",
		 "dateCompleted":"2025-10-02T14:20:00","supervision":"Weekly","latestCompleteDate":"2025-10-02T14:20:00"}]}`,
	"/needs/crn/X00001": `{"assessedOn":"2025-10-02T14:20:00",
		"identifiedNeeds":[{"section":"ALCOHOL_MISUSE","name":"Alcohol misuse","riskOfHarm":true,"riskOfReoffending":true,"severity":"SEVERE"}],
		"notIdentifiedNeeds":[],"unansweredNeeds":[{"section":"FINANCIAL_MANAGEMENT_AND_INCOME","name":"Finance"}]}`,
}

func newClient(t *testing.T) *arns.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if body, ok := bodies[r.URL.Path]; ok {
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(body))
			return
		}
		switch r.URL.Path {
		case "/risks/crn/X00007", "/risks/crn/X00007/predictors/all", "/risks/crn/X00007/risk-management-plan", "/needs/crn/X00007":
			w.WriteHeader(http.StatusForbidden)
		case "/risks/crn/X00009":
			w.WriteHeader(http.StatusInternalServerError)
		default:
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	t.Cleanup(srv.Close)
	c, err := arns.New(srv.URL, srv.Client())
	require.NoError(t, err)
	return c
}

func wallClock(y int, m time.Month, d, hh, mm int) *time.Time {
	t := time.Date(y, m, d, hh, mm, 0, 0, localtime.London)
	return &t
}

func TestSeriousHarmInvertsTheLevels(t *testing.T) {
	t.Parallel()
	got, err := newClient(t).SeriousHarm(context.Background(), "X00001")
	require.NoError(t, err)
	assert.True(t, wallClock(2025, time.October, 2, 14, 20).Equal(*got.AssessedOn))
	assert.Equal(t, risks.Answer{Risk: "YES", Previous: "YES", Current: "NO", PreviousConcernsText: "ACCT"}, got.RiskToSelf.SelfHarm)
	assert.Equal(t, risks.Answer{}, got.RiskToSelf.Custody, "an unanswered question is empty")
	assert.Equal(t, "DK", got.OtherRisks.BreachOfTrust)
	assert.Equal(t, map[string]string{"children": "HIGH", "knownAdult": "HIGH", "staff": "LOW"}, got.Summary.RiskInCommunity)
	assert.Equal(t, map[string]string{}, got.Summary.RiskInCustody)
}

func TestPredictorScoresMapEachPredictorsLevel(t *testing.T) {
	t.Parallel()
	got, err := newClient(t).PredictorScores(context.Background(), "X00001")
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.True(t, wallClock(2025, time.October, 2, 14, 20).Equal(*got[0].CompletedDate))
	got[0].CompletedDate = nil
	assert.Equal(t, risks.PredictorScores{
		AssessmentStatus: "COMPLETE", GeneralPredictor: "HIGH", ViolencePredictor: "MEDIUM", GroupReconviction: "LOW",
		RiskOfSeriousRecidivism: "VERY_HIGH", SexualPredictorIndecent: "LOW", SexualPredictorContact: "MEDIUM",
	}, got[0])
	assert.Equal(t, risks.PredictorScores{AssessmentStatus: "LOCKED_INCOMPLETE"}, got[1])
}

func TestManagementPlansAndNeeds(t *testing.T) {
	t.Parallel()
	c := newClient(t)
	plans, err := c.ManagementPlans(context.Background(), "X00001")
	require.NoError(t, err)
	require.Len(t, plans, 1)
	assert.Equal(t, "9100001", plans[0].AssessmentID)
	assert.Equal(t, "Weekly", plans[0].Supervision)
	assert.True(t, wallClock(2025, time.September, 22, 10, 0).Equal(*plans[0].InitiationDate))
	assert.Nil(t, plans[0].LatestSignLockDate)

	needs, err := c.Needs(context.Background(), "X00001")
	require.NoError(t, err)
	yes := true
	assert.Equal(t, []risks.Need{{Section: "ALCOHOL_MISUSE", RiskOfHarm: &yes, RiskOfReoffending: &yes, Severity: "SEVERE"}}, needs.IdentifiedNeeds)
	assert.Equal(t, []risks.Need{}, needs.NotIdentifiedNeeds)
	assert.Equal(t, []risks.Need{{Section: "FINANCIAL_MANAGEMENT_AND_INCOME"}}, needs.UnansweredNeeds)
}

func TestFailuresAreClassified(t *testing.T) {
	t.Parallel()
	c := newClient(t)
	ctx := context.Background()
	calls := map[string]func(crn string) error{
		"rosh":   func(crn string) error { _, err := c.SeriousHarm(ctx, crn); return err },
		"scores": func(crn string) error { _, err := c.PredictorScores(ctx, crn); return err },
		"plans":  func(crn string) error { _, err := c.ManagementPlans(ctx, crn); return err },
		"needs":  func(crn string) error { _, err := c.Needs(ctx, crn); return err },
	}
	for name, call := range calls {
		assert.Equal(t, apperr.Forbidden, apperr.KindOf(call("X00007")), "limited access: %s", name)
		assert.Equal(t, apperr.NotFound, apperr.KindOf(call("X99999")), "unknown: %s", name)
	}
	_, err := c.SeriousHarm(ctx, "X00009")
	assert.Equal(t, apperr.Upstream, apperr.KindOf(err))
}
