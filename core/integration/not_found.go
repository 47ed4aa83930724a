package integration

import (
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

// notFoundAs rewords an upstream's NotFound as the person-not-found error the
// API documents, naming the id the caller gave rather than the upstream URL.
// Other errors pass through unchanged.
func notFoundAs(err error, hmppsID string) error {
	if apperr.Is(err, apperr.NotFound) {
		return person.NotFound(hmppsID)
	}
	return err
}
