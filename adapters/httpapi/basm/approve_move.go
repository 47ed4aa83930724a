package basm

import (
	"context"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// ApproveMove implements POST /api/moves/{id}/approve: records a MoveApprove
// event, which also sets the move date.
func (s *Server) ApproveMove(ctx context.Context, req api.ApproveMoveRequestObject) (api.ApproveMoveResponseObject, error) {
	a := req.Body.Data.Attributes
	details := map[string]any{"date": a.Date.Format(time.DateOnly)}
	if a.CreateInNomis != nil {
		details["create_in_nomis"] = *a.CreateInNomis
	}
	e := moves.Event{Type: moves.MoveApprove, OccurredAt: a.Timestamp, Details: details}
	if err := s.recordMoveEvent(ctx, req.Id, e); err != nil {
		return nil, err
	}
	return api.ApproveMove204Response{}, nil
}
