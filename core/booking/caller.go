package booking

import (
	"context"
	"slices"

	"github.com/ministryofjustice/hmpps-backbone/core/reference"
)

// Caller is who a Book a Secure Move request acts for: the authenticated OAuth
// client, the supplier that owns it and the end user acting through it. The
// authentication middleware puts it in the request context; use cases read it
// with CallerFrom to scope what a supplier may see (§8 of the fact sheet).
type Caller struct {
	// ClientID is the OAuth client (or HMPPS Auth client) the token was issued to.
	ClientID string
	// Supplier owns the client. Nil means an owner-less client such as the
	// Book a Secure Move frontend, which sees every supplier's data.
	Supplier *reference.Supplier
	// Scopes granted to the token: read, write, diagnostics.pii.
	Scopes []string
	// User is the X-Current-User header: the person acting through the client,
	// recorded as created_by and in the audit trail. Empty when not sent.
	User string
}

// FullAccess reports whether the caller sees every supplier's data.
func (c Caller) FullAccess() bool { return c.Supplier == nil }

// SupplierID is the id of the supplier the caller is limited to, or ok=false
// for a full-access caller.
func (c Caller) SupplierID() (id string, ok bool) {
	if c.Supplier == nil {
		return "", false
	}
	return c.Supplier.ID, true
}

// HasScope reports whether the token was granted scope.
func (c Caller) HasScope(scope string) bool { return slices.Contains(c.Scopes, scope) }

// CreatedBy names who a new record is recorded as created by: the acting user
// when the client says who it is, else the owning supplier's name, as the
// original does; empty for an anonymous frontend call.
func (c Caller) CreatedBy() string {
	if c.User != "" {
		return c.User
	}
	if c.Supplier != nil {
		return c.Supplier.Name
	}
	return ""
}

type callerKey struct{}

// WithCaller returns ctx carrying the authenticated caller.
func WithCaller(ctx context.Context, c Caller) context.Context {
	return context.WithValue(ctx, callerKey{}, c)
}

// CallerFrom returns the authenticated caller, or ok=false for a request that
// needed no token (reference locations) or was never authenticated.
func CallerFrom(ctx context.Context) (Caller, bool) {
	c, ok := ctx.Value(callerKey{}).(Caller)
	return c, ok
}
