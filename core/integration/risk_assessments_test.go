package integration_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/risks"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

// oasys mocks ARNS: X00001 is assessed, X00002 is a limited access case
// (403), and any other CRN is unknown; fail, when set, is every answer's error.
func oasys(t *testing.T, fail error) *portsmocks.RiskAssessments {
	t.Helper()
	a := portsmocks.NewRiskAssessments(t)
	answer := func(crn string) error {
		switch {
		case fail != nil:
			return fail
		case crn == "X00001":
			return nil
		case crn == "X00002":
			return apperr.New(apperr.Forbidden, "403 from ARNS")
		}
		return apperr.New(apperr.NotFound, "404 from ARNS")
	}
	a.EXPECT().SeriousHarm(mock.Anything, mock.Anything).RunAndReturn(func(_ context.Context, crn string) (risks.SeriousHarm, error) {
		return risks.SeriousHarm{Summary: risks.Summary{OverallRiskLevel: "HIGH"}}, answer(crn)
	}).Maybe()
	a.EXPECT().PredictorScores(mock.Anything, mock.Anything).RunAndReturn(func(_ context.Context, crn string) ([]risks.PredictorScores, error) {
		return []risks.PredictorScores{
			{GeneralPredictor: "OLD", CompletedDate: date(2024, 3, 11)},
			{GeneralPredictor: "UNDATED"},
			{GeneralPredictor: "NEW", CompletedDate: date(2025, 10, 2)},
		}, answer(crn)
	}).Maybe()
	a.EXPECT().ManagementPlans(mock.Anything, mock.Anything).RunAndReturn(func(_ context.Context, crn string) ([]risks.ManagementPlan, error) {
		return []risks.ManagementPlan{{AssessmentID: "9100001"}}, answer(crn)
	}).Maybe()
	a.EXPECT().Needs(mock.Anything, mock.Anything).RunAndReturn(func(_ context.Context, crn string) (risks.Needs, error) {
		return risks.Needs{IdentifiedNeeds: []risks.Need{{Section: "DRUG_MISUSE"}}}, answer(crn)
	}).Maybe()
	return a
}

// riskCase is one row of the risk reads' tables: who is asked about, what
// ARNS does, and what the use case should give.
type riskCase struct {
	name    string
	id      string
	fail    error
	present bool // data comes back (vs null / empty)
	kind    apperr.Kind
}

var riskCases = []riskCase{
	{"by NOMS number", "A1234AA", nil, true, 0},
	{"by CRN", "X00001", nil, true, 0},
	{"unknown person", "Z9999ZZ", nil, false, apperr.NotFound},
	{"malformed", "bogus", nil, false, apperr.Invalid},
	{"ARNS fails", "X00001", apperr.New(apperr.Upstream, "500"), false, apperr.Upstream},
	{"ARNS has no assessment", "X00001", apperr.New(apperr.NotFound, "404"), false, apperr.NotFound},
}

func TestGetRiskSeriousHarm(t *testing.T) {
	t.Parallel()
	cases := append(riskCases[:len(riskCases):len(riskCases)],
		riskCase{"limited access is null data", "X00002", nil, false, 0})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got, err := integration.NewGetRiskSeriousHarm(newWorld(t).resolver, oasys(t, c.fail)).Handle(context.Background(), c.id)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			if c.present {
				assert.Equal(t, "HIGH", got.Summary.OverallRiskLevel)
			} else {
				assert.Nil(t, got)
			}
		})
	}
}

func TestGetRiskScores(t *testing.T) {
	t.Parallel()
	cases := append(riskCases[:len(riskCases):len(riskCases)],
		riskCase{"limited access is an empty list", "X00002", nil, false, 0})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got, err := integration.NewGetRiskScores(newWorld(t).resolver, oasys(t, c.fail)).Handle(context.Background(), c.id, firstPage)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			levels := []string{}
			for _, s := range got.Items {
				levels = append(levels, s.GeneralPredictor)
			}
			if c.present {
				assert.Equal(t, []string{"NEW", "OLD", "UNDATED"}, levels, "most recently completed first")
			} else {
				assert.Empty(t, levels)
				assert.Equal(t, 0, got.Total)
			}
		})
	}
}

func TestGetRiskManagementPlan(t *testing.T) {
	t.Parallel()
	cases := append(riskCases[:len(riskCases):len(riskCases)],
		riskCase{"limited access is refused", "X00002", nil, false, apperr.Forbidden})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got, err := integration.NewGetRiskManagementPlan(newWorld(t).resolver, oasys(t, c.fail)).Handle(context.Background(), c.id, firstPage)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "9100001", got.Items[0].AssessmentID)
		})
	}
}

func TestGetNeeds(t *testing.T) {
	t.Parallel()
	cases := append(riskCases[:len(riskCases):len(riskCases)],
		riskCase{"limited access is null data", "X00002", nil, false, 0})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got, err := integration.NewGetNeeds(newWorld(t).resolver, oasys(t, c.fail)).Handle(context.Background(), c.id)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			if c.present {
				assert.Equal(t, "DRUG_MISUSE", got.IdentifiedNeeds[0].Section)
			} else {
				assert.Nil(t, got)
			}
		})
	}
}
