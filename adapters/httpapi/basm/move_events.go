package basm

import (
	"context"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
)

// recordMoveEvent is the shared body of the eight move event endpoints: the
// request's timestamp becomes the event's occurred_at; the answer is 204.
func (s *Server) recordMoveEvent(ctx context.Context, id openapi_types.UUID, e moves.Event) error {
	if e.Details == nil {
		e.Details = map[string]any{}
	}
	return s.uc.Moves.Record.Record(ctx, id.String(), e)
}

func notes(n *string) string { return value(n) }
