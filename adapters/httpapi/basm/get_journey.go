package basm

import (
	"context"

	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// GetJourney implements GET /api/moves/{moveId}/journeys/{id}.
func (s *Server) GetJourney(ctx context.Context, req api.GetJourneyRequestObject) (api.GetJourneyResponseObject, error) {
	include, err := includes(req.Params.Include, journeyIncludes...)
	if err != nil {
		return nil, err
	}
	j, err := s.uc.Journeys.Get.Get(ctx, req.MoveId.String(), req.Id.String())
	if err != nil {
		return nil, err
	}
	included, err := s.journeyIncluded(ctx, include, j)
	if err != nil {
		return nil, err
	}
	return api.GetJourney200ApplicationVndAPIPlusJSONResponse{Data: toJourney(j), Included: included}, nil
}
