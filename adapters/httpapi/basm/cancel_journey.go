package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// CancelJourney implements POST /api/moves/{moveId}/journeys/{id}/cancel: records a
// JourneyCancel event; a transition the state does not allow changes nothing.
func (s *Server) CancelJourney(ctx context.Context, req api.CancelJourneyRequestObject) (api.CancelJourneyResponseObject, error) {
	if err := s.recordJourneyEvent(ctx, req.MoveId, req.Id, journeys.JourneyCancel, req.Body.Data.Attributes, nil); err != nil {
		return nil, err
	}
	return api.CancelJourney204Response{}, nil
}
