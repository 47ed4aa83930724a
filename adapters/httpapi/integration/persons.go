package integration

import (
	"context"

	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetPersonName implements GET /v1/persons/{hmppsId}/name.
func (s *Server) GetPersonName(ctx context.Context, req api.GetPersonNameRequestObject) (api.GetPersonNameResponseObject, error) {
	name, err := s.uc.PersonName.Handle(ctx, filtersFrom(ctx), req.HmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetPersonName200JSONResponse{Data: api.PersonName{FirstName: &name.FirstName, LastName: &name.LastName}}, nil
}
