package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// UncancelJourney implements POST /api/moves/{moveId}/journeys/{id}/uncancel: records a
// JourneyUncancel event; a transition the state does not allow changes nothing.
func (s *Server) UncancelJourney(ctx context.Context, req api.UncancelJourneyRequestObject) (api.UncancelJourneyResponseObject, error) {
	if err := s.recordJourneyEvent(ctx, req.MoveId, req.Id, journeys.JourneyUncancel, req.Body.Data.Attributes, nil); err != nil {
		return nil, err
	}
	return api.UncancelJourney204Response{}, nil
}
