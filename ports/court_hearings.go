package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/courthearings"
)

// CourtHearings stores court hearings.
type CourtHearings interface {
	// Create stores a new hearing.
	Create(ctx context.Context, h *courthearings.CourtHearing) error
	// Get returns one hearing or apperr.NotFound.
	Get(ctx context.Context, id string) (*courthearings.CourtHearing, error)
}
