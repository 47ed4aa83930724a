// Package ports declares the interfaces between the core and the outside world,
// in the core's own types. Adapters implement them; use cases depend on them.
package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

// PrisonerSearch is the Prisoner Search upstream.
type PrisonerSearch interface {
	// Prisoner returns the prisoner with that NOMS number, or an apperr.NotFound error.
	Prisoner(ctx context.Context, nomsNumber string) (person.Prisoner, error)
}

// ProbationSearch is the Probation Offender Search upstream.
type ProbationSearch interface {
	// FindByID returns the probation cases matching one NOMS number, CRN or PNC; none is not an error.
	FindByID(ctx context.Context, id person.ID) ([]person.ProbationCase, error)
}
