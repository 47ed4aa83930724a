package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetContacts answers GET /v1/persons/{hmppsId}/contacts.
type GetContacts struct {
	resolver      *Resolver
	relationships ports.PersonalRelationships
}

// NewGetContacts builds the use case.
func NewGetContacts(resolver *Resolver, relationships ports.PersonalRelationships) *GetContacts {
	return &GetContacts{resolver: resolver, relationships: relationships}
}

// Handle returns one page of the prisoner's contacts, paged by the upstream.
func (h *GetContacts) Handle(ctx context.Context, filters access.Filters, hmppsID string, page paging.Request) (paging.Page[prison.PrisonerContact], error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return paging.Page[prison.PrisonerContact]{}, err
	}
	contacts, err := h.relationships.Contacts(ctx, identity.NomisNumber(), page)
	if err != nil {
		return paging.Page[prison.PrisonerContact]{}, notFoundAs(err, hmppsID)
	}
	return contacts, nil
}
