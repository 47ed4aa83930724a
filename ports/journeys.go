package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
)

// Journeys stores the journeys of moves with their events.
type Journeys interface {
	// Create stores a new journey and its pending events. check is called with
	// the move's other journeys while the move is locked, so two concurrent
	// creates of one move see each other; when it fails nothing is stored.
	Create(ctx context.Context, j *journeys.Journey, check func(siblings []journeys.Snapshot) error) error
	// Get returns one journey of a move with its events, or apperr.NotFound.
	Get(ctx context.Context, moveID, id string) (*journeys.Journey, error)
	// Update loads the journey under a lock held until fn returns, lets fn
	// change it, and stores the result with its new events; when fn fails
	// nothing is stored. Concurrent updates of one journey run one after the other.
	Update(ctx context.Context, moveID, id string, fn func(*journeys.Journey) error) (*journeys.Journey, error)
	// List returns one page of a move's journeys (without their events), oldest
	// first; supplierID "" lists every supplier's.
	List(ctx context.Context, moveID, supplierID string, page paging.Request) (paging.Page[*journeys.Journey], error)
}
