package ports

import (
	"context"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
)

// OAuthClients is the register of applications allowed to ask the Book a Secure
// Move API for tokens.
type OAuthClients interface {
	// Authenticate returns the client whose id and secret these are, or
	// oauth.ErrInvalidClient for an unknown client or a wrong secret.
	Authenticate(ctx context.Context, id, secret string) (oauth.Client, error)
}

// TokenSigner turns a grant into a signed, self-contained access token.
type TokenSigner interface {
	// Sign issues a token for client with scopes, valid from issuedAt.
	Sign(ctx context.Context, client oauth.Client, scopes []string, issuedAt time.Time) (oauth.Token, error)
}

// TokenVerifier checks a bearer token presented to the Book a Secure Move API.
type TokenVerifier interface {
	// Verify returns what a valid token says, or oauth.ErrInvalidToken when it is
	// malformed, expired, for another audience or not signed by a trusted key.
	Verify(ctx context.Context, token string) (oauth.Claims, error)
}
