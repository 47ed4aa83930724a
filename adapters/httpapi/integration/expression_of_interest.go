package integration

import (
	"context"

	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// PutExpressionOfInterest implements PUT /v1/persons/{hmppsId}/expression-of-interest/jobs/{jobid}.
func (s *Server) PutExpressionOfInterest(ctx context.Context, req api.PutExpressionOfInterestRequestObject) (api.PutExpressionOfInterestResponseObject, error) {
	if err := s.uc.ExpressionOfInterest.Handle(ctx, filtersFrom(ctx), req.HmppsId, req.Jobid); err != nil {
		return nil, err
	}
	return api.PutExpressionOfInterest200JSONResponse{Data: api.Unit{}, Errors: []api.UpstreamApiError{}}, nil
}
