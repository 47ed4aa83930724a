package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/risks"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetRiskSeriousHarm answers GET /v1/persons/{encodedHmppsId}/risks/serious-harm.
type GetRiskSeriousHarm struct {
	resolver    *Resolver
	assessments ports.RiskAssessments
}

// NewGetRiskSeriousHarm builds the use case.
func NewGetRiskSeriousHarm(resolver *Resolver, assessments ports.RiskAssessments) *GetRiskSeriousHarm {
	return &GetRiskSeriousHarm{resolver: resolver, assessments: assessments}
}

// Handle returns the latest ROSH assessment, or nil when it may not be shared
// (OASys refuses a Limited Access Offender's case) or there is no CRN to ask
// about: the spec documents {"data": null} for both rather than an error.
func (h *GetRiskSeriousHarm) Handle(ctx context.Context, hmppsID string) (*risks.SeriousHarm, error) {
	crn, err := crnOf(ctx, h.resolver, hmppsID)
	if err != nil || crn == "" {
		return nil, err
	}
	rosh, err := h.assessments.SeriousHarm(ctx, crn)
	switch {
	case apperr.Is(err, apperr.Forbidden):
		return nil, nil
	case err != nil:
		return nil, notFoundAs(err, hmppsID)
	}
	return &rosh, nil
}
