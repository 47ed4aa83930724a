package integration

import (
	"context"

	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetPersonResponsibleOfficer implements GET /v1/persons/{encodedHmppsId}/person-responsible-officer.
func (s *Server) GetPersonResponsibleOfficer(ctx context.Context, req api.GetPersonResponsibleOfficerRequestObject) (api.GetPersonResponsibleOfficerResponseObject, error) {
	o, err := s.uc.Probation.ResponsibleOfficer.Handle(ctx, req.EncodedHmppsId)
	if err != nil {
		return nil, err
	}
	com := o.Community
	return api.GetPersonResponsibleOfficer200JSONResponse{Data: api.PersonResponsibleOfficer{
		PrisonOffenderManager: api.PrisonOffenderManager{
			Forename: optString(o.Prison.Forename), Surname: optString(o.Prison.Surname),
			Prison: api.Prison{Code: optString(o.Prison.PrisonCode)},
		},
		CommunityOffenderManager: api.CommunityOffenderManager{
			Name:            api.PersonResponsibleOfficerName{Forename: optString(com.Forename), Surname: optString(com.Surname)},
			Email:           optString(com.Email),
			TelephoneNumber: optString(com.TelephoneNumber),
			Team: api.PersonResponsibleOfficerTeam{
				Code: optString(com.Team.Code), Description: optString(com.Team.Description),
				Email: optString(com.Team.Email), TelephoneNumber: optString(com.Team.TelephoneNumber),
			},
		},
	}}, nil
}
