package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetPlpReviewSchedule answers GET /v1/persons/{hmppsId}/plp-review-schedule.
type GetPlpReviewSchedule struct {
	resolver *Resolver
	plp      ports.LearningAndWorkProgress
}

// NewGetPlpReviewSchedule builds the use case.
func NewGetPlpReviewSchedule(resolver *Resolver, plp ports.LearningAndWorkProgress) *GetPlpReviewSchedule {
	return &GetPlpReviewSchedule{resolver: resolver, plp: plp}
}

// Handle returns the prisoner's review schedules with the given statuses
// (all when none), completed ones carrying who completed them. A prisoner
// with schedules but no completed review yet is not an error. The prison
// filter applies, as for the induction schedule.
func (h *GetPlpReviewSchedule) Handle(ctx context.Context, filters access.Filters, hmppsID string, statuses []string) ([]prison.ReviewSchedule, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return nil, err
	}
	noms := identity.NomisNumber()
	schedules, err := h.plp.ReviewSchedules(ctx, noms)
	if err != nil {
		return nil, notFoundAs(err, hmppsID)
	}
	reviews, err := h.plp.CompletedReviews(ctx, noms)
	switch {
	case apperr.Is(err, apperr.NotFound):
		reviews = nil // no review has taken place yet
	case err != nil:
		return nil, err
	}
	for i := range schedules {
		schedules[i].NomisNumber = noms
	}
	prison.AttachCompletedReviews(schedules, reviews)
	return prison.OnlyStatuses(schedules, statuses), nil
}
