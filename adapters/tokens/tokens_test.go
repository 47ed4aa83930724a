package tokens_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/tokens"
	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
)

var settings = tokens.Settings{Issuer: "hmpps-backbone", Audience: "book-a-secure-move-api", Lifetime: 2 * time.Hour}

var serco = oauth.Client{ID: "serco-api", SupplierKey: "serco", Scopes: []string{"read", "write"}}

func newKey(t testing.TB) *tokens.SigningKey {
	t.Helper()
	key, err := tokens.GenerateSigningKey()
	require.NoError(t, err)
	return key
}

func sign(t testing.TB, key *tokens.SigningKey, s tokens.Settings, client oauth.Client, at time.Time) string {
	t.Helper()
	tok, err := tokens.NewSigner(key, s).Sign(context.Background(), client, []string{"read", "write"}, at)
	require.NoError(t, err)
	return tok.Value
}

func TestSignedTokenVerifies(t *testing.T) {
	t.Parallel()
	key := newKey(t)
	now := time.Now()
	tok, err := tokens.NewSigner(key, settings).Sign(context.Background(), serco, []string{"read", "write"}, now)
	require.NoError(t, err)
	assert.Equal(t, 2*time.Hour, tok.Lifetime)
	assert.Equal(t, now.Truncate(time.Second), tok.IssuedAt)

	claims, err := tokens.NewVerifier(key, settings, nil).Verify(context.Background(), tok.Value)
	require.NoError(t, err)
	assert.Equal(t, oauth.Claims{ClientID: "serco-api", SupplierKey: "serco", Scopes: []string{"read", "write"}}, claims)

	// The token carries the claims the brief lists, readable by anyone.
	parsed, _, err := jwt.NewParser().ParseUnverified(tok.Value, jwt.MapClaims{})
	require.NoError(t, err)
	mc := parsed.Claims.(jwt.MapClaims)
	for _, claim := range []string{"iss", "aud", "sub", "supplier", "scope", "exp", "iat", "jti"} {
		assert.Contains(t, mc, claim)
	}
	assert.Equal(t, "EdDSA", parsed.Header["alg"])
	assert.Equal(t, key.KeyID(), parsed.Header["kid"])
}

func TestFullAccessTokenHasNoSupplier(t *testing.T) {
	t.Parallel()
	key := newKey(t)
	raw := sign(t, key, settings, oauth.Client{ID: "basm-frontend"}, time.Now())
	claims, err := tokens.NewVerifier(key, settings, nil).Verify(context.Background(), raw)
	require.NoError(t, err)
	assert.Empty(t, claims.SupplierKey)
}

func TestVerifierRefuses(t *testing.T) {
	t.Parallel()
	key := newKey(t)
	verifier := tokens.NewVerifier(key, settings, nil)
	now := time.Now()
	good := sign(t, key, settings, serco, now)

	otherAudience := settings
	otherAudience.Audience = "someone-else"
	otherIssuer := settings
	otherIssuer.Issuer = "evil"
	none, err := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{
		"iss": settings.Issuer, "aud": settings.Audience, "sub": "x", "exp": now.Add(time.Hour).Unix(), "iat": now.Unix(),
	}).SignedString(jwt.UnsafeAllowNoneSignatureType)
	require.NoError(t, err)
	noSubject := sign(t, key, settings, oauth.Client{}, now)

	parts := strings.Split(good, ".")
	tampered := parts[0] + "." + base64.RawURLEncoding.EncodeToString([]byte(`{"iss":"hmpps-backbone","aud":["book-a-secure-move-api"],"sub":"basm-frontend","exp":9999999999,"iat":1}`)) + "." + parts[2]

	tests := map[string]string{
		"expired":          sign(t, key, settings, serco, now.Add(-3*time.Hour)),
		"issued in future": sign(t, key, settings, serco, now.Add(time.Hour)),
		"wrong key":        sign(t, newKey(t), settings, serco, now),
		"wrong audience":   sign(t, key, otherAudience, serco, now),
		"unknown issuer":   sign(t, key, otherIssuer, serco, now),
		"alg none":         none,
		"tampered claims":  tampered,
		"no subject":       noSubject,
		"malformed":        "not.a.jwt",
		"junk":             "junk",
		"empty":            "",
		"oversized":        strings.Repeat("a", 9000),
	}
	for name, raw := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := verifier.Verify(context.Background(), raw)
			assert.ErrorIs(t, err, oauth.ErrInvalidToken)
		})
	}
}

