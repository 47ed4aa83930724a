package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

// GetPersonName answers GET /v1/persons/{hmppsId}/name.
type GetPersonName struct {
	resolver *Resolver
}

// NewGetPersonName builds the use case.
func NewGetPersonName(resolver *Resolver) *GetPersonName {
	return &GetPersonName{resolver: resolver}
}

// Handle returns the person's name, from probation if known there, else from prison.
func (h *GetPersonName) Handle(ctx context.Context, filters access.Filters, hmppsID string) (person.Name, error) {
	identity, err := h.resolver.ResolveWithin(ctx, filters, hmppsID)
	if err != nil {
		return person.Name{}, err
	}
	return identity.Name(), nil
}
