package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/escortrecords"
)

// EscortRecords stores person escort records with the events their changes record.
type EscortRecords interface {
	// Create stores a new record, failing with escortrecords.TakenError when
	// its profile already has one; concurrent creates for one profile are
	// serialised, so only one can succeed.
	Create(ctx context.Context, r *escortrecords.Record) error
	// Get returns one record or apperr.NotFound.
	Get(ctx context.Context, id string) (*escortrecords.Record, error)
	// Update loads the record under a lock held until fn returns, lets fn
	// change it and stores the result with its pending events; when fn fails
	// nothing is stored.
	Update(ctx context.Context, id string, fn func(*escortrecords.Record) error) (*escortrecords.Record, error)
}
