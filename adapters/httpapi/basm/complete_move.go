package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// CompleteMove implements POST /api/moves/{id}/complete: records a MoveComplete event.
func (s *Server) CompleteMove(ctx context.Context, req api.CompleteMoveRequestObject) (api.CompleteMoveResponseObject, error) {
	a := req.Body.Data.Attributes
	e := moves.Event{Type: moves.MoveComplete, OccurredAt: a.Timestamp, Notes: notes(a.Notes)}
	if err := s.recordMoveEvent(ctx, req.Id, e); err != nil {
		return nil, err
	}
	return api.CompleteMove204Response{}, nil
}
