package basm

import (
	"context"

	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// GetEvent implements GET /api/events/{id}.
func (s *Server) GetEvent(ctx context.Context, req api.GetEventRequestObject) (api.GetEventResponseObject, error) {
	e, err := s.uc.Events.Get.Get(ctx, req.Id.String())
	if err != nil {
		return nil, err
	}
	return api.GetEvent200ApplicationVndAPIPlusJSONResponse{Data: toEvent(e)}, nil
}
