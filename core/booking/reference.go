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

// SupplierByKey returns the supplier with that key ("serco").
func (u *Reference) SupplierByKey(ctx context.Context, key string) (reference.Supplier, error) {
	return u.store.SupplierByKey(ctx, key)
}

// Items lists one lookup list ("genders", "ethnicities", "prison_transfer_reasons").
func (u *Reference) Items(ctx context.Context, list string) ([]reference.Item, error) {
	return u.store.Items(ctx, list)
}

// Suppliers lists the suppliers.
func (u *Reference) Suppliers(ctx context.Context) ([]reference.Supplier, error) {
	return u.store.Suppliers(ctx)
}

// AssessmentQuestions lists the questions, optionally of one category.
func (u *Reference) AssessmentQuestions(ctx context.Context, category reference.AssessmentCategory) ([]reference.AssessmentQuestion, error) {
	return u.store.AssessmentQuestions(ctx, category)
}

// Categories lists the prisoner categories.
func (u *Reference) Categories(ctx context.Context) ([]reference.Category, error) {
	return u.store.Categories(ctx)
}
