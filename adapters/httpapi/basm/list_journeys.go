package basm

import (
	"context"

	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// ListJourneys implements GET /api/moves/{moveId}/journeys: the caller's
// journeys of the move, paginated.
func (s *Server) ListJourneys(ctx context.Context, req api.ListJourneysRequestObject) (api.ListJourneysResponseObject, error) {
	p := req.Params
	include, err := includes(p.Include, journeysIncludes...)
	if err != nil {
		return nil, err
	}
	page, err := pageRequest(p.Page, p.PerPage)
	if err != nil {
		return nil, err
	}
	result, err := s.uc.Journeys.List.List(ctx, req.MoveId.String(), page)
	if err != nil {
		return nil, err
	}
	data := make([]api.Journey, len(result.Items))
	for i, j := range result.Items {
		data[i] = toJourney(j)
	}
	included, err := s.journeyIncluded(ctx, include, result.Items...)
	if err != nil {
		return nil, err
	}
	links, meta := paginationOf(requestFrom(ctx), result)
	return api.ListJourneys200ApplicationVndAPIPlusJSONResponse{Data: data, Included: included, Links: links, Meta: meta}, nil
}
