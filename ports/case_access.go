package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

// CaseAccessChecker is nDelius's access check on probation cases (POST
// /probation-cases/access): which cases it limits, for the LAO rules.
type CaseAccessChecker interface {
	// CaseAccess returns the access limitation of each CRN nDelius knows; a
	// CRN it does not answer for is missing from the map.
	CaseAccess(ctx context.Context, crns []string) (map[string]person.CaseAccess, error)
}
