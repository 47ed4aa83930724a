package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

// NonAssociations is the non-associations API.
type NonAssociations interface {
	// NonAssociations lists the prisoner's non-associations the filter asks for,
	// or an apperr.NotFound error for a prisoner it does not know.
	NonAssociations(ctx context.Context, nomsNumber string, filter prison.NonAssociationFilter) ([]prison.NonAssociation, error)
}
