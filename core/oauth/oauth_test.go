package oauth_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
)

func TestGrantScopes(t *testing.T) {
	t.Parallel()
	client := oauth.Client{ID: "serco-api", Scopes: []string{oauth.ScopeRead, oauth.ScopeWrite}}
	tests := []struct {
		requested string
		want      []string
		err       error
	}{
		{"", []string{"read"}, nil},
		{"   ", []string{"read"}, nil},
		{"write", []string{"write"}, nil},
		{"write read", []string{"read", "write"}, nil},
		{"read read", []string{"read"}, nil},
		{"diagnostics.pii", nil, oauth.ErrInvalidScope}, // a scope the client lacks
		{"read admin", nil, oauth.ErrInvalidScope},      // not a scope at all
		{"READ", nil, oauth.ErrInvalidScope},            // scopes are case-sensitive
		{"read,write", nil, oauth.ErrInvalidScope},      // space-separated only
	}
	for _, tt := range tests {
		t.Run(tt.requested, func(t *testing.T) {
			t.Parallel()
			got, err := client.GrantScopes(tt.requested)
			assert.ErrorIs(t, err, tt.err)
			assert.Equal(t, tt.want, got)
		})
	}

	readOnly := oauth.Client{ID: "reader", Scopes: []string{oauth.ScopeWrite}}
	_, err := readOnly.GrantScopes("")
	assert.ErrorIs(t, err, oauth.ErrInvalidScope, "the default scope must be held too")
}

func TestRequestCheck(t *testing.T) {
	t.Parallel()
	ok := oauth.Request{GrantType: "client_credentials", ClientID: "a", ClientSecret: "b"}
	assert.NoError(t, ok.Check())

	tests := map[string]struct {
		req  oauth.Request
		want error
	}{
		"no grant type":       {oauth.Request{ClientID: "a", ClientSecret: "b"}, oauth.ErrInvalidRequest},
		"password grant":      {oauth.Request{GrantType: "password", ClientID: "a", ClientSecret: "b"}, oauth.ErrUnsupportedGrantType},
		"grant before client": {oauth.Request{GrantType: "authorization_code"}, oauth.ErrUnsupportedGrantType},
		"no client":           {oauth.Request{GrantType: "client_credentials"}, oauth.ErrInvalidClient},
		"no secret":           {oauth.Request{GrantType: "client_credentials", ClientID: "a"}, oauth.ErrInvalidClient},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			assert.ErrorIs(t, tt.req.Check(), tt.want)
		})
	}
}
