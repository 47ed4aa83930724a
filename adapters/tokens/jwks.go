package tokens

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"sync"
	"time"
)

// JWKS is a remote JSON Web Key Set (HMPPS Auth's /.well-known/jwks.json),
// cached in memory. A token signed with a key id not in the cache triggers one
// refetch, so a key rotation is picked up on the first token signed with the
// new key; refetches are spaced by at least minRefresh so a stream of tokens
// with made-up key ids cannot turn into a stream of requests to HMPPS Auth.
type JWKS struct {
	url        string
	client     *http.Client
	minRefresh time.Duration

	mu      sync.Mutex
	keys    map[string]any
	fetched time.Time
}

// NewJWKS builds a key set read from url on first use.
func NewJWKS(url string, client *http.Client, minRefresh time.Duration) *JWKS {
	return &JWKS{url: url, client: client, minRefresh: minRefresh}
}

// Key returns the public key with id kid.
func (j *JWKS) Key(ctx context.Context, kid string) (any, error) {
	if kid == "" {
		return nil, errors.New("token has no kid")
	}
	// One lock around the fetch: concurrent requests with a new kid wait for
	// one fetch instead of each making their own.
	j.mu.Lock()
	defer j.mu.Unlock()
	if key, ok := j.keys[kid]; ok {
		return key, nil
	}
	if !j.fetched.IsZero() && time.Since(j.fetched) < j.minRefresh {
		return nil, fmt.Errorf("unknown kid %q", kid)
	}
	keys, err := j.fetch(ctx)
	j.fetched = time.Now()
	if err != nil {
		return nil, fmt.Errorf("JWKS %s: %w", j.url, err)
	}
	// Replace rather than merge: a key withdrawn by HMPPS Auth stops being trusted.
	j.keys = keys
	if key, ok := j.keys[kid]; ok {
		return key, nil
	}
	return nil, fmt.Errorf("unknown kid %q", kid)
}

type jsonWebKey struct {
	Kty string `json:"kty"`
	Kid string `json:"kid"`
	Use string `json:"use"`
	Crv string `json:"crv"`
	N   string `json:"n"`
	E   string `json:"e"`
	X   string `json:"x"`
	Y   string `json:"y"`
}

func (j *JWKS) fetch(ctx context.Context) (map[string]any, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, j.url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := j.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer func() { _ = resp.Body.Close() }()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	var set struct {
		Keys []jsonWebKey `json:"keys"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&set); err != nil {
		return nil, err
	}
	keys := map[string]any{}
	for _, k := range set.Keys {
		if k.Kid == "" || (k.Use != "" && k.Use != "sig") {
			continue
		}
		// A key we cannot read is skipped, not fatal: the others still verify.
		if key, err := k.publicKey(); err == nil {
			keys[k.Kid] = key
		}
	}
	return keys, nil
}

func (k jsonWebKey) publicKey() (any, error) {
	switch k.Kty {
	case "RSA":
		n, err := base64.RawURLEncoding.DecodeString(k.N)
		if err != nil {
			return nil, err
		}
		e, err := base64.RawURLEncoding.DecodeString(k.E)
		if err != nil {
			return nil, err
		}
		exp := new(big.Int).SetBytes(e)
		if !exp.IsInt64() || exp.Int64() < 3 || exp.Int64() > 1<<31 {
			return nil, errors.New("bad RSA exponent")
		}
		return &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(exp.Int64())}, nil
	case "EC":
		var curve elliptic.Curve
		switch k.Crv {
		case "P-256":
			curve = elliptic.P256()
		case "P-384":
			curve = elliptic.P384()
		default:
			return nil, fmt.Errorf("unsupported curve %q", k.Crv)
		}
		x, err := base64.RawURLEncoding.DecodeString(k.X)
		if err != nil {
			return nil, err
		}
		y, err := base64.RawURLEncoding.DecodeString(k.Y)
		if err != nil {
			return nil, err
		}
		size := (curve.Params().BitSize + 7) / 8
		if len(x) != size || len(y) != size {
			return nil, errors.New("bad EC coordinate length")
		}
		// Uncompressed point encoding; parsing checks the point is on the curve.
		return ecdsa.ParseUncompressedPublicKey(curve, append(append([]byte{4}, x...), y...))
	case "OKP":
		if k.Crv != "Ed25519" {
			return nil, fmt.Errorf("unsupported curve %q", k.Crv)
		}
		x, err := base64.RawURLEncoding.DecodeString(k.X)
		if err != nil {
			return nil, err
		}
		if len(x) != ed25519.PublicKeySize {
			return nil, errors.New("bad Ed25519 key length")
		}
		return ed25519.PublicKey(x), nil
	}
	return nil, fmt.Errorf("unsupported key type %q", k.Kty)
}
