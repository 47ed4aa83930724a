package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetEpfPersonDetails answers GET /v1/epf/person-details/{hmppsId}/{eventNumber}.
type GetEpfPersonDetails struct {
	resolver  *Resolver
	proposals ports.EffectiveProposals
}

// NewGetEpfPersonDetails builds the use case.
func NewGetEpfPersonDetails(resolver *Resolver, proposals ports.EffectiveProposals) *GetEpfPersonDetails {
	return &GetEpfPersonDetails{resolver: resolver, proposals: proposals}
}

// Handle returns the case and event behind hmppsID. The original passed the
// id to EPF verbatim, so only a CRN worked; here every id shape resolves to
// the CRN. EPF answers 404 both for a case it does not have and for one it
// may not share (a Limited Access Offender), so the not-found message tells
// the user what to do either way.
func (h *GetEpfPersonDetails) Handle(ctx context.Context, hmppsID string, eventNumber int) (probation.CaseDetail, error) {
	if eventNumber < 1 {
		return probation.CaseDetail{}, apperr.New(apperr.Invalid, "eventNumber must be 1 or more, not %d", eventNumber)
	}
	crn, err := crnOf(ctx, h.resolver, hmppsID)
	if err != nil {
		return probation.CaseDetail{}, err
	}
	if crn == "" {
		return probation.CaseDetail{}, caseDetailsUnavailable(hmppsID, eventNumber)
	}
	detail, err := h.proposals.CaseDetail(ctx, crn, eventNumber)
	if apperr.Is(err, apperr.NotFound) {
		return probation.CaseDetail{}, caseDetailsUnavailable(hmppsID, eventNumber)
	}
	return detail, err
}

func caseDetailsUnavailable(hmppsID string, eventNumber int) error {
	return apperr.New(apperr.NotFound,
		"No case details for %s event %d can be shared: the case or event may not exist, or access to the case is limited (for example a Limited Access Offender). Please enter the details manually.",
		hmppsID, eventNumber)
}
