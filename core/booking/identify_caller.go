package booking

import (
	"context"
	"fmt"
	"sync"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// IdentifyCaller turns the bearer token of an /api request into the Caller the
// use cases scope their answers by.
type IdentifyCaller struct {
	verifier  ports.TokenVerifier
	reference ports.ReferenceData

	// Suppliers are few and never renamed while the service runs, so a token's
	// supplier key is looked up once, not on every request.
	mu        sync.RWMutex
	suppliers map[string]reference.Supplier
}

// NewIdentifyCaller builds the use case.
func NewIdentifyCaller(verifier ports.TokenVerifier, refData ports.ReferenceData) *IdentifyCaller {
	return &IdentifyCaller{verifier: verifier, reference: refData, suppliers: map[string]reference.Supplier{}}
}

// Identify verifies token and returns who it speaks for, with user as the
// acting end user (X-Current-User). Any token problem is oauth.ErrInvalidToken;
// a token naming a supplier we do not know is one too, since treating it as
// owner-less would widen its access.
func (u *IdentifyCaller) Identify(ctx context.Context, token, user string) (Caller, error) {
	if token == "" {
		return Caller{}, oauth.ErrInvalidToken
	}
	claims, err := u.verifier.Verify(ctx, token)
	if err != nil {
		return Caller{}, err
	}
	caller := Caller{ClientID: claims.ClientID, Scopes: claims.Scopes, User: user}
	if claims.SupplierKey != "" {
		supplier, err := u.supplier(ctx, claims.SupplierKey)
		if err != nil {
			return Caller{}, err
		}
		caller.Supplier = &supplier
	}
	return caller, nil
}

func (u *IdentifyCaller) supplier(ctx context.Context, key string) (reference.Supplier, error) {
	u.mu.RLock()
	s, ok := u.suppliers[key]
	u.mu.RUnlock()
	if ok {
		return s, nil
	}
	s, err := u.reference.SupplierByKey(ctx, key)
	if apperr.Is(err, apperr.NotFound) {
		return reference.Supplier{}, fmt.Errorf("%w: unknown supplier %q", oauth.ErrInvalidToken, key)
	}
	if err != nil {
		return reference.Supplier{}, err
	}
	u.mu.Lock()
	u.suppliers[key] = s
	u.mu.Unlock()
	return s, nil
}
