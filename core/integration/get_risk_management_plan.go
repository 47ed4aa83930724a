package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/core/risks"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetRiskManagementPlan answers GET /v1/persons/{encodedHmppsId}/risk-management-plan.
type GetRiskManagementPlan struct {
	resolver    *Resolver
	assessments ports.RiskAssessments
}

// NewGetRiskManagementPlan builds the use case.
func NewGetRiskManagementPlan(resolver *Resolver, assessments ports.RiskAssessments) *GetRiskManagementPlan {
	return &GetRiskManagementPlan{resolver: resolver, assessments: assessments}
}

// Handle returns one page of the person's risk management plans, in OASys
// order. The original passed the id to OASys verbatim, so only a CRN worked;
// here any id shape resolves to the CRN, and a person with none is NotFound
// (what OASys answered for a non-CRN). Unlike the other risk reads, a
// Limited Access Offender's plans are refused: the Forbidden error passes
// through as 403.
func (h *GetRiskManagementPlan) Handle(ctx context.Context, hmppsID string, page paging.Request) (paging.Page[risks.ManagementPlan], error) {
	crn, err := crnOf(ctx, h.resolver, hmppsID)
	if err != nil {
		return paging.Page[risks.ManagementPlan]{}, err
	}
	if crn == "" {
		return paging.Page[risks.ManagementPlan]{}, person.NotFound(hmppsID)
	}
	plans, err := h.assessments.ManagementPlans(ctx, crn)
	if err != nil {
		return paging.Page[risks.ManagementPlan]{}, notFoundAs(err, hmppsID)
	}
	return paging.Slice(plans, page), nil
}
