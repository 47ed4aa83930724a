// Package tokens signs and verifies the JWT access tokens of the Book a Secure
// Move API: our own tokens (issued by POST /oauth/token, signed with one key
// from configuration) and, optionally, HMPPS Auth tokens checked against its
// published JWKS.
package tokens

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/golang-jwt/jwt/v5"
)

// SigningKey is the private key our tokens are signed with. Its algorithm
// follows the key: Ed25519 → EdDSA, RSA → RS256, ECDSA P-256 → ES256.
type SigningKey struct {
	private crypto.Signer
	method  jwt.SigningMethod
	kid     string
}

// GenerateSigningKey makes a fresh Ed25519 key (for development and tests).
func GenerateSigningKey() (*SigningKey, error) {
	_, private, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return newSigningKey(private)
}

// ParseSigningKey reads a PEM private key: PKCS#8 ("PRIVATE KEY"), PKCS#1
// ("RSA PRIVATE KEY") or SEC 1 ("EC PRIVATE KEY").
func ParseSigningKey(data []byte) (*SigningKey, error) {
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, errors.New("no PEM block found")
	}
	var (
		key any
		err error
	)
	switch block.Type {
	case "PRIVATE KEY":
		key, err = x509.ParsePKCS8PrivateKey(block.Bytes)
	case "RSA PRIVATE KEY":
		key, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	case "EC PRIVATE KEY":
		key, err = x509.ParseECPrivateKey(block.Bytes)
	default:
		return nil, fmt.Errorf("PEM block %q is not a private key", block.Type)
	}
	if err != nil {
		return nil, err
	}
	signer, ok := key.(crypto.Signer)
	if !ok {
		return nil, fmt.Errorf("unsupported key type %T", key)
	}
	return newSigningKey(signer)
}

func newSigningKey(private crypto.Signer) (*SigningKey, error) {
	var method jwt.SigningMethod
	switch k := private.(type) {
	case ed25519.PrivateKey:
		method = jwt.SigningMethodEdDSA
	case *rsa.PrivateKey:
		if k.N.BitLen() < 2048 {
			return nil, fmt.Errorf("RSA key of %d bits is too weak; use 2048 or more", k.N.BitLen())
		}
		method = jwt.SigningMethodRS256
	case *ecdsa.PrivateKey:
		if k.Curve != elliptic.P256() {
			return nil, errors.New("ECDSA keys must be on P-256 (ES256)")
		}
		method = jwt.SigningMethodES256
	default:
		return nil, fmt.Errorf("unsupported key type %T (want Ed25519, RSA or ECDSA P-256)", private)
	}
	der, err := x509.MarshalPKIXPublicKey(private.Public())
	if err != nil {
		return nil, err
	}
	// The key id is derived from the public key, so it changes exactly when the key does.
	sum := sha256.Sum256(der)
	return &SigningKey{private: private, method: method, kid: base64.RawURLEncoding.EncodeToString(sum[:12])}, nil
}

// LoadSigningKey reads the PEM key file at path.
func LoadSigningKey(path string) (*SigningKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("OAuth signing key: %w", err)
	}
	key, err := ParseSigningKey(data)
	if err != nil {
		return nil, fmt.Errorf("OAuth signing key %s: %w", path, err)
	}
	return key, nil
}

// LoadOrCreateSigningKey reads the key at path, first writing a new Ed25519 key
// there if there is none, so a development service keeps its key (and the
// tokens it issued) across restarts. created reports that a key was made.
func LoadOrCreateSigningKey(path string) (key *SigningKey, created bool, err error) {
	if _, err := os.Stat(path); err == nil {
		key, err := LoadSigningKey(path)
		return key, false, err
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, false, fmt.Errorf("OAuth signing key: %w", err)
	}
	key, err = GenerateSigningKey()
	if err != nil {
		return nil, false, err
	}
	data, err := key.MarshalPEM()
	if err != nil {
		return nil, false, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, false, fmt.Errorf("OAuth signing key: %w", err)
	}
	// O_EXCL: if another process (make token beside make run) wrote the key
	// first, use theirs rather than overwrite it.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		key, err := LoadSigningKey(path)
		return key, false, err
	}
	if err != nil {
		return nil, false, fmt.Errorf("OAuth signing key: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		return nil, false, fmt.Errorf("OAuth signing key: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, false, fmt.Errorf("OAuth signing key: %w", err)
	}
	return key, true, nil
}

// MarshalPEM writes the private key as PKCS#8 PEM.
func (k *SigningKey) MarshalPEM() ([]byte, error) {
	der, err := x509.MarshalPKCS8PrivateKey(k.private)
	if err != nil {
		return nil, err
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), nil
}

// KeyID names the key in the tokens' kid header.
func (k *SigningKey) KeyID() string { return k.kid }

// Algorithm is the JWS alg the key signs with.
func (k *SigningKey) Algorithm() string { return k.method.Alg() }
