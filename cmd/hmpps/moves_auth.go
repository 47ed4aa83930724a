package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/basm"
	"github.com/ministryofjustice/hmpps-backbone/adapters/oauthclients"
	"github.com/ministryofjustice/hmpps-backbone/adapters/tokens"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// movesAuth is the Book a Secure Move API's OAuth: the token endpoint's use
// case and the bearer-token middleware of /api.
type movesAuth struct {
	issue        *booking.IssueToken
	authenticate func(http.Handler) http.Handler
}

// newMovesAuth reads the clients and the signing key and builds both halves.
// A client owned by a supplier the database does not know stops the start: its
// tokens would otherwise be refused on every request.
func newMovesAuth(ctx context.Context, cfg config, logger *slog.Logger, reference ports.ReferenceData, clock ports.Clock) (movesAuth, error) {
	clients, err := oauthclients.LoadFile(cfg.AuthorisationFile)
	if err != nil {
		return movesAuth{}, err
	}
	for _, key := range clients.Suppliers() {
		if _, err := reference.SupplierByKey(ctx, key); err != nil {
			if apperr.Is(err, apperr.NotFound) {
				return movesAuth{}, fmt.Errorf("authorisation file %s: clients: no supplier with key %q", cfg.AuthorisationFile, key)
			}
			return movesAuth{}, err
		}
	}
	key, err := signingKey(cfg, logger)
	if err != nil {
		return movesAuth{}, err
	}
	settings := tokenSettings(cfg)
	var hmppsAuth *tokens.HMPPSAuth
	if cfg.HMPPSAuthJWKSURL != "" {
		hmppsAuth = &tokens.HMPPSAuth{
			Keys:   tokens.NewJWKS(cfg.HMPPSAuthJWKSURL, &http.Client{Timeout: 10 * time.Second}, 10*time.Second),
			Issuer: cfg.HMPPSAuthIssuer,
		}
	}
	verifier := tokens.NewVerifier(key, settings, hmppsAuth).WithClients(clients.Client)
	identify := booking.NewIdentifyCaller(verifier, reference)
	authenticate, err := basm.Authenticate(identify)
	if err != nil {
		return movesAuth{}, err
	}
	return movesAuth{
		issue:        booking.NewIssueToken(clients, tokens.NewSigner(key, settings), clock),
		authenticate: authenticate,
	}, nil
}

func tokenSettings(cfg config) tokens.Settings {
	return tokens.Settings{Issuer: cfg.OAuthIssuer, Audience: cfg.OAuthAudience, Lifetime: cfg.OAuthTokenLifetime}
}

// signingKey is the configured key or, when none is, a development key kept
// in ./var so tokens survive a restart of `make run`.
func signingKey(cfg config, logger *slog.Logger) (*tokens.SigningKey, error) {
	if cfg.OAuthSigningKeyFile != "" {
		return tokens.LoadSigningKey(cfg.OAuthSigningKeyFile)
	}
	key, created, err := tokens.LoadOrCreateSigningKey(cfg.OAuthDevKeyFile)
	if err != nil {
		return nil, err
	}
	logger.Warn("OAUTH_SIGNING_KEY_FILE is not set: signing /api tokens with a DEVELOPMENT key; never run like this outside a developer's machine",
		"key_file", cfg.OAuthDevKeyFile, "created", created)
	return key, nil
}
