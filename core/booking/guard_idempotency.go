package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/idempotency"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GuardIdempotency applies the Idempotency-Key rules around one request:
// Begin before it runs, Finish after.
type GuardIdempotency struct {
	keys   ports.IdempotencyKeys
	policy idempotency.Policy
	clock  ports.Clock
}

// NewGuardIdempotency builds the use case.
func NewGuardIdempotency(keys ports.IdempotencyKeys, policy idempotency.Policy, clock ports.Clock) *GuardIdempotency {
	return &GuardIdempotency{keys: keys, policy: policy, clock: clock}
}

// Begin claims key for the request with fingerprint. It returns the stored
// response when the request is a replay, a Conflict error when the key belongs
// to another request (or to this one still running, or too long ago), or
// neither when the request should run and then be finished.
func (u *GuardIdempotency) Begin(ctx context.Context, key, fingerprint string) (*idempotency.Response, error) {
	rec := idempotency.Record{Key: key, Fingerprint: fingerprint, CreatedAt: u.clock.Now()}
	held, err := u.keys.Reserve(ctx, rec)
	if err != nil || held == nil {
		return nil, err
	}
	switch u.policy.Decide(held, fingerprint, rec.CreatedAt) {
	case idempotency.Replay:
		return held.Response, nil
	case idempotency.Run:
		return nil, u.keys.Replace(ctx, *held, rec)
	}
	return nil, idempotency.ConflictError(key)
}

// Finish stores a successful response for replay, or, when resp is nil (the
// request failed), frees the key so the caller can retry with it.
func (u *GuardIdempotency) Finish(ctx context.Context, key string, resp *idempotency.Response) error {
	if resp == nil {
		return u.keys.Release(ctx, key)
	}
	return u.keys.Complete(ctx, key, *resp)
}
