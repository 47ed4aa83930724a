package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// UncompleteJourney implements POST /api/moves/{moveId}/journeys/{id}/uncomplete: records a
// JourneyUncomplete event; a transition the state does not allow changes nothing.
func (s *Server) UncompleteJourney(ctx context.Context, req api.UncompleteJourneyRequestObject) (api.UncompleteJourneyResponseObject, error) {
	if err := s.recordJourneyEvent(ctx, req.MoveId, req.Id, journeys.JourneyUncomplete, req.Body.Data.Attributes, nil); err != nil {
		return nil, err
	}
	return api.UncompleteJourney204Response{}, nil
}
