package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// RejectJourney implements POST /api/moves/{moveId}/journeys/{id}/reject: records a
// JourneyReject event; a transition the state does not allow changes nothing.
func (s *Server) RejectJourney(ctx context.Context, req api.RejectJourneyRequestObject) (api.RejectJourneyResponseObject, error) {
	if err := s.recordJourneyEvent(ctx, req.MoveId, req.Id, journeys.JourneyReject, req.Body.Data.Attributes, nil); err != nil {
		return nil, err
	}
	return api.RejectJourney204Response{}, nil
}
