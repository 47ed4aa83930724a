package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// RedirectMove implements POST /api/moves/{id}/redirects: records a
// MoveRedirect event, which changes the destination (and move type).
func (s *Server) RedirectMove(ctx context.Context, req api.RedirectMoveRequestObject) (api.RedirectMoveResponseObject, error) {
	d := req.Body.Data
	details := map[string]any{}
	if d.Attributes.MoveType != nil {
		details["move_type"] = string(*d.Attributes.MoveType)
	}
	e := moves.Event{Type: moves.MoveRedirect, OccurredAt: d.Attributes.Timestamp, Notes: notes(d.Attributes.Notes), Details: details,
		Relationships: map[string]string{"to_location": d.Relationships.ToLocation.Data.Id.String()}}
	if err := s.recordMoveEvent(ctx, req.Id, e); err != nil {
		return nil, err
	}
	return api.RedirectMove204Response{}, nil
}
