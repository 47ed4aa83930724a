package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetContact answers GET /v1/contacts/{contactId}.
type GetContact struct {
	relationships ports.PersonalRelationships
}

// NewGetContact builds the use case.
func NewGetContact(relationships ports.PersonalRelationships) *GetContact {
	return &GetContact{relationships: relationships}
}

// Handle returns the contact. The id is passed on as given once it is known
// to be a number; no person or prison check applies, as in the original.
func (h *GetContact) Handle(ctx context.Context, contactID string) (prison.DetailedContact, error) {
	id, err := prison.ParseContactID(contactID)
	if err != nil {
		return prison.DetailedContact{}, err
	}
	contact, err := h.relationships.Contact(ctx, id)
	if apperr.Is(err, apperr.NotFound) {
		return prison.DetailedContact{}, prison.ContactNotFound(id)
	}
	return contact, err
}
