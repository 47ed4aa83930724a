// Package booking holds the Book a Secure Move use cases.
package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// Page sizes of the JSON:API listings: 20 unless asked, never more than 2000.
const (
	DefaultPerPage = 20
	MaxPerPage     = 2000
)

// Locations answers the location reference endpoints.
type Locations struct {
	store ports.Locations
}

// NewLocations builds the use case.
func NewLocations(store ports.Locations) *Locations { return &Locations{store: store} }

// List returns a page of locations, sorted by title.
func (u *Locations) List(ctx context.Context, filter reference.LocationFilter, page paging.Request) (paging.Page[reference.Location], error) {
	return u.store.List(ctx, filter, page)
}

// Get returns one location.
func (u *Locations) Get(ctx context.Context, id string) (reference.Location, error) {
	return u.store.Get(ctx, id)
}
