package access

import (
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

// PrisonerSearchTemplate is the one operation that refuses outright, rather
// than hides, when a consumer may see no prison at all: there is no single
// record whose existence a 404 would protect.
const PrisonerSearchTemplate = "/v1/prison/prisoners"

// CheckRoute applies the prisons filter to what the routed operation itself
// names, so it runs before any upstream call:
//   - a {prisonId} path parameter outside the filter is NotFound, never
//     Forbidden, so a consumer cannot probe which prisons hold data;
//   - prisoner search with an empty prisons list is Denied.
//
// Operations that identify a person only are checked later, against the
// person's current prison (see integration.Resolver.ResolveWithin).
func (f Filters) CheckRoute(template string, params map[string]string) error {
	if template == PrisonerSearchTemplate && f.Prisons != nil && len(f.Prisons) == 0 {
		return apperr.New(apperr.Denied, "Consumer configured with no access to any prisons")
	}
	prisonID, ok := params["prisonId"]
	if !ok || f.AllowsPrison(prisonID) {
		return nil
	}
	if hmppsID, ok := params["hmppsId"]; ok {
		// Same body as an unknown person: nothing tells the two apart.
		return person.NotFound(hmppsID)
	}
	return apperr.New(apperr.NotFound, "Could not find prison with id: %s.", prisonID)
}
