package basm

import (
	"context"

	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// GetMove implements GET /api/moves/{id}.
func (s *Server) GetMove(ctx context.Context, req api.GetMoveRequestObject) (api.GetMoveResponseObject, error) {
	include, err := includes(req.Params.Include, moveIncludes...)
	if err != nil {
		return nil, err
	}
	m, err := s.uc.Moves.Get.Get(ctx, req.Id.String())
	if err != nil {
		return nil, err
	}
	included, err := s.moveIncluded(ctx, include, m)
	if err != nil {
		return nil, err
	}
	return api.GetMove200ApplicationVndAPIPlusJSONResponse{Data: toMove(m, true), Included: included}, nil
}
