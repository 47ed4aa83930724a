package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// UpdateJourney implements PATCH /api/moves/{moveId}/journeys/{id}: billable,
// vehicle and date; the state changes only through the journey events.
func (s *Server) UpdateJourney(ctx context.Context, req api.UpdateJourneyRequestObject) (api.UpdateJourneyResponseObject, error) {
	include, err := includes(req.Params.Include, journeyIncludes...)
	if err != nil {
		return nil, err
	}
	a := req.Body.Data.Attributes
	ch := journeys.Change{Billable: a.Billable, Vehicle: journeyVehicle(a.Vehicle), Timestamp: a.Timestamp}
	if a.Date != nil {
		ch.Date = day(a.Date)
	}
	j, err := s.uc.Journeys.Update.Update(ctx, req.MoveId.String(), req.Id.String(), ch)
	if err != nil {
		return nil, err
	}
	included, err := s.journeyIncluded(ctx, include, j)
	if err != nil {
		return nil, err
	}
	return api.UpdateJourney200ApplicationVndAPIPlusJSONResponse{Data: toJourney(j), Included: included}, nil
}
