package booking

import (
	"context"
	"math/rand/v2"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
)

// CreateMove books a new move (POST /api/moves).
type CreateMove struct{ p MovePorts }

// NewCreateMove builds the use case.
func NewCreateMove(p MovePorts) *CreateMove { return &CreateMove{p: p} }

// Create checks the draft against every rule, gives it an unused reference and
// stores it with its MoveProposed/MoveRequested event.
func (u *CreateMove) Create(ctx context.Context, d moves.Draft) (*moves.Move, error) {
	c, err := u.p.context(ctx, d.FromLocationID, d.ToLocationID, d.ProfileID)
	if err != nil {
		return nil, err
	}
	supplierID, createdBy := actor(ctx)
	if supplierID == "" && c.From != nil && len(c.From.SupplierIDs) > 0 {
		// The frontend has no supplier of its own: the move goes to the one serving its start.
		supplierID = c.From.SupplierIDs[0]
	}
	d.SupplierID, d.CreatedBy = supplierID, createdBy
	ref, err := moves.UniqueReference(ctx, rand.IntN, u.p.Moves.ReferenceTaken)
	if err != nil {
		return nil, err
	}
	now := u.p.Clock.Now()
	m, err := moves.New(u.p.IDs.NewID(), u.p.IDs.NewID(), ref, d, c, now)
	if err != nil {
		return nil, err
	}
	if supplierID == "" {
		return nil, apperr.Validation(apperr.FieldError{Field: "supplier", Code: "blank", Message: "can't be blank"})
	}
	s := m.Snapshot()
	if c.Profile != nil && s.Status != moves.Proposed && s.Status != moves.Cancelled {
		existing, err := u.p.Moves.Duplicate(ctx, s, c.Profile.PersonID)
		if err != nil {
			return nil, err
		}
		if existing != "" {
			return nil, apperr.Validation(apperr.FieldError{Field: "date", Code: "taken", Message: "has already been taken",
				Meta: map[string]any{"existing_id": existing}})
		}
	}
	if err := u.p.Moves.Create(ctx, m); err != nil {
		return nil, err
	}
	return m, nil
}
