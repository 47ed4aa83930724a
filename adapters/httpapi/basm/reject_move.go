package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// RejectMove implements POST /api/moves/{id}/reject: records a MoveReject
// event. rebook is recorded but does not yet create the follow-up move.
func (s *Server) RejectMove(ctx context.Context, req api.RejectMoveRequestObject) (api.RejectMoveResponseObject, error) {
	a := req.Body.Data.Attributes
	if _, err := moves.ParseRejectionReason(string(a.RejectionReason)); err != nil {
		return nil, moves.ParamError("rejection_reason", "Rejection reason is not included in the list")
	}
	details := map[string]any{"rejection_reason": string(a.RejectionReason)}
	if a.CancellationReasonComment != nil {
		details["cancellation_reason_comment"] = *a.CancellationReasonComment
	}
	if a.Rebook != nil {
		details["rebook"] = *a.Rebook
	}
	e := moves.Event{Type: moves.MoveReject, OccurredAt: a.Timestamp, Details: details}
	if err := s.recordMoveEvent(ctx, req.Id, e); err != nil {
		return nil, err
	}
	return api.RejectMove204Response{}, nil
}
