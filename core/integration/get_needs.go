package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/risks"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetNeeds answers GET /v1/persons/{encodedHmppsId}/needs.
type GetNeeds struct {
	resolver    *Resolver
	assessments ports.RiskAssessments
}

// NewGetNeeds builds the use case.
func NewGetNeeds(resolver *Resolver, assessments ports.RiskAssessments) *GetNeeds {
	return &GetNeeds{resolver: resolver, assessments: assessments}
}

// Handle returns the criminogenic needs of the latest assessment, or nil
// when they may not be shared (a Limited Access Offender) or there is no CRN
// to ask about: the spec documents {"data": null} for both.
func (h *GetNeeds) Handle(ctx context.Context, hmppsID string) (*risks.Needs, error) {
	crn, err := crnOf(ctx, h.resolver, hmppsID)
	if err != nil || crn == "" {
		return nil, err
	}
	needs, err := h.assessments.Needs(ctx, crn)
	switch {
	case apperr.Is(err, apperr.Forbidden):
		return nil, nil
	case err != nil:
		return nil, notFoundAs(err, hmppsID)
	}
	return &needs, nil
}
