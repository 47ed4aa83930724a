package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
)

// UpdateMove answers PATCH /api/moves/{id}.
type UpdateMove struct{ p MovePorts }

// NewUpdateMove builds the use case.
func NewUpdateMove(p MovePorts) *UpdateMove { return &UpdateMove{p: p} }

// Update applies ch to the move under its lock; a status change is recorded
// as the event of the transition it stands for.
func (u *UpdateMove) Update(ctx context.Context, id string, ch moves.Change) (*moves.Move, error) {
	current, c, err := u.p.load(ctx, id)
	if err != nil {
		return nil, err
	}
	profileID := current.Snapshot().ProfileID
	if ch.ProfileID != nil {
		profileID = *ch.ProfileID
	}
	if profileID != "" {
		// Looked up before the lock: SQLite's one connection is busy inside the transaction.
		withProfile, err := u.p.context(ctx, "", "", profileID)
		if err != nil {
			return nil, err
		}
		c.Profile = withProfile.Profile
	}
	supplierID, createdBy := actor(ctx)
	now := u.p.Clock.Now()
	return u.p.Moves.Update(ctx, id, func(m *moves.Move) error {
		return m.Update(ch, c, now, u.p.IDs.NewID, supplierID, createdBy)
	})
}
