package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

// PrisonerFinder searches Prisoner Search by name and date of birth.
type PrisonerFinder interface {
	// FindPrisoners returns every prisoner matching q (unsorted); none is not an error.
	FindPrisoners(ctx context.Context, q person.PrisonerQuery) ([]person.Prisoner, error)
}

// PrisonAlerts is the alerts part of the NOMIS Prison API.
type PrisonAlerts interface {
	// Alerts returns every alert on every booking of the prisoner, or an apperr.NotFound error.
	Alerts(ctx context.Context, nomsNumber string) ([]prison.Alert, error)
}

// PrisonVisits is the visits part of the NOMIS Prison API.
type PrisonVisits interface {
	// VisitRestrictions returns the restrictions on the prisoner's latest booking.
	VisitRestrictions(ctx context.Context, nomsNumber string) ([]prison.VisitRestriction, error)
	// VisitBalances returns the visit orders the prisoner has left, or an apperr.NotFound error.
	VisitBalances(ctx context.Context, nomsNumber string) (prison.VisitBalances, error)
}

// Incentives is the HMPPS Incentives API.
type Incentives interface {
	// CurrentLevel returns the prisoner's current incentive level, or an apperr.NotFound error.
	CurrentLevel(ctx context.Context, nomsNumber string) (prison.IncentiveLevel, error)
}
