package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// CompleteJourney implements POST /api/moves/{moveId}/journeys/{id}/complete: records a
// JourneyComplete event; a transition the state does not allow changes nothing.
func (s *Server) CompleteJourney(ctx context.Context, req api.CompleteJourneyRequestObject) (api.CompleteJourneyResponseObject, error) {
	if err := s.recordJourneyEvent(ctx, req.MoveId, req.Id, journeys.JourneyComplete, req.Body.Data.Attributes, nil); err != nil {
		return nil, err
	}
	return api.CompleteJourney204Response{}, nil
}
