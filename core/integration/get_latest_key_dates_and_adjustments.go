package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetLatestKeyDatesAndAdjustments answers GET /v1/persons/{encodedHmppsId}/sentences/latest-key-dates-and-adjustments.
type GetLatestKeyDatesAndAdjustments struct {
	resolver     *Resolver
	calculations ports.SentenceCalculations
}

// NewGetLatestKeyDatesAndAdjustments builds the use case.
func NewGetLatestKeyDatesAndAdjustments(resolver *Resolver, calculations ports.SentenceCalculations) *GetLatestKeyDatesAndAdjustments {
	return &GetLatestKeyDatesAndAdjustments{resolver: resolver, calculations: calculations}
}

// Handle reads the key dates and the adjustments separately and answers with
// whatever it got: it fails only when both reads fail, and is NotFound when
// NOMIS holds neither.
func (h *GetLatestKeyDatesAndAdjustments) Handle(ctx context.Context, filters access.Filters, hmppsID string) (prison.LatestKeyDatesAndAdjustments, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return prison.LatestKeyDatesAndAdjustments{}, err
	}
	noms := identity.NomisNumber()
	dates, datesErr := h.calculations.KeyDates(ctx, noms)
	adjustments, adjustmentsErr := h.calculations.Adjustments(ctx, noms)
	if datesErr != nil && adjustmentsErr != nil {
		// Report the real failure rather than a not-found beside it.
		if apperr.Is(datesErr, apperr.NotFound) {
			return prison.LatestKeyDatesAndAdjustments{}, notFoundAs(adjustmentsErr, hmppsID)
		}
		return prison.LatestKeyDatesAndAdjustments{}, datesErr
	}
	if adjustments != nil && adjustments.IsZero() {
		adjustments = nil
	}
	if dates == nil && adjustments == nil {
		return prison.LatestKeyDatesAndAdjustments{}, person.NotFound(hmppsID)
	}
	return prison.LatestKeyDatesAndAdjustments{KeyDates: dates, Adjustments: adjustments}, nil
}