func TestVerifierClock(t *testing.T) {
	t.Parallel()
	key := newKey(t)
	issued := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	raw := sign(t, key, settings, serco, issued)
	at := func(t time.Time) func() time.Time { return func() time.Time { return t } }
	_, err := tokens.NewVerifier(key, settings, nil).WithClock(at(issued.Add(119*time.Minute))).Verify(context.Background(), raw)
	assert.NoError(t, err, "valid just before its lifetime ends")
	_, err = tokens.NewVerifier(key, settings, nil).WithClock(at(issued.Add(121*time.Minute))).Verify(context.Background(), raw)
	assert.ErrorIs(t, err, oauth.ErrInvalidToken, "expired just after")
}

func TestSigningKeyFormats(t *testing.T) {
	t.Parallel()
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	require.NoError(t, err)
	ecKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	ecDER, err := x509.MarshalECPrivateKey(ecKey)
	require.NoError(t, err)
	weak, err := rsa.GenerateKey(rand.Reader, 1024)
	require.NoError(t, err)
	p384, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	require.NoError(t, err)
	p384DER, err := x509.MarshalECPrivateKey(p384)
	require.NoError(t, err)

	pemOf := func(typ string, der []byte) []byte { return pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}) }
	good := map[string]struct {
		pem []byte
		alg string
	}{
		"RSA PKCS#1": {pemOf("RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(rsaKey)), "RS256"},
		"EC SEC 1":   {pemOf("EC PRIVATE KEY", ecDER), "ES256"},
	}
	for name, tt := range good {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			key, err := tokens.ParseSigningKey(tt.pem)
			require.NoError(t, err)
			assert.Equal(t, tt.alg, key.Algorithm())
			_, err = tokens.NewVerifier(key, settings, nil).Verify(context.Background(), sign(t, key, settings, serco, time.Now()))
			assert.NoError(t, err)
		})
	}
	bad := map[string][]byte{
		"not PEM":         []byte("hello"),
		"a certificate":   pemOf("CERTIFICATE", []byte{1, 2, 3}),
		"garbage DER":     pemOf("PRIVATE KEY", []byte{1, 2, 3}),
		"weak RSA":        pemOf("RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(weak)),
		"P-384 for ES256": pemOf("EC PRIVATE KEY", p384DER),
	}
	for name, data := range bad {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := tokens.ParseSigningKey(data)
			assert.Error(t, err)
		})
	}
}

func TestLoadOrCreateSigningKeyKeepsTheKey(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "var", "oauth-signing-key.pem")
	first, created, err := tokens.LoadOrCreateSigningKey(path)
	require.NoError(t, err)
	assert.True(t, created)
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "a private key is readable by its owner only")

	second, created, err := tokens.LoadOrCreateSigningKey(path)
	require.NoError(t, err)
	assert.False(t, created)
	assert.Equal(t, first.KeyID(), second.KeyID())
	// A token from before the restart still verifies after it.
	_, err = tokens.NewVerifier(second, settings, nil).Verify(context.Background(), sign(t, first, settings, serco, time.Now()))
	assert.NoError(t, err)

	_, err = tokens.LoadSigningKey(filepath.Join(t.TempDir(), "missing.pem"))
	assert.Error(t, err)
}

// hmppsAuth is a stand-in for HMPPS Auth: RSA keys published as a JWKS that
// the test can rotate.
type hmppsAuth struct {
	mu      sync.Mutex
	key     *rsa.PrivateKey
	kid     string
	fetches atomic.Int32
	server  *httptest.Server
}

func newHMPPSAuth(t *testing.T) *hmppsAuth {
	a := &hmppsAuth{}
	a.rotate(t, "key-1")
	a.server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		a.fetches.Add(1)
		a.mu.Lock()
		defer a.mu.Unlock()
		pub := a.key.PublicKey
		_ = json.NewEncoder(w).Encode(map[string]any{"keys": []map[string]string{
			{"kty": "EC", "kid": "ignored-unreadable", "crv": "P-999"},
			{"kty": "RSA", "kid": a.kid, "use": "sig", "alg": "RS256",
				"n": base64.RawURLEncoding.EncodeToString(pub.N.Bytes()),
				"e": base64.RawURLEncoding.EncodeToString(big.NewInt(int64(pub.E)).Bytes())},
		}})
	}))
	t.Cleanup(a.server.Close)
	return a
}

func (a *hmppsAuth) rotate(t *testing.T, kid string) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	require.NoError(t, err)
	a.mu.Lock()
	defer a.mu.Unlock()
	a.key, a.kid = key, kid
}

