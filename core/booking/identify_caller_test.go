package booking_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

var serco = reference.Supplier{ID: "869fbcd3-f2fb-4ae4-8b7b-d021f60a1791", Key: "serco", Name: "Serco"}

func TestIdentifyCallerSupplierClient(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	verifier := portsmocks.NewTokenVerifier(t)
	verifier.EXPECT().Verify(mock.Anything, "tok").Return(oauth.Claims{ClientID: "serco-api", SupplierKey: "serco", Scopes: []string{"read"}}, nil)
	ref := portsmocks.NewReferenceData(t)
	// Looked up once, then cached: Once() fails the test on a second lookup.
	ref.EXPECT().SupplierByKey(mock.Anything, "serco").Return(serco, nil).Once()
	u := booking.NewIdentifyCaller(verifier, ref)

	for range 2 {
		caller, err := u.Identify(ctx, "tok", "JSMITH_GEN")
		require.NoError(t, err)
		assert.Equal(t, "serco-api", caller.ClientID)
		assert.False(t, caller.FullAccess())
		id, ok := caller.SupplierID()
		assert.True(t, ok)
		assert.Equal(t, serco.ID, id)
		assert.Equal(t, "JSMITH_GEN", caller.CreatedBy())
		assert.True(t, caller.HasScope("read"))
		assert.False(t, caller.HasScope("write"))
	}
}

func TestIdentifyCallerFullAccessClient(t *testing.T) {
	t.Parallel()
	verifier := portsmocks.NewTokenVerifier(t)
	verifier.EXPECT().Verify(mock.Anything, "tok").Return(oauth.Claims{ClientID: "basm-frontend"}, nil)
	caller, err := booking.NewIdentifyCaller(verifier, portsmocks.NewReferenceData(t)).Identify(context.Background(), "tok", "")
	require.NoError(t, err)
	assert.True(t, caller.FullAccess())
	_, ok := caller.SupplierID()
	assert.False(t, ok)
	assert.Empty(t, caller.CreatedBy())
}

func TestIdentifyCallerRefuses(t *testing.T) {
	t.Parallel()
	ctx := context.Background()

	t.Run("no token, without asking the verifier", func(t *testing.T) {
		t.Parallel()
		_, err := booking.NewIdentifyCaller(portsmocks.NewTokenVerifier(t), portsmocks.NewReferenceData(t)).Identify(ctx, "", "")
		assert.ErrorIs(t, err, oauth.ErrInvalidToken)
	})
	t.Run("a token the verifier refuses", func(t *testing.T) {
		t.Parallel()
		verifier := portsmocks.NewTokenVerifier(t)
		verifier.EXPECT().Verify(mock.Anything, "bad").Return(oauth.Claims{}, oauth.ErrInvalidToken)
		_, err := booking.NewIdentifyCaller(verifier, portsmocks.NewReferenceData(t)).Identify(ctx, "bad", "")
		assert.ErrorIs(t, err, oauth.ErrInvalidToken)
	})
	t.Run("a supplier we do not know is not full access", func(t *testing.T) {
		t.Parallel()
		verifier := portsmocks.NewTokenVerifier(t)
		verifier.EXPECT().Verify(mock.Anything, "tok").Return(oauth.Claims{ClientID: "x", SupplierKey: "gone"}, nil)
		ref := portsmocks.NewReferenceData(t)
		ref.EXPECT().SupplierByKey(mock.Anything, "gone").Return(reference.Supplier{}, apperr.New(apperr.NotFound, "no"))
		_, err := booking.NewIdentifyCaller(verifier, ref).Identify(ctx, "tok", "")
		assert.ErrorIs(t, err, oauth.ErrInvalidToken)
	})
	t.Run("a database failure is not a token problem", func(t *testing.T) {
		t.Parallel()
		verifier := portsmocks.NewTokenVerifier(t)
		verifier.EXPECT().Verify(mock.Anything, "tok").Return(oauth.Claims{ClientID: "x", SupplierKey: "serco"}, nil)
		ref := portsmocks.NewReferenceData(t)
		down := errors.New("database down")
		ref.EXPECT().SupplierByKey(mock.Anything, "serco").Return(reference.Supplier{}, down)
		_, err := booking.NewIdentifyCaller(verifier, ref).Identify(ctx, "tok", "")
		assert.ErrorIs(t, err, down)
		assert.NotErrorIs(t, err, oauth.ErrInvalidToken)
	})
}

func TestCallerInContext(t *testing.T) {
	t.Parallel()
	_, ok := booking.CallerFrom(context.Background())
	assert.False(t, ok)
	ctx := booking.WithCaller(context.Background(), booking.Caller{ClientID: "serco-api", Supplier: &serco})
	c, ok := booking.CallerFrom(ctx)
	require.True(t, ok)
	assert.Equal(t, "Serco", c.CreatedBy(), "without X-Current-User, the supplier's name")
}

type fixedClock struct{ t time.Time }

func (c fixedClock) Now() time.Time { return c.t }

func TestIssueToken(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	client := oauth.Client{ID: "serco-api", SupplierKey: "serco", Scopes: []string{"read", "write"}}

	t.Run("grants and signs", func(t *testing.T) {
		t.Parallel()
		clients := portsmocks.NewOAuthClients(t)
		clients.EXPECT().Authenticate(mock.Anything, "serco-api", "s3cret").Return(client, nil)
		signer := portsmocks.NewTokenSigner(t)
		signer.EXPECT().Sign(mock.Anything, client, []string{"read", "write"}, now).Return(oauth.Token{Value: "jwt"}, nil)
		tok, err := booking.NewIssueToken(clients, signer, fixedClock{now}).Issue(ctx, oauth.Request{
			GrantType: "client_credentials", ClientID: "serco-api", ClientSecret: "s3cret", Scope: "write read",
		})
		require.NoError(t, err)
		assert.Equal(t, "jwt", tok.Value)
	})
	t.Run("wrong grant never reaches the client register", func(t *testing.T) {
		t.Parallel()
		_, err := booking.NewIssueToken(portsmocks.NewOAuthClients(t), portsmocks.NewTokenSigner(t), fixedClock{now}).Issue(ctx, oauth.Request{
			GrantType: "password", ClientID: "serco-api", ClientSecret: "s3cret",
		})
		assert.ErrorIs(t, err, oauth.ErrUnsupportedGrantType)
	})
	t.Run("wrong secret signs nothing", func(t *testing.T) {
		t.Parallel()
		clients := portsmocks.NewOAuthClients(t)
		clients.EXPECT().Authenticate(mock.Anything, "serco-api", "guess").Return(oauth.Client{}, oauth.ErrInvalidClient)
		_, err := booking.NewIssueToken(clients, portsmocks.NewTokenSigner(t), fixedClock{now}).Issue(ctx, oauth.Request{
			GrantType: "client_credentials", ClientID: "serco-api", ClientSecret: "guess",
		})
		assert.ErrorIs(t, err, oauth.ErrInvalidClient)
	})
	t.Run("a scope the client lacks signs nothing", func(t *testing.T) {
		t.Parallel()
		clients := portsmocks.NewOAuthClients(t)
		clients.EXPECT().Authenticate(mock.Anything, "serco-api", "s3cret").Return(client, nil)
		_, err := booking.NewIssueToken(clients, portsmocks.NewTokenSigner(t), fixedClock{now}).Issue(ctx, oauth.Request{
			GrantType: "client_credentials", ClientID: "serco-api", ClientSecret: "s3cret", Scope: "diagnostics.pii",
		})
		assert.ErrorIs(t, err, oauth.ErrInvalidScope)
	})
}
