package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/people"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

// Profiles stores Book a Secure Move profiles.
type Profiles interface {
	Create(ctx context.Context, p people.Profile) error
	// Get returns the profile or an apperr.NotFound error.
	Get(ctx context.Context, id string) (people.Profile, error)
	// Update loads the profile, lets change modify it and saves it, in one transaction.
	Update(ctx context.Context, id string, change func(*people.Profile) error) (people.Profile, error)
}

// PersonalCareNeeds is the personal-care-needs part of the NOMIS Prison API.
type PersonalCareNeeds interface {
	// PersonalCareNeeds returns the prisoner's current needs; none is not an error.
	PersonalCareNeeds(ctx context.Context, nomsNumber string) ([]prison.PersonalCareNeed, error)
}
