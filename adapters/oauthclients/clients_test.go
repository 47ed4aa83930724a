package oauthclients_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/bcrypt"

	"github.com/ministryofjustice/hmpps-backbone/adapters/oauthclients"
	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
)

func hash(t *testing.T, secret string) string {
	t.Helper()
	h, err := bcrypt.GenerateFromPassword([]byte(secret), bcrypt.MinCost)
	require.NoError(t, err)
	return string(h)
}

func TestAuthenticate(t *testing.T) {
	t.Parallel()
	clients, err := oauthclients.Parse([]byte(`
consumers:            # the Integration API's section: not ours, ignored
  full-access:
    include: ["/v1/**"]
clients:
  frontend:
    secretHash: "` + hash(t, "front-secret") + `"
    scopes: [read, write]
  serco-api:
    supplier: serco
    secretHash: "` + hash(t, "serco-secret") + `"
`))
	require.NoError(t, err)
	ctx := context.Background()

	c, err := clients.Authenticate(ctx, "serco-api", "serco-secret")
	require.NoError(t, err)
	assert.Equal(t, oauth.Client{ID: "serco-api", SupplierKey: "serco", Scopes: []string{"read"}}, c, "scopes default to read")

	for name, creds := range map[string][2]string{
		"wrong secret":           {"serco-api", "front-secret"},
		"unknown client":         {"nobody", "serco-secret"},
		"empty secret":           {"frontend", ""},
		"secret of other client": {"frontend", "serco-secret"},
	} {
		_, err := clients.Authenticate(ctx, creds[0], creds[1])
		assert.ErrorIs(t, err, oauth.ErrInvalidClient, name)
	}

	assert.Equal(t, []string{"frontend"}, clients.FullAccessClients())
	assert.Equal(t, []string{"serco"}, clients.Suppliers())
	_, ok := clients.Client("frontend")
	assert.True(t, ok)
}

func TestParseRefusesBadClients(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"plain-text secret": `clients: {a: {secretHash: "hunter2"}}`,
		"unknown scope":     `clients: {a: {secretHash: "` + hash(t, "x") + `", scopes: [admin]}}`,
		"misspelt key":      `clients: {a: {secretHash: "` + hash(t, "x") + `", suplier: serco}}`,
		"colon in id":       `clients: {"a:b": {secretHash: "` + hash(t, "x") + `"}}`,
		"not YAML":          `clients: [`,
	}
	for name, doc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := oauthclients.Parse([]byte(doc))
			assert.Error(t, err)
		})
	}
}

// The sample file shipped for `make run` must load, with the clients its
// comments document.
func TestSampleFile(t *testing.T) {
	t.Parallel()
	clients, err := oauthclients.LoadFile(filepath.Join("..", "..", "cmd", "hmpps", "config", "authorisation.yaml"))
	require.NoError(t, err)
	assert.Equal(t, []string{"basm-frontend"}, clients.FullAccessClients())
	assert.Equal(t, []string{"geoamey", "serco"}, clients.Suppliers())
	ctx := context.Background()
	for id, secret := range map[string]string{"basm-frontend": "frontend-dev-secret", "serco-api": "serco-dev-secret", "geoamey-api": "geoamey-dev-secret"} {
		_, err := clients.Authenticate(ctx, id, secret)
		assert.NoError(t, err, id)
	}

	_, err = oauthclients.LoadFile(filepath.Join(t.TempDir(), "missing.yaml"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}
