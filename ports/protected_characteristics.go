package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

// ProbationProfiles is probation search's view of a person's profile.
type ProbationProfiles interface {
	// ProbationProfile returns the profile of the case id names (a NOMS
	// number or CRN), or an apperr.NotFound error when probation has none.
	ProbationProfile(ctx context.Context, id person.ID) (person.ProbationProfile, error)
}

// PrisonerProfiles is prisoner search's view of a prisoner's profile.
type PrisonerProfiles interface {
	// PrisonerProfile returns the prisoner's profile, or an apperr.NotFound error.
	PrisonerProfile(ctx context.Context, nomsNumber string) (person.PrisonerProfile, error)
}

// ReasonableAdjustments is the health-treatment part of the NOMIS Prison API.
type ReasonableAdjustments interface {
	// ReasonableAdjustments returns every health treatment recorded on the
	// booking (of any HEALTH_TREAT type); none is not an error.
	ReasonableAdjustments(ctx context.Context, bookingID int64) ([]person.ReasonableAdjustment, error)
}
