package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/oauthclients"
	"github.com/ministryofjustice/hmpps-backbone/adapters/tokens"
)

// token prints an access token for a client of the authorisation file,
// signed with the service's key: `hmpps token [client-id]`. Without an id it
// uses the one full-access client. It needs no secret and no running service:
// whoever can run it already holds the signing key. The token is on the last
// line, so scripts can take it with `tail -1`.
func token(ctx context.Context, cfg config, logger *slog.Logger, args []string, out io.Writer) error {
	clients, err := oauthclients.LoadFile(cfg.AuthorisationFile)
	if err != nil {
		return err
	}
	var id string
	switch len(args) {
	case 0:
		full := clients.FullAccessClients()
		if len(full) != 1 {
			return fmt.Errorf("name a client: %d full-access clients in %s (%s)", len(full), cfg.AuthorisationFile, strings.Join(full, ", "))
		}
		id = full[0]
	case 1:
		id = args[0]
	default:
		return fmt.Errorf("usage: hmpps token [client-id]")
	}
	client, ok := clients.Client(id)
	if !ok {
		return fmt.Errorf("no client %q in %s", id, cfg.AuthorisationFile)
	}
	key, err := signingKey(cfg, logger)
	if err != nil {
		return err
	}
	t, err := tokens.NewSigner(key, tokenSettings(cfg)).Sign(ctx, client, client.Scopes, time.Now())
	if err != nil {
		return err
	}
	owner := "full access"
	if client.SupplierKey != "" {
		owner = "supplier " + client.SupplierKey
	}
	_, err = fmt.Fprintf(out, "# client %s (%s), scope %q, expires %s\n%s\n",
		client.ID, owner, strings.Join(t.Scopes, " "), t.IssuedAt.Add(t.Lifetime).Format(time.RFC3339), t.Value)
	return err
}
