package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetVisitorRestrictions answers GET /v1/persons/{hmppsId}/visitor/{contactId}/restrictions.
type GetVisitorRestrictions struct {
	resolver      *Resolver
	relationships ports.PersonalRelationships
}

// NewGetVisitorRestrictions builds the use case.
func NewGetVisitorRestrictions(resolver *Resolver, relationships ports.PersonalRelationships) *GetVisitorRestrictions {
	return &GetVisitorRestrictions{resolver: resolver, relationships: relationships}
}

// Handle returns the restrictions on contactID visiting the prisoner: those on
// every relationship the two have, and the contact's global ones (the same on
// each relationship, so taken once). A contact not linked to this prisoner is
// not found; a relationship whose restrictions are gone is skipped.
func (h *GetVisitorRestrictions) Handle(ctx context.Context, filters access.Filters, hmppsID, contactID string) (prison.VisitorRestrictions, error) {
	id, err := prison.ParseContactID(contactID)
	if err != nil {
		return prison.VisitorRestrictions{}, err
	}
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return prison.VisitorRestrictions{}, err
	}
	links, err := h.relationships.LinkedPrisoners(ctx, id)
	if apperr.Is(err, apperr.NotFound) {
		return prison.VisitorRestrictions{}, prison.ContactNotFound(id)
	}
	if err != nil {
		return prison.VisitorRestrictions{}, err
	}
	out := prison.VisitorRestrictions{PrisonerContact: []prison.ContactRestriction{}, Global: []prison.ContactRestriction{}}
	linked, globalTaken := false, false
	for _, link := range links {
		if link.PrisonerNumber != identity.NomisNumber() {
			continue
		}
		linked = true
		restrictions, err := h.relationships.Restrictions(ctx, link.PrisonerContactID)
		if apperr.Is(err, apperr.NotFound) {
			continue
		}
		if err != nil {
			return prison.VisitorRestrictions{}, err
		}
		out.PrisonerContact = append(out.PrisonerContact, restrictions.PrisonerContact...)
		if !globalTaken {
			out.Global, globalTaken = append(out.Global, restrictions.Global...), true
		}
	}
	if !linked {
		return prison.VisitorRestrictions{}, apperr.New(apperr.NotFound, "Could not find contact %d linked to person with HMPPS id: %s.", int64(id), hmppsID)
	}
	return out, nil
}
