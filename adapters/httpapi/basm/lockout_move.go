package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// LockoutMove implements POST /api/moves/{id}/lockouts: records a MoveLockout event.
func (s *Server) LockoutMove(ctx context.Context, req api.LockoutMoveRequestObject) (api.LockoutMoveResponseObject, error) {
	d := req.Body.Data
	e := moves.Event{Type: moves.MoveLockout, OccurredAt: d.Attributes.Timestamp, Notes: notes(d.Attributes.Notes),
		Relationships: map[string]string{"from_location": d.Relationships.FromLocation.Data.Id.String()}}
	if err := s.recordMoveEvent(ctx, req.Id, e); err != nil {
		return nil, err
	}
	return api.LockoutMove204Response{}, nil
}
