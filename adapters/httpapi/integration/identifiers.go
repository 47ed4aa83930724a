package integration

import (
	"context"

	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetNomisNumberByHmppsId implements GET /v1/hmpps/id/nomis-number/by-hmpps-id/{hmppsId}.
func (s *Server) GetNomisNumberByHmppsId(ctx context.Context, req api.GetNomisNumberByHmppsIdRequestObject) (api.GetNomisNumberByHmppsIdResponseObject, error) {
	noms, err := s.uc.ConvertIDs.NomisNumber(ctx, filtersFrom(ctx), req.HmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetNomisNumberByHmppsId200JSONResponse{Data: api.NomisNumber{NomisNumber: &noms}}, nil
}

// GetHmppsIdByNomisNumber implements GET /v1/hmpps/id/nomis-number/{nomisNumber}.
func (s *Server) GetHmppsIdByNomisNumber(ctx context.Context, req api.GetHmppsIdByNomisNumberRequestObject) (api.GetHmppsIdByNomisNumberResponseObject, error) {
	id, err := s.uc.ConvertIDs.HmppsID(ctx, filtersFrom(ctx), req.NomisNumber)
	if err != nil {
		return nil, err
	}
	return api.GetHmppsIdByNomisNumber200JSONResponse{Data: api.HmppsId{HmppsId: &id}}, nil
}

// GetHmppsIdByNomisNumberAlias implements GET /v1/hmpps/id/by-nomis-number/{nomisNumber},
// the same operation at its other path.
func (s *Server) GetHmppsIdByNomisNumberAlias(ctx context.Context, req api.GetHmppsIdByNomisNumberAliasRequestObject) (api.GetHmppsIdByNomisNumberAliasResponseObject, error) {
	id, err := s.uc.ConvertIDs.HmppsID(ctx, filtersFrom(ctx), req.NomisNumber)
	if err != nil {
		return nil, err
	}
	return api.GetHmppsIdByNomisNumberAlias200JSONResponse{Data: api.HmppsId{HmppsId: &id}}, nil
}
