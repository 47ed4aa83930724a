package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/courthearings"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// CreateCourtHearing answers POST /api/court_hearings.
type CreateCourtHearing struct {
	moves    MovePorts
	hearings ports.CourtHearings
}

// NewCreateCourtHearing builds the use case.
func NewCreateCourtHearing(moves MovePorts, hearings ports.CourtHearings) *CreateCourtHearing {
	return &CreateCourtHearing{moves: moves, hearings: hearings}
}

// Create stores a hearing, attached to moveID when given: the move must exist
// and be one the caller may see (else 404, as for the move itself). The
// hearing is not created in NOMIS: there is no NOMIS court-case upstream yet,
// so saved_to_nomis and nomis_hearing_id are kept as the caller sends them.
func (u *CreateCourtHearing) Create(ctx context.Context, moveID string, d courthearings.Details) (*courthearings.CourtHearing, error) {
	if moveID != "" {
		if _, _, err := u.moves.load(ctx, moveID); err != nil {
			return nil, err
		}
	}
	h, err := courthearings.New(u.moves.IDs.NewID(), moveID, d, u.moves.Clock.Now())
	if err != nil {
		return nil, err
	}
	if err := u.hearings.Create(ctx, h); err != nil {
		return nil, err
	}
	return h, nil
}
