package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetCaseNotes answers GET /v1/persons/{encodedHmppsId}/case-notes.
type GetCaseNotes struct {
	resolver  *Resolver
	caseNotes ports.PrisonCaseNotes
}

// NewGetCaseNotes builds the use case.
func NewGetCaseNotes(resolver *Resolver, caseNotes ports.PrisonCaseNotes) *GetCaseNotes {
	return &GetCaseNotes{resolver: resolver, caseNotes: caseNotes}
}

// Handle returns one page of the first upstream page of the person's case
// notes, as the original did. A person nobody knows, or whom the consumer's
// prison filter hides, or who has no NOMIS number, simply has no case notes
// (200 with an empty list, the original's answer); only the case-notes
// service's own 404 and 403 are passed on.
func (h *GetCaseNotes) Handle(ctx context.Context, filters access.Filters, hmppsID string, q prison.CaseNoteQuery, page paging.Request) (paging.Page[prison.CaseNote], error) {
	identity, err := h.resolver.ResolveWithin(ctx, filters, hmppsID)
	if apperr.Is(err, apperr.NotFound) {
		return paging.Slice([]prison.CaseNote{}, page), nil
	}
	if err != nil {
		return paging.Page[prison.CaseNote]{}, err
	}
	noms := identity.NomisNumber()
	if noms == "" {
		return paging.Slice([]prison.CaseNote{}, page), nil
	}
	notes, err := h.caseNotes.CaseNotes(ctx, noms, q)
	if err != nil {
		return paging.Page[prison.CaseNote]{}, notFoundAs(err, hmppsID)
	}
	return paging.Slice(notes, page), nil
}
