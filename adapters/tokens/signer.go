package tokens

import (
	"context"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"

	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// Settings name our tokens' issuer and audience and how long they live.
type Settings struct {
	Issuer   string
	Audience string
	Lifetime time.Duration
}

// ownClaims are the claims of a token we issue.
type ownClaims struct {
	jwt.RegisteredClaims
	// Supplier is the owning supplier's key; absent for a full-access client.
	Supplier string `json:"supplier,omitempty"`
	// Scope is space-separated, as in the token response (RFC 6749 §3.3).
	Scope string `json:"scope"`
}

// Signer issues our access tokens.
type Signer struct {
	key      *SigningKey
	settings Settings
}

var _ ports.TokenSigner = (*Signer)(nil)

// NewSigner builds a signer.
func NewSigner(key *SigningKey, settings Settings) *Signer {
	return &Signer{key: key, settings: settings}
}

// Sign implements ports.TokenSigner.
func (s *Signer) Sign(_ context.Context, client oauth.Client, scopes []string, issuedAt time.Time) (oauth.Token, error) {
	issuedAt = issuedAt.Truncate(time.Second)
	claims := ownClaims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    s.settings.Issuer,
			Subject:   client.ID,
			Audience:  jwt.ClaimStrings{s.settings.Audience},
			ExpiresAt: jwt.NewNumericDate(issuedAt.Add(s.settings.Lifetime)),
			IssuedAt:  jwt.NewNumericDate(issuedAt),
			ID:        uuid.NewString(),
		},
		Supplier: client.SupplierKey,
		Scope:    strings.Join(scopes, " "),
	}
	token := jwt.NewWithClaims(s.key.method, claims)
	token.Header["kid"] = s.key.kid
	signed, err := token.SignedString(s.key.private)
	if err != nil {
		return oauth.Token{}, err
	}
	return oauth.Token{Value: signed, Scopes: scopes, IssuedAt: issuedAt, Lifetime: s.settings.Lifetime}, nil
}
