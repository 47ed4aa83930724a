package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

// nomisNumberOf resolves any hmppsId shape to the NOMIS number, without the
// consumer's prison filter: the finance operations name the prison in their
// path and the access middleware has already checked it against the filter,
// as the original did (resolution N0 in the fact sheet). A person with no
// NOMIS number has no prison accounts, so is not found.
func nomisNumberOf(ctx context.Context, resolver *Resolver, hmppsID string) (string, error) {
	identity, err := resolver.Resolve(ctx, hmppsID)
	if err != nil {
		return "", err
	}
	noms := identity.NomisNumber()
	if noms == "" {
		return "", person.NotFound(hmppsID)
	}
	return noms, nil
}