func (a *hmppsAuth) token(t *testing.T, claims jwt.MapClaims) string {
	a.mu.Lock()
	defer a.mu.Unlock()
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	tok.Header["kid"] = a.kid
	s, err := tok.SignedString(a.key)
	require.NoError(t, err)
	return s
}

func hmppsClaims() jwt.MapClaims {
	return jwt.MapClaims{
		"iss": "https://sign-in.hmpps.service.justice.gov.uk/auth/issuer", "sub": "basm-frontend-client",
		"client_id": "book-a-secure-move-frontend", "scope": []string{"read", "write"},
		"exp": time.Now().Add(time.Hour).Unix(),
	}
}

func TestHMPPSAuthTokensAndKeyRotation(t *testing.T) {
	t.Parallel()
	auth := newHMPPSAuth(t)
	verifier := tokens.NewVerifier(newKey(t), settings, &tokens.HMPPSAuth{
		Keys:   tokens.NewJWKS(auth.server.URL, auth.server.Client(), 0),
		Issuer: "https://sign-in.hmpps.service.justice.gov.uk/auth/issuer",
	})
	ctx := context.Background()

	before := auth.token(t, hmppsClaims())
	claims, err := verifier.Verify(ctx, before)
	require.NoError(t, err)
	assert.Equal(t, oauth.Claims{ClientID: "book-a-secure-move-frontend", Scopes: []string{"read", "write"}}, claims)
	_, err = verifier.Verify(ctx, before)
	require.NoError(t, err)
	assert.Equal(t, int32(1), auth.fetches.Load(), "known keys are cached")

	auth.rotate(t, "key-2")
	after := auth.token(t, hmppsClaims())
	_, err = verifier.Verify(ctx, after)
	require.NoError(t, err, "a token signed with the new key verifies once the JWKS is refetched")
	assert.Equal(t, int32(2), auth.fetches.Load())
	_, err = verifier.Verify(ctx, before)
	assert.ErrorIs(t, err, oauth.ErrInvalidToken, "the withdrawn key is no longer trusted")

	expired := hmppsClaims()
	expired["exp"] = time.Now().Add(-time.Hour).Unix()
	wrongIssuer := hmppsClaims()
	wrongIssuer["iss"] = "https://elsewhere.example/issuer"
	for name, claims := range map[string]jwt.MapClaims{"expired": expired, "wrong issuer": wrongIssuer} {
		_, err := verifier.Verify(ctx, auth.token(t, claims))
		assert.ErrorIs(t, err, oauth.ErrInvalidToken, name)
	}
}

func TestJWKSRefetchIsRateLimited(t *testing.T) {
	t.Parallel()
	auth := newHMPPSAuth(t)
	verifier := tokens.NewVerifier(newKey(t), settings, &tokens.HMPPSAuth{Keys: tokens.NewJWKS(auth.server.URL, auth.server.Client(), time.Hour)})
	ctx := context.Background()
	_, err := verifier.Verify(ctx, auth.token(t, hmppsClaims()))
	require.NoError(t, err)

	// Tokens with made-up key ids must not each cost a request to HMPPS Auth.
	for range 5 {
		forged := jwt.NewWithClaims(jwt.SigningMethodRS256, hmppsClaims())
		forged.Header["kid"] = "made-up"
		other, err := rsa.GenerateKey(rand.Reader, 2048)
		require.NoError(t, err)
		raw, err := forged.SignedString(other)
		require.NoError(t, err)
		_, err = verifier.Verify(ctx, raw)
		assert.ErrorIs(t, err, oauth.ErrInvalidToken)
	}
	assert.Equal(t, int32(1), auth.fetches.Load())
}

func TestJWKSUnavailable(t *testing.T) {
	t.Parallel()
	down := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusServiceUnavailable) }))
	t.Cleanup(down.Close)
	auth := newHMPPSAuth(t)
	verifier := tokens.NewVerifier(newKey(t), settings, &tokens.HMPPSAuth{Keys: tokens.NewJWKS(down.URL, down.Client(), 0)})
	_, err := verifier.Verify(context.Background(), auth.token(t, hmppsClaims()))
	assert.ErrorIs(t, err, oauth.ErrInvalidToken)
}

func TestHMPPSAuthNotConfiguredRefusesForeignTokens(t *testing.T) {
	t.Parallel()
	auth := newHMPPSAuth(t)
	_, err := tokens.NewVerifier(newKey(t), settings, nil).Verify(context.Background(), auth.token(t, hmppsClaims()))
	assert.ErrorIs(t, err, oauth.ErrInvalidToken)
}

