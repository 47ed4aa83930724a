package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/risks"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetRiskScores answers GET /v1/persons/{encodedHmppsId}/risks/scores.
type GetRiskScores struct {
	resolver    *Resolver
	assessments ports.RiskAssessments
}

// NewGetRiskScores builds the use case.
func NewGetRiskScores(resolver *Resolver, assessments ports.RiskAssessments) *GetRiskScores {
	return &GetRiskScores{resolver: resolver, assessments: assessments}
}

// Handle returns one page of predictor scores, most recently completed
// first. A Limited Access Offender's scores, or a person with no CRN, give an
// empty list, as the spec documents.
func (h *GetRiskScores) Handle(ctx context.Context, hmppsID string, page paging.Request) (paging.Page[risks.PredictorScores], error) {
	crn, err := crnOf(ctx, h.resolver, hmppsID)
	if err != nil {
		return paging.Page[risks.PredictorScores]{}, err
	}
	scores := []risks.PredictorScores{}
	if crn != "" {
		scores, err = h.assessments.PredictorScores(ctx, crn)
		switch {
		case apperr.Is(err, apperr.Forbidden):
			scores = []risks.PredictorScores{}
		case err != nil:
			return paging.Page[risks.PredictorScores]{}, notFoundAs(err, hmppsID)
		}
	}
	risks.SortScoresNewestFirst(scores)
	return paging.Slice(scores, page), nil
}
