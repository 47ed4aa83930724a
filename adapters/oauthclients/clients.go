// Package oauthclients is the register of OAuth clients of the Book a Secure
// Move API, read from the `clients:` section of the authorisation file, with
// their secrets stored as bcrypt hashes.
package oauthclients

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"golang.org/x/crypto/bcrypt"
	"gopkg.in/yaml.v3"

	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// fileFormat is the authorisation file as this package reads it: only
// `clients`; the Integration API's consumers and roles are read elsewhere.
// Inside a client, unknown keys are errors, so a misspelt "supplier" cannot
// silently make a supplier's client a full-access one.
type fileFormat struct {
	Clients map[string]clientEntry `yaml:"clients"`
	Other   map[string]any         `yaml:",inline"`
}

type clientEntry struct {
	// SecretHash is a bcrypt hash of the client secret.
	SecretHash string `yaml:"secretHash"`
	// Supplier is the owning supplier's key; absent for full access.
	Supplier string   `yaml:"supplier"`
	Scopes   []string `yaml:"scopes"`
}

type client struct {
	oauth.Client
	secretHash []byte
}

// Clients is the validated register.
type Clients struct {
	byID map[string]client
	// dummyHash is compared against when the client id is unknown, so an
	// unknown id costs as much time as a wrong secret and ids cannot be probed.
	dummyHash []byte
}

var _ ports.OAuthClients = (*Clients)(nil)

// LoadFile reads the register from the authorisation file at path.
func LoadFile(path string) (*Clients, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("authorisation file: %w", err)
	}
	c, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("authorisation file %s: %w", path, err)
	}
	return c, nil
}

// Parse decodes and validates the clients section of an authorisation file.
// Every problem is reported at once.
func Parse(data []byte) (*Clients, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var f fileFormat
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	var problems []string
	dummyCost := bcrypt.MinCost
	ids := make([]string, 0, len(f.Clients))
	for id := range f.Clients {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	byID := make(map[string]client, len(ids))
	for _, id := range ids {
		e := f.Clients[id]
		if strings.TrimSpace(id) == "" || strings.ContainsAny(id, ": \t") {
			problems = append(problems, fmt.Sprintf("client %q: the id must be non-empty, without spaces or colons (it travels in HTTP Basic credentials)", id))
		}
		if cost, err := bcrypt.Cost([]byte(e.SecretHash)); err != nil {
			problems = append(problems, fmt.Sprintf("client %q: secretHash is not a bcrypt hash", id))
		} else {
			dummyCost = max(dummyCost, cost)
		}
		scopes := e.Scopes
		if scopes == nil {
			scopes = []string{oauth.ScopeRead}
		}
		for _, s := range scopes {
			if !slices.Contains(oauth.KnownScopes, s) {
				problems = append(problems, fmt.Sprintf("client %q: unknown scope %q (want %s)", id, s, strings.Join(oauth.KnownScopes, ", ")))
			}
		}
		byID[id] = client{
			Client:     oauth.Client{ID: id, SupplierKey: e.Supplier, Scopes: scopes},
			secretHash: []byte(e.SecretHash),
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("invalid clients:\n  - %s", strings.Join(problems, "\n  - "))
	}
	// As costly as the dearest real hash, so an unknown id takes as long as a known one.
	dummy, err := bcrypt.GenerateFromPassword([]byte("no such client"), dummyCost)
	if err != nil {
		return nil, err
	}
	return &Clients{byID: byID, dummyHash: dummy}, nil
}

// Authenticate implements ports.OAuthClients.
func (c *Clients) Authenticate(_ context.Context, id, secret string) (oauth.Client, error) {
	cl, known := c.byID[id]
	hash := c.dummyHash
	if known {
		hash = cl.secretHash
	}
	matches := bcrypt.CompareHashAndPassword(hash, []byte(secret)) == nil
	if !known || !matches {
		return oauth.Client{}, oauth.ErrInvalidClient
	}
	return cl.Client, nil
}

// Client returns a client by id, for issuing a token without its secret (the
// operator's `hmpps token` command, which holds the signing key anyway).
func (c *Clients) Client(id string) (oauth.Client, bool) {
	cl, ok := c.byID[id]
	return cl.Client, ok
}

// Suppliers lists the supplier keys clients are owned by, to check against the
// database at start.
func (c *Clients) Suppliers() []string {
	var keys []string
	for _, cl := range c.byID {
		if cl.SupplierKey != "" && !slices.Contains(keys, cl.SupplierKey) {
			keys = append(keys, cl.SupplierKey)
		}
	}
	sort.Strings(keys)
	return keys
}

// FullAccessClients lists, sorted, the clients owned by no supplier.
func (c *Clients) FullAccessClients() []string {
	var ids []string
	for id, cl := range c.byID {
		if cl.SupplierKey == "" {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}
