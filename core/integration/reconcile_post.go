package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

// postAttempts bounds how often a finance POST is sent. The transport never
// repeats a POST, because one that failed on the way back may have been
// recorded; this is the one place that does, and only after asking prison-api
// whether the first attempt was recorded.
const postAttempts = 2

// postReconciled sends a finance POST and, when it fails in a way that may
// hide a commit (no response, a timeout, a 5xx), looks the clientUniqueRef up
// before anything else:
//   - found: the POST was recorded, and what was found is the answer;
//   - not found: it was not, so it is sent again (at most postAttempts in all);
//   - the look-up fails too: the POST's own error is returned, since nothing
//     is known.
//
// A 409 on a repeat is also looked up: our first attempt may have committed
// after the look-up missed it. Definite answers (400, 404, a first 409, an
// auth failure, which means the POST never left) are returned at once.
func postReconciled[T any](ctx context.Context, post func(context.Context) (T, error), lookup func(context.Context) (T, error)) (T, error) {
	var zero T
	for attempt := 1; ; attempt++ {
		result, err := post(ctx)
		if err == nil {
			return result, nil
		}
		duplicateOfOurs := attempt > 1 && apperr.Is(err, apperr.Conflict)
		if !mayHaveCommitted(err) && !duplicateOfOurs {
			return zero, err
		}
		found, lookupErr := lookup(ctx)
		switch {
		case lookupErr == nil:
			return found, nil
		case !apperr.Is(lookupErr, apperr.NotFound), attempt >= postAttempts:
			return zero, err
		}
	}
}

// mayHaveCommitted reports whether a failed POST could still have been
// recorded upstream: the request may have arrived even though no usable
// answer came back.
func mayHaveCommitted(err error) bool {
	switch apperr.KindOf(err) {
	case apperr.Upstream, apperr.UpstreamTimeout:
		return true
	}
	return false
}

// postFailure rewords what prison-api said about a finance POST for the
// consumer: its 400 (insufficient funds, not in that prison, type not set up)
// names the three things the consumer may have got wrong, a 404 is the person
// not found and a 409 the seed's duplicate message.
func postFailure(err error, prisonID, hmppsID string) error {
	e, ok := apperr.As(err)
	if !ok {
		return err
	}
	switch e.Kind {
	case apperr.Invalid:
		return apperr.Wrap(apperr.Invalid, err, "Either invalid HMPPS ID: %s, or incorrect prison: %s, or invalid request body: %s", hmppsID, prisonID, e.Message)
	case apperr.Conflict:
		return prison.DuplicateTransaction()
	}
	return notFoundAs(err, hmppsID)
}
