package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/events"
)

// Events stores the events of POST /api/events that no eventable domain
// owns (person escort record, person move and non-transition journey events)
// and reads back any stored event, whoever recorded it.
type Events interface {
	// Append stores e after the eventable's other events, under the
	// eventable's lock, so it takes the next place in its sequence.
	Append(ctx context.Context, e events.Event) error
	// Get returns one stored event of any eventable, or apperr.NotFound.
	Get(ctx context.Context, id string) (events.Event, error)
	// JourneyMove returns the id of the move a journey belongs to, or
	// apperr.NotFound: the journey ports address a journey through its move.
	JourneyMove(ctx context.Context, journeyID string) (string, error)
}
