package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// StartJourney implements POST /api/moves/{moveId}/journeys/{id}/start: records a
// JourneyStart event; a transition the state does not allow changes nothing.
func (s *Server) StartJourney(ctx context.Context, req api.StartJourneyRequestObject) (api.StartJourneyResponseObject, error) {
	if err := s.recordJourneyEvent(ctx, req.MoveId, req.Id, journeys.JourneyStart, req.Body.Data.Attributes, nil); err != nil {
		return nil, err
	}
	return api.StartJourney204Response{}, nil
}
