package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// StartMove implements POST /api/moves/{id}/start: records a MoveStart event.
func (s *Server) StartMove(ctx context.Context, req api.StartMoveRequestObject) (api.StartMoveResponseObject, error) {
	a := req.Body.Data.Attributes
	e := moves.Event{Type: moves.MoveStart, OccurredAt: a.Timestamp, Notes: notes(a.Notes)}
	if err := s.recordMoveEvent(ctx, req.Id, e); err != nil {
		return nil, err
	}
	return api.StartMove204Response{}, nil
}
