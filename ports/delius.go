package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/casenotes"
)

// DeliusContacts writes prison case notes and alerts into the Delius contact log.
type DeliusContacts interface {
	// Merge creates, updates or moves the contact for item (casenotes.Decide),
	// with its audited interaction, in one transaction. Merging the same item
	// twice, or concurrently, leaves one contact. An unknown NOMS number gives
	// a *casenotes.OffenderNotFoundError.
	Merge(ctx context.Context, item casenotes.Item) (casenotes.Result, error)
	// DataCleanse leaves a "Data Cleanse" contact on the case crn, which
	// contacts were just moved away from, if it has a current offender
	// manager; otherwise it does nothing.
	DataCleanse(ctx context.Context, crn string) error
}
