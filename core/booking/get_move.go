package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
)

// GetMove answers GET /api/moves/{id}.
type GetMove struct{ p MovePorts }

// NewGetMove builds the use case.
func NewGetMove(p MovePorts) *GetMove { return &GetMove{p: p} }

// Get returns a move the caller may see, with its events.
func (u *GetMove) Get(ctx context.Context, id string) (*moves.Move, error) {
	m, _, err := u.p.load(ctx, id)
	return m, err
}
