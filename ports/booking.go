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
	// SupplierByKey returns one supplier by its key ("serco") or apperr.NotFound.
	SupplierByKey(ctx context.Context, key string) (reference.Supplier, error)
	// Items lists a lookup list ("genders", "ethnicities", "prison_transfer_reasons") by title.
	Items(ctx context.Context, list string) ([]reference.Item, error)
	// Suppliers lists every supplier.
	Suppliers(ctx context.Context) ([]reference.Supplier, error)
	// AssessmentQuestions lists the questions of one category, or all when category is empty.
	AssessmentQuestions(ctx context.Context, category reference.AssessmentCategory) ([]reference.AssessmentQuestion, error)
	// AssessmentQuestion returns one question or apperr.NotFound.
	AssessmentQuestion(ctx context.Context, id string) (reference.AssessmentQuestion, error)
	// Categories lists the prisoner categories.
	Categories(ctx context.Context) ([]reference.Category, error)
	// CategoryByKey returns the category with a NOMIS key ("C") or apperr.NotFound.
	CategoryByKey(ctx context.Context, key string) (reference.Category, error)
}

// People stores Book a Secure Move people.
type People interface {
	Create(ctx context.Context, p people.Person) error
	// Save overwrites a stored person.
	Save(ctx context.Context, p people.Person) error
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
