package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// CreateJourney implements POST /api/moves/{moveId}/journeys.
func (s *Server) CreateJourney(ctx context.Context, req api.CreateJourneyRequestObject) (api.CreateJourneyResponseObject, error) {
	include, err := includes(req.Params.Include, journeyIncludes...)
	if err != nil {
		return nil, err
	}
	a, rel := req.Body.Data.Attributes, req.Body.Data.Relationships
	d := journeys.Draft{
		MoveID:         req.MoveId.String(),
		FromLocationID: rel.FromLocation.Data.Id.String(),
		ToLocationID:   rel.ToLocation.Data.Id.String(),
		Billable:       a.Billable,
		Number:         a.Number,
		Timestamp:      a.Timestamp,
	}
	if v := journeyVehicle(a.Vehicle); v != nil {
		d.Vehicle = *v
	}
	if a.Date != nil {
		d.Date = day(a.Date)
	}
	j, err := s.uc.Journeys.Create.Create(ctx, d, relatedID(rel.Supplier))
	if err != nil {
		return nil, err
	}
	included, err := s.journeyIncluded(ctx, include, j)
	if err != nil {
		return nil, err
	}
	return api.CreateJourney201ApplicationVndAPIPlusJSONResponse{Data: toJourney(j), Included: included}, nil
}
