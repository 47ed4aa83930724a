package tokens

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// maxTokenLength bounds what is parsed at all: real tokens are well under 2 KB.
const maxTokenLength = 8 << 10

// leeway absorbs clock skew between HMPPS Auth and us.
const leeway = 30 * time.Second

// HMPPSAuth says how HMPPS Auth tokens are trusted: signed by a key of its JWKS
// and, when Issuer is set, issued by it.
type HMPPSAuth struct {
	Keys   *JWKS
	Issuer string
}

// Verifier checks bearer tokens: ours against our signing key, issuer and
// audience; anything else, when HMPPS Auth is configured, against its JWKS.
type Verifier struct {
	key       *SigningKey
	settings  Settings
	hmppsAuth *HMPPSAuth
	clients   func(id string) (oauth.Client, bool)
	now       func() time.Time
}

var _ ports.TokenVerifier = (*Verifier)(nil)

// NewVerifier builds a verifier; hmppsAuth may be nil to accept only our tokens.
func NewVerifier(key *SigningKey, settings Settings, hmppsAuth *HMPPSAuth) *Verifier {
	return &Verifier{key: key, settings: settings, hmppsAuth: hmppsAuth, now: time.Now}
}

// WithClients makes the verifier refuse our tokens whose client is no longer
// registered, or is now owned by another supplier: taking a client out of the
// file (and restarting) revokes its tokens without rotating the key.
func (v *Verifier) WithClients(lookup func(id string) (oauth.Client, bool)) *Verifier {
	c := *v
	c.clients = lookup
	return &c
}

// WithClock makes the verifier read time from now (tests).
func (v *Verifier) WithClock(now func() time.Time) *Verifier {
	c := *v
	c.now = now
	return &c
}

// Verify implements ports.TokenVerifier. Every failure is oauth.ErrInvalidToken,
// wrapped with the reason for logs; callers must not tell the client which.
func (v *Verifier) Verify(ctx context.Context, raw string) (oauth.Claims, error) {
	if raw == "" || len(raw) > maxTokenLength {
		return oauth.Claims{}, invalid("empty or oversized token")
	}
	// Which key to check against depends on who claims to have issued the
	// token; nothing read here is trusted until the signature is checked below.
	var peek jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &peek); err != nil {
		return oauth.Claims{}, invalid(err.Error())
	}
	if peek.Issuer == v.settings.Issuer {
		return v.verifyOwn(raw)
	}
	if v.hmppsAuth != nil {
		return v.verifyHMPPSAuth(ctx, raw)
	}
	return oauth.Claims{}, invalid(fmt.Sprintf("unknown issuer %q", peek.Issuer))
}

func (v *Verifier) verifyOwn(raw string) (oauth.Claims, error) {
	var claims ownClaims
	parser := jwt.NewParser(
		jwt.WithValidMethods([]string{v.key.method.Alg()}),
		jwt.WithIssuer(v.settings.Issuer),
		jwt.WithAudience(v.settings.Audience),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithTimeFunc(v.now),
	)
	_, err := parser.ParseWithClaims(raw, &claims, func(*jwt.Token) (any, error) {
		return v.key.private.Public(), nil
	})
	if err != nil {
		return oauth.Claims{}, invalid(err.Error())
	}
	if claims.Subject == "" {
		return oauth.Claims{}, invalid("no subject")
	}
	if v.clients != nil {
		client, ok := v.clients(claims.Subject)
		if !ok {
			return oauth.Claims{}, invalid(fmt.Sprintf("client %q is not registered", claims.Subject))
		}
		if client.SupplierKey != claims.Supplier {
			return oauth.Claims{}, invalid(fmt.Sprintf("client %q is no longer owned by supplier %q", claims.Subject, claims.Supplier))
		}
	}
	return oauth.Claims{ClientID: claims.Subject, SupplierKey: claims.Supplier, Scopes: strings.Fields(claims.Scope)}, nil
}

// hmppsAuthClaims are the parts of an HMPPS Auth token we use. Its scope is a
// JSON array; a space-separated string is accepted too.
type hmppsAuthClaims struct {
	jwt.RegisteredClaims
	ClientID string      `json:"client_id"`
	Scope    scopeClaims `json:"scope"`
}

type scopeClaims []string

func (s *scopeClaims) UnmarshalJSON(data []byte) error {
	var list []string
	if err := json.Unmarshal(data, &list); err == nil {
		*s = list
		return nil
	}
	var text string
	if err := json.Unmarshal(data, &text); err != nil {
		return err
	}
	*s = strings.Fields(text)
	return nil
}

func (v *Verifier) verifyHMPPSAuth(ctx context.Context, raw string) (oauth.Claims, error) {
	opts := []jwt.ParserOption{
		jwt.WithValidMethods([]string{"RS256", "RS384", "RS512", "ES256", "ES384", "EdDSA"}),
		jwt.WithExpirationRequired(),
		jwt.WithTimeFunc(v.now),
		jwt.WithLeeway(leeway),
	}
	if v.hmppsAuth.Issuer != "" {
		opts = append(opts, jwt.WithIssuer(v.hmppsAuth.Issuer))
	}
	var claims hmppsAuthClaims
	_, err := jwt.NewParser(opts...).ParseWithClaims(raw, &claims, func(t *jwt.Token) (any, error) {
		kid, _ := t.Header["kid"].(string)
		return v.hmppsAuth.Keys.Key(ctx, kid)
	})
	if err != nil {
		return oauth.Claims{}, invalid(err.Error())
	}
	client := claims.ClientID
	if client == "" {
		client = claims.Subject
	}
	if client == "" {
		return oauth.Claims{}, invalid("no client_id or subject")
	}
	// An HMPPS Auth client is owned by no supplier: like the frontend, it sees everything.
	return oauth.Claims{ClientID: client, Scopes: claims.Scope}, nil
}

func invalid(reason string) error { return fmt.Errorf("%w: %s", oauth.ErrInvalidToken, reason) }
