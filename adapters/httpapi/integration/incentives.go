package integration

import (
	"context"

	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetIepLevel implements GET /v1/persons/{hmppsId}/iep-level.
func (s *Server) GetIepLevel(ctx context.Context, req api.GetIepLevelRequestObject) (api.GetIepLevelResponseObject, error) {
	level, err := s.uc.IepLevel.Handle(ctx, filtersFrom(ctx), req.HmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetIepLevel200JSONResponse{Data: api.IEPLevel{IepCode: level.Code, IepLevel: level.Description}}, nil
}
