package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/licences"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetLicenceConditions implements GET /v1/persons/{encodedHmppsId}/licences/conditions.
func (s *Server) GetLicenceConditions(ctx context.Context, req api.GetLicenceConditionsRequestObject) (api.GetLicenceConditionsResponseObject, error) {
	found, err := s.uc.Probation.LicenceConditions.Handle(ctx, req.EncodedHmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetLicenceConditions200JSONResponse{Data: api.PersonLicences{
		HmppsId:        found.HmppsID,
		OffenderNumber: optString(found.OffenderNumber),
		Licences: mapItems(found.Licences, func(l licences.Licence) api.Licence {
			return api.Licence{
				Status: optString(l.StatusCode), TypeCode: optString(l.LicenceType),
				CreatedDate: optLocalDateTime(l.Created), ApprovedDate: optLocalDateTime(l.Approved), UpdatedDate: optLocalDateTime(l.Updated),
				Conditions: mapItems(l.Conditions.All(), func(c licences.Condition) api.LicenceCondition {
					return api.LicenceCondition{Type: optString(c.Type), Code: optString(c.Code), Category: optString(c.Category), Condition: optString(c.Text)}
				}),
			}
		}),
	}}, nil
}
