// Package oauth holds the rules of the Book a Secure Move token endpoint: the
// OAuth2 client-credentials grant (RFC 6749 §4.4) as the original's Doorkeeper
// set-up serves it: client credentials only, default scope read, optional write
// and diagnostics.pii. Checking secrets and signing tokens are ports; this
// package only decides who gets which token.
package oauth

import (
	"errors"
	"slices"
	"strings"
	"time"
)

// GrantClientCredentials is the only grant type served.
const GrantClientCredentials = "client_credentials"

// Scopes a token may carry. A request that names none gets ScopeRead.
const (
	ScopeRead           = "read"
	ScopeWrite          = "write"
	ScopeDiagnosticsPII = "diagnostics.pii"
)

// KnownScopes lists every scope, in the order tokens list them.
var KnownScopes = []string{ScopeRead, ScopeWrite, ScopeDiagnosticsPII}

// Errors of the token endpoint, one per RFC 6749 §5.2 error code; the handler
// renders each as that code.
var (
	// ErrInvalidClient: unknown client, wrong secret or no credentials (401).
	ErrInvalidClient = errors.New("invalid_client")
	// ErrInvalidRequest: a malformed request, e.g. credentials sent twice (400).
	ErrInvalidRequest = errors.New("invalid_request")
	// ErrUnsupportedGrantType: any grant but client_credentials (400).
	ErrUnsupportedGrantType = errors.New("unsupported_grant_type")
	// ErrInvalidScope: a scope unknown or not held by the client (400).
	ErrInvalidScope = errors.New("invalid_scope")
	// ErrInvalidToken: a bearer token that is missing, malformed, expired, for
	// another audience or not signed by a trusted key (401 on /api).
	ErrInvalidToken = errors.New("invalid_token")
)

// Client is an application allowed to ask for tokens.
type Client struct {
	ID string
	// SupplierKey is the key of the owning supplier ("serco"); empty for the
	// owner-less frontend, which has full access.
	SupplierKey string
	// Scopes the client may be granted.
	Scopes []string
}

// GrantScopes decides the scopes of a new token from the space-separated scope
// parameter: none asked means read; every scope asked must be one the client
// holds, else the whole request fails with ErrInvalidScope (RFC 6749 §3.3
// allows narrowing silently, but Doorkeeper refuses, and suppliers rely on it).
func (c Client) GrantScopes(requested string) ([]string, error) {
	asked := strings.Fields(requested)
	if len(asked) == 0 {
		asked = []string{ScopeRead}
	}
	for _, scope := range asked {
		if !slices.Contains(KnownScopes, scope) || !slices.Contains(c.Scopes, scope) {
			return nil, ErrInvalidScope
		}
	}
	var granted []string
	for _, scope := range KnownScopes {
		if slices.Contains(asked, scope) {
			granted = append(granted, scope)
		}
	}
	return granted, nil
}

// Request is a token request as received, credentials already taken from
// wherever the client sent them.
type Request struct {
	GrantType    string
	ClientID     string
	ClientSecret string
	Scope        string
}

// Check rejects a request that cannot be served whoever sent it: the grant
// type is checked before the client, as RFC 6749 orders its errors.
func (r Request) Check() error {
	switch {
	case r.GrantType == "":
		return ErrInvalidRequest
	case r.GrantType != GrantClientCredentials:
		return ErrUnsupportedGrantType
	case r.ClientID == "" || r.ClientSecret == "":
		return ErrInvalidClient
	}
	return nil
}

// Token is an issued access token.
type Token struct {
	Value    string
	Scopes   []string
	IssuedAt time.Time
	Lifetime time.Duration
}

// Claims are what a token says about its bearer once verified.
type Claims struct {
	ClientID    string
	SupplierKey string
	Scopes      []string
}
