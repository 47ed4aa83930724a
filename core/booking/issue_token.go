package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// IssueToken serves POST /oauth/token: the client-credentials grant.
type IssueToken struct {
	clients ports.OAuthClients
	signer  ports.TokenSigner
	clock   ports.Clock
}

// NewIssueToken builds the use case.
func NewIssueToken(clients ports.OAuthClients, signer ports.TokenSigner, clock ports.Clock) *IssueToken {
	return &IssueToken{clients: clients, signer: signer, clock: clock}
}

// Issue checks the request, authenticates the client and signs a token with
// the scopes it may have. Failures are the oauth.Err* values.
func (u *IssueToken) Issue(ctx context.Context, req oauth.Request) (oauth.Token, error) {
	if err := req.Check(); err != nil {
		return oauth.Token{}, err
	}
	client, err := u.clients.Authenticate(ctx, req.ClientID, req.ClientSecret)
	if err != nil {
		return oauth.Token{}, err
	}
	scopes, err := client.GrantScopes(req.Scope)
	if err != nil {
		return oauth.Token{}, err
	}
	return u.signer.Sign(ctx, client, scopes, u.clock.Now())
}
