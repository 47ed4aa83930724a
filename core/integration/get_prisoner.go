package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

// GetPrisoner answers GET /v1/prison/prisoners/{hmppsId}.
type GetPrisoner struct {
	resolver *Resolver
}

// NewGetPrisoner builds the use case.
func NewGetPrisoner(resolver *Resolver) *GetPrisoner {
	return &GetPrisoner{resolver: resolver}
}

// Handle returns the prisoner record behind hmppsID. A person known to
// probation with no NOMIS number gives (nil, nil): the API documents that as
// {"data": null} rather than a 404, since the person does exist.
func (h *GetPrisoner) Handle(ctx context.Context, filters access.Filters, hmppsID string) (*person.Prisoner, error) {
	identity, err := h.resolver.ResolveWithin(ctx, filters, hmppsID)
	if err != nil {
		return nil, err
	}
	if identity.Prisoner != nil {
		return identity.Prisoner, nil
	}
	if identity.NomisNumber() == "" {
		return nil, nil
	}
	// A NOMIS number prisoner search does not know.
	return nil, person.NotFound(hmppsID)
}
