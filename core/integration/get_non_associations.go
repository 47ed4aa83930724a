package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetNonAssociations answers GET /v1/prison/{prisonId}/prisoners/{hmppsId}/non-associations.
type GetNonAssociations struct {
	resolver        *Resolver
	nonAssociations ports.NonAssociations
}

// NewGetNonAssociations builds the use case.
func NewGetNonAssociations(resolver *Resolver, nonAssociations ports.NonAssociations) *GetNonAssociations {
	return &GetNonAssociations{resolver: resolver, nonAssociations: nonAssociations}
}

// Handle lists the prisoner's non-associations. The original sent the
// hmppsId upstream verbatim, so only a NOMS number ever worked; here every id
// shape is resolved to the NOMIS number first. The path prisonId only selects
// the prisons filter (already applied by the access middleware) and is not
// compared with where the prisoner is. None is an empty list, not a 404.
func (h *GetNonAssociations) Handle(ctx context.Context, hmppsID string, includeOpen, includeClosed *bool) ([]prison.NonAssociation, error) {
	filter, err := prison.NewNonAssociationFilter(includeOpen, includeClosed)
	if err != nil {
		return nil, err
	}
	noms, err := nomisNumberOf(ctx, h.resolver, hmppsID)
	if err != nil {
		return nil, err
	}
	found, err := h.nonAssociations.NonAssociations(ctx, noms, filter)
	if err != nil {
		return nil, notFoundAs(err, hmppsID)
	}
	return found, nil
}
