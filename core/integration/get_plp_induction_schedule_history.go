package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetPlpInductionScheduleHistory answers GET /v1/persons/{hmppsId}/plp-induction-schedule/history.
type GetPlpInductionScheduleHistory struct {
	resolver *Resolver
	plp      ports.LearningAndWorkProgress
}

// NewGetPlpInductionScheduleHistory builds the use case.
func NewGetPlpInductionScheduleHistory(resolver *Resolver, plp ports.LearningAndWorkProgress) *GetPlpInductionScheduleHistory {
	return &GetPlpInductionScheduleHistory{resolver: resolver, plp: plp}
}

// Handle returns every version of the prisoner's induction schedule, in the
// service's order, with the prison filter applied as for the current schedule.
func (h *GetPlpInductionScheduleHistory) Handle(ctx context.Context, filters access.Filters, hmppsID string) ([]prison.InductionSchedule, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return nil, err
	}
	history, err := h.plp.InductionScheduleHistory(ctx, identity.NomisNumber())
	if err != nil {
		return nil, notFoundAs(err, hmppsID)
	}
	return history, nil
}
