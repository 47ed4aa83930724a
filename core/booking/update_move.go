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
// as the event of the transition it stands for. Who may see the move is
// checked under the lock, on the move as locked.
func (u *UpdateMove) Update(ctx context.Context, id string, ch moves.Change) (*moves.Move, error) {
	supplierID, createdBy := actor(ctx)
	now := u.p.Clock.Now()
	return u.p.Moves.Update(ctx, id, func(ctx context.Context, m *moves.Move) error {
		c, err := u.p.visibleContext(ctx, m.Snapshot())
		if err != nil {
			return err
		}
		profileID := m.Snapshot().ProfileID
		if ch.ProfileID != nil {
			profileID = *ch.ProfileID
		}
		if profileID != "" {
			withProfile, err := u.p.context(ctx, "", "", profileID)
			if err != nil {
				return err
			}
			c.Profile = withProfile.Profile
		}
		return m.Update(ch, c, now, u.p.IDs.NewID, supplierID, createdBy)
	})
}
