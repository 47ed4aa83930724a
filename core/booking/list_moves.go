package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
)

// ListMoves answers GET /api/moves and POST /api/moves/filtered.
type ListMoves struct{ p MovePorts }

// NewListMoves builds the use case.
func NewListMoves(p MovePorts) *ListMoves { return &ListMoves{p: p} }

// List returns a page of the moves the caller may see that match filter.
func (u *ListMoves) List(ctx context.Context, f moves.Filter, s moves.Sort, page paging.Request) (paging.Page[*moves.Move], error) {
	if caller, ok := CallerFrom(ctx); ok {
		if id, scoped := caller.SupplierID(); scoped {
			f.VisibleTo = id
		}
	}
	return u.p.Moves.List(ctx, f, s, page)
}
