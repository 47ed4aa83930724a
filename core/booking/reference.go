package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// Reference reads lookup data that other resources point at (for JSON:API includes).
type Reference struct {
	store ports.ReferenceData
}

// NewReference builds the use case.
func NewReference(store ports.ReferenceData) *Reference { return &Reference{store: store} }

// Item returns one entry of a lookup list such as "genders".
func (u *Reference) Item(ctx context.Context, list, id string) (reference.Item, error) {
	return u.store.Item(ctx, list, id)
}

// Supplier returns one supplier.
func (u *Reference) Supplier(ctx context.Context, id string) (reference.Supplier, error) {
	return u.store.Supplier(ctx, id)
}