// FuzzVerify: whatever arrives in an Authorization header, the verifier
// answers a valid claim set or ErrInvalidToken, and never panics.
func FuzzVerify(f *testing.F) {
	key := newKey(f)
	good := sign(f, key, settings, serco, time.Now())
	f.Add(good)
	f.Add(good[:len(good)-5])
	f.Add("")
	f.Add("a.b.c")
	f.Add("eyJhbGciOiJub25lIn0.eyJpc3MiOiJobXBwcy1iYWNrYm9uZSJ9.")
	f.Add("eyJhbGciOiJSUzI1NiIsImtpZCI6IngifQ.eyJpc3MiOiJvdGhlciJ9.c2ln")
	f.Add(strings.Repeat(".", 100))
	jwksServer := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte(`{"keys":[{"kty":"RSA","kid":"x","n":"AQAB","e":"AQAB"},{"kty":"OKP","kid":"y","crv":"Ed25519","x":"AA"}]}`))
	}))
	f.Cleanup(jwksServer.Close)
	verifier := tokens.NewVerifier(key, settings, &tokens.HMPPSAuth{Keys: tokens.NewJWKS(jwksServer.URL, jwksServer.Client(), time.Hour)})
	f.Fuzz(func(t *testing.T, raw string) {
		claims, err := verifier.Verify(context.Background(), raw)
		if err != nil {
			if !assert.ErrorIs(t, err, oauth.ErrInvalidToken) {
				t.FailNow()
			}
			return
		}
		assert.NotEmpty(t, claims.ClientID)
	})
}

func TestRevokedClientsTokensAreRefused(t *testing.T) {
	t.Parallel()
	key := newKey(t)
	register := map[string]oauth.Client{"serco-api": serco, "moved-api": {ID: "moved-api", SupplierKey: "geoamey"}}
	verifier := tokens.NewVerifier(key, settings, nil).WithClients(func(id string) (oauth.Client, bool) {
		c, ok := register[id]
		return c, ok
	})
	ctx := context.Background()
	_, err := verifier.Verify(ctx, sign(t, key, settings, serco, time.Now()))
	require.NoError(t, err)
	_, err = verifier.Verify(ctx, sign(t, key, settings, oauth.Client{ID: "removed-api"}, time.Now()))
	assert.ErrorIs(t, err, oauth.ErrInvalidToken, "a client taken out of the file")
	_, err = verifier.Verify(ctx, sign(t, key, settings, oauth.Client{ID: "moved-api", SupplierKey: "serco"}, time.Now()))
	assert.ErrorIs(t, err, oauth.ErrInvalidToken, "a token from before the client changed supplier")
}

func TestJWKSWithECAndEd25519Keys(t *testing.T) {
	t.Parallel()
	ecKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	edPub, edKey, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	point, err := ecKey.PublicKey.Bytes() // 0x04 || X || Y
	require.NoError(t, err)
	b64 := base64.RawURLEncoding.EncodeToString
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]any{"keys": []map[string]string{
			{"kty": "EC", "kid": "ec", "crv": "P-256", "x": b64(point[1:33]), "y": b64(point[33:])},
			{"kty": "OKP", "kid": "ed", "crv": "Ed25519", "x": b64(edPub)},
			{"kty": "EC", "kid": "off-curve", "crv": "P-256", "x": b64(make([]byte, 32)), "y": b64(make([]byte, 32))},
			{"kty": "RSA", "kid": "enc", "use": "enc", "n": "AQAB", "e": "AQAB"},
		}})
	}))
	t.Cleanup(server.Close)
	verifier := tokens.NewVerifier(newKey(t), settings, &tokens.HMPPSAuth{Keys: tokens.NewJWKS(server.URL, server.Client(), 0)})
	signWith := func(method jwt.SigningMethod, kid string, key any) string {
		tok := jwt.NewWithClaims(method, hmppsClaims())
		tok.Header["kid"] = kid
		s, err := tok.SignedString(key)
		require.NoError(t, err)
		return s
	}
	ctx := context.Background()
	_, err = verifier.Verify(ctx, signWith(jwt.SigningMethodES256, "ec", ecKey))
	assert.NoError(t, err)
	_, err = verifier.Verify(ctx, signWith(jwt.SigningMethodEdDSA, "ed", edKey))
	assert.NoError(t, err)
	_, err = verifier.Verify(ctx, signWith(jwt.SigningMethodES256, "off-curve", ecKey))
	assert.ErrorIs(t, err, oauth.ErrInvalidToken, "a point not on the curve is never trusted")
}
