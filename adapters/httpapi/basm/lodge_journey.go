package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// LodgeJourney implements POST /api/moves/{moveId}/journeys/{id}/lodgings:
// records a JourneyLodging event at to_location; the state does not change.
func (s *Server) LodgeJourney(ctx context.Context, req api.LodgeJourneyRequestObject) (api.LodgeJourneyResponseObject, error) {
	d := req.Body.Data
	rels := map[string]string{"to_location": d.Relationships.ToLocation.Data.Id.String()}
	if err := s.recordJourneyEvent(ctx, req.MoveId, req.Id, journeys.JourneyLodging, d.Attributes, rels); err != nil {
		return nil, err
	}
	return api.LodgeJourney204Response{}, nil
}
