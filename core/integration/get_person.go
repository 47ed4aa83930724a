package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

// GetPerson answers GET /v1/persons/{encodedHmppsId}.
type GetPerson struct {
	resolver *Resolver
}

// NewGetPerson builds the use case.
func NewGetPerson(resolver *Resolver) *GetPerson {
	return &GetPerson{resolver: resolver}
}

// Handle returns what probation and prison know about the person. Probation
// is the record this operation is about: a person it does not know is
// NotFound even when prison knows them, as the spec documents. The prisoner
// side is nil when there is no NOMIS number or prisoner search has no match.
func (h *GetPerson) Handle(ctx context.Context, hmppsID string) (person.Identity, error) {
	identity, err := h.resolver.Resolve(ctx, hmppsID)
	if err != nil {
		return person.Identity{}, err
	}
	if identity.Probation == nil {
		return person.Identity{}, person.NotFound(hmppsID)
	}
	return identity, nil
}
