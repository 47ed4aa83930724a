package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// AcceptMove implements POST /api/moves/{id}/accept: records a MoveAccept event.
func (s *Server) AcceptMove(ctx context.Context, req api.AcceptMoveRequestObject) (api.AcceptMoveResponseObject, error) {
	a := req.Body.Data.Attributes
	e := moves.Event{Type: moves.MoveAccept, OccurredAt: a.Timestamp, Notes: notes(a.Notes)}
	if err := s.recordMoveEvent(ctx, req.Id, e); err != nil {
		return nil, err
	}
	return api.AcceptMove204Response{}, nil
}
