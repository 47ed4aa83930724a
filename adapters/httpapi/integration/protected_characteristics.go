package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/core/refdata"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetProtectedCharacteristics implements GET /v1/persons/{hmppsId}/protected-characteristics.
func (s *Server) GetProtectedCharacteristics(ctx context.Context, req api.GetProtectedCharacteristicsRequestObject) (api.GetProtectedCharacteristicsResponseObject, error) {
	c, err := s.uc.Probation.ProtectedCharacteristics.Handle(ctx, filtersFrom(ctx), req.HmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetProtectedCharacteristics200JSONResponse{Data: api.PersonProtectedCharacteristics{
		Age: float32(c.Age), Gender: optString(c.Gender), SexualOrientation: optString(c.SexualOrientation),
		Ethnicity: optString(c.Ethnicity), Nationality: optString(c.Nationality), Religion: optString(c.Religion),
		MaritalStatus: optString(c.MaritalStatus),
		Disabilities: mapItems(c.Disabilities, func(d person.Disability) api.Disability {
			return api.Disability{
				DisabilityType: toKeyValue(d.Type), Condition: toKeyValue(d.Condition),
				StartDate: optDate(d.StartDate), EndDate: optDate(d.EndDate), Notes: optString(d.Notes),
			}
		}),
		ReasonableAdjustments: mapItems(c.ReasonableAdjustments, func(a person.ReasonableAdjustment) api.ReasonableAdjustment {
			return api.ReasonableAdjustment{
				TreatmentCode: optString(a.TreatmentCode), TreatmentDescription: optString(a.TreatmentDescription),
				CommentText: optString(a.CommentText), StartDate: optDate(a.StartDate), EndDate: optDate(a.EndDate),
			}
		}),
	}}, nil
}

func toKeyValue(c *refdata.Code) *api.KeyValue {
	if c == nil {
		return nil
	}
	return &api.KeyValue{Code: optString(c.Code), Description: optString(c.Description)}
}
