package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// CancelMove implements POST /api/moves/{id}/cancel: records a MoveCancel event.
func (s *Server) CancelMove(ctx context.Context, req api.CancelMoveRequestObject) (api.CancelMoveResponseObject, error) {
	a := req.Body.Data.Attributes
	if _, err := moves.ParseCancellationReason(string(a.CancellationReason)); err != nil {
		return nil, moves.ParamError("cancellation_reason", "Cancellation reason is not included in the list")
	}
	details := map[string]any{"cancellation_reason": string(a.CancellationReason)}
	if a.CancellationReasonComment != nil {
		details["cancellation_reason_comment"] = *a.CancellationReasonComment
	}
	e := moves.Event{Type: moves.MoveCancel, OccurredAt: a.Timestamp, Notes: notes(a.Notes), Details: details}
	if err := s.recordMoveEvent(ctx, req.Id, e); err != nil {
		return nil, err
	}
	return api.CancelMove204Response{}, nil
}
