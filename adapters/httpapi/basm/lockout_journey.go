package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// LockoutJourney implements POST /api/moves/{moveId}/journeys/{id}/lockouts:
// records a JourneyLockout event at from_location; the state does not change.
func (s *Server) LockoutJourney(ctx context.Context, req api.LockoutJourneyRequestObject) (api.LockoutJourneyResponseObject, error) {
	d := req.Body.Data
	rels := map[string]string{"from_location": d.Relationships.FromLocation.Data.Id.String()}
	if err := s.recordJourneyEvent(ctx, req.MoveId, req.Id, journeys.JourneyLockout, d.Attributes, rels); err != nil {
		return nil, err
	}
	return api.LockoutJourney204Response{}, nil
}
