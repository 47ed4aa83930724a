package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetPlpInductionSchedule answers GET /v1/persons/{hmppsId}/plp-induction-schedule.
type GetPlpInductionSchedule struct {
	resolver *Resolver
	plp      ports.LearningAndWorkProgress
}

// NewGetPlpInductionSchedule builds the use case.
func NewGetPlpInductionSchedule(resolver *Resolver, plp ports.LearningAndWorkProgress) *GetPlpInductionSchedule {
	return &GetPlpInductionSchedule{resolver: resolver, plp: plp}
}

// Handle returns the prisoner's current induction schedule. The original
// applied no prison filter here; it is applied, so a consumer limited to some
// prisons cannot read another prison's learning plans by asking for them.
func (h *GetPlpInductionSchedule) Handle(ctx context.Context, filters access.Filters, hmppsID string) (prison.InductionSchedule, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return prison.InductionSchedule{}, err
	}
	schedule, err := h.plp.InductionSchedule(ctx, identity.NomisNumber())
	if err != nil {
		return prison.InductionSchedule{}, notFoundAs(err, hmppsID)
	}
	return schedule, nil
}
