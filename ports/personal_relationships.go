package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

// PersonalRelationships is the personal-relationships API: prisoners'
// contacts and the restrictions on them.
type PersonalRelationships interface {
	// Contacts returns one page (1-based) of the prisoner's contacts; the
	// upstream pages, so the totals are its own. Its 400 is apperr.Invalid.
	Contacts(ctx context.Context, nomsNumber string, page paging.Request) (paging.Page[prison.PrisonerContact], error)
	// Contact returns a contact, or an apperr.NotFound error.
	Contact(ctx context.Context, id prison.ContactID) (prison.DetailedContact, error)
	// LinkedPrisoners returns every relationship the contact has with any prisoner.
	LinkedPrisoners(ctx context.Context, id prison.ContactID) ([]prison.LinkedPrisoner, error)
	// Restrictions returns the restrictions on one relationship and the
	// contact's global ones, or an apperr.NotFound error.
	Restrictions(ctx context.Context, prisonerContactID int64) (prison.VisitorRestrictions, error)
}
