package basm

import (
	"context"

	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// FilterMoves implements POST /api/moves/filtered: listMoves with the filters in the body.
func (s *Server) FilterMoves(ctx context.Context, req api.FilterMovesRequestObject) (api.FilterMovesResponseObject, error) {
	var f api.MoveFilter
	if a := req.Body.Data.Attributes; a != nil && a.Filter != nil {
		f = *a.Filter
	}
	p := req.Params
	doc, err := s.listMoves(ctx, f, (*string)(p.SortBy), (*string)(p.SortDirection), p.Include, p.Page, p.PerPage)
	if err != nil {
		return nil, err
	}
	return api.FilterMoves200ApplicationVndAPIPlusJSONResponse(doc), nil
}
