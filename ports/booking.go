package ports

import (
	"context"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
)

// Locations stores Book a Secure Move locations.
type Locations interface {
	// List returns one page of locations matching filter, ordered by title.
	List(ctx context.Context, filter reference.LocationFilter, page paging.Request) (paging.Page[reference.Location], error)
	// Get returns one location or an apperr.NotFound error.
	Get(ctx context.Context, id string) (reference.Location, error)
}

// ReferenceData stores the small lookup lists.
type ReferenceData interface {
	// Item returns one entry of a list ("genders", "ethnicities") or apperr.NotFound.
	Item(ctx context.Context, list, id string) (reference.Item, error)
	// Supplier returns one supplier by id or apperr.NotFound.
	Supplier(ctx context.Context, id string) (reference.Supplier, error)
}

// People stores Book a Secure Move people.
type People interface {
	Create(ctx context.Context, p people.Person) error
	// Get returns one person or an apperr.NotFound error.
	Get(ctx context.Context, id string) (people.Person, error)
	List(ctx context.Context, filter people.Filter, page paging.Request) (paging.Page[people.Person], error)
}

// Clock tells the time; tests fix it.
type Clock interface {
	Now() time.Time
}

// IDGenerator makes new identifiers for stored records.
type IDGenerator interface {
	NewID() string
}
