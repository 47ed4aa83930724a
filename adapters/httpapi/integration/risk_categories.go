package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetRiskCategories implements GET /v1/persons/{hmppsId}/risks/categories.
func (s *Server) GetRiskCategories(ctx context.Context, req api.GetRiskCategoriesRequestObject) (api.GetRiskCategoriesResponseObject, error) {
	c, err := s.uc.PrisonRecords.RiskCategories.Handle(ctx, filtersFrom(ctx), req.HmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetRiskCategories200JSONResponse{Data: api.RiskCategory{
		OffenderNo: optString(c.OffenderNo), Category: optString(c.Category), CategoryCode: optString(c.CategoryCode),
		Assessments: mapItems(c.Assessments, func(a prison.Assessment) api.RiskAssessment {
			return api.RiskAssessment{
				Classification: optString(a.Classification), ClassificationCode: optString(a.ClassificationCode),
				AssessmentCode: optString(a.Code), AssessmentDescription: optString(a.Description),
				AssessmentStatus: optString(a.Status), AssessmentAgencyId: optString(a.AgencyID),
				AssessmentComment: optString(a.Comment), AssessmentDate: optDate(a.Date), NextReviewDate: optDate(a.NextReviewDate),
			}
		}),
	}}, nil
}
