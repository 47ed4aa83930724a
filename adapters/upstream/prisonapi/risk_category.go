package prisonapi

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

// RiskCategory implements ports.PrisonerCategories with the offender detail
// of the latest booking.
func (c *Client) RiskCategory(ctx context.Context, nomsNumber string) (prison.RiskCategory, error) {
	resp, err := c.api.GetOffender1WithResponse(ctx, nomsNumber)
	if err != nil {
		return prison.RiskCategory{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return prison.RiskCategory{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	d := resp.JSON200
	out := prison.RiskCategory{
		OffenderNo: optional.String(d.OffenderNo), Category: optional.String(d.Category), CategoryCode: optional.String(d.CategoryCode),
		Assessments: []prison.Assessment{},
	}
	if d.Assessments != nil {
		for _, a := range *d.Assessments {
			assessment := prison.Assessment{
				Classification: optional.String(a.Classification), ClassificationCode: optional.String(a.ClassificationCode),
				Code: optional.String(a.AssessmentCode), Description: optional.String(a.AssessmentDescription),
				AgencyID: optional.String(a.AssessmentAgencyId), Comment: optional.String(a.AssessmentComment),
				Date: optional.Date(a.AssessmentDate), NextReviewDate: optional.Date(a.NextReviewDate),
			}
			if a.AssessmentStatus != nil {
				assessment.Status = string(*a.AssessmentStatus)
			}
			out.Assessments = append(out.Assessments, assessment)
		}
	}
	return out, nil
}
