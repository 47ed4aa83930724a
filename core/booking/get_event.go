package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/events"
)

// GetEvent answers GET /api/events/{id}. Events are not scoped by supplier
// (§8): any caller reads any event.
type GetEvent struct{ p EventPorts }

// NewGetEvent builds the use case.
func NewGetEvent(p EventPorts) *GetEvent { return &GetEvent{p: p} }

// Get returns one stored event or apperr.NotFound.
func (u *GetEvent) Get(ctx context.Context, id string) (events.Event, error) {
	return u.p.Events.Get(ctx, id)
}
