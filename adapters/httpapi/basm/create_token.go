package basm

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// TokenPath is the OAuth2 token endpoint. It is outside /api and speaks OAuth,
// not JSON:API: a form body in, RFC 6749 JSON errors out.
const TokenPath = "/oauth/token"

// CreateToken implements POST /oauth/token, the client-credentials grant.
func (s *Server) CreateToken(ctx context.Context, req api.CreateTokenRequestObject) (api.CreateTokenResponseObject, error) {
	var body api.TokenRequest
	if req.Body != nil {
		body = *req.Body
	}
	tokenReq := oauth.Request{
		GrantType:    body.GrantType,
		ClientID:     value(body.ClientId),
		ClientSecret: value(body.ClientSecret),
		Scope:        value(body.Scope),
	}
	if r := requestFrom(ctx); r != nil {
		id, secret, sent, ok := basicCredentials(r)
		switch {
		case !sent:
		case !ok:
			return oauthError(oauth.ErrInvalidClient, ""), nil
		case tokenReq.ClientID != "" || tokenReq.ClientSecret != "":
			// RFC 6749 §2.3: a client must use one authentication method per request.
			return oauthError(oauth.ErrInvalidRequest, "Client credentials were sent both with HTTP Basic and in the form; send them once."), nil
		default:
			tokenReq.ClientID, tokenReq.ClientSecret = id, secret
		}
	}
	token, err := s.uc.Tokens.Issue(ctx, tokenReq)
	if err != nil {
		if response := oauthError(err, ""); response != nil {
			return response, nil
		}
		return nil, err
	}
	noStore := "no-store"
	return api.CreateToken200JSONResponse{
		Headers: api.CreateToken200ResponseHeaders{CacheControl: &noStore},
		Body: api.TokenResponse{
			AccessToken: token.Value,
			TokenType:   api.Bearer,
			ExpiresIn:   int(token.Lifetime.Seconds()),
			Scope:       strings.Join(token.Scopes, " "),
			CreatedAt:   token.IssuedAt.Unix(),
		},
	}, nil
}

// basicCredentials reads HTTP Basic client credentials, which RFC 6749 §2.3.1
// has form-encoded before base64. sent is false when the request uses no
// Basic authentication (another scheme is ignored, as Doorkeeper does); ok is
// false for a malformed value.
func basicCredentials(r *http.Request) (id, secret string, sent, ok bool) {
	scheme, _, _ := strings.Cut(strings.TrimSpace(r.Header.Get("Authorization")), " ")
	if !strings.EqualFold(scheme, "Basic") {
		return "", "", false, true
	}
	rawID, rawSecret, ok := r.BasicAuth()
	if !ok {
		return "", "", true, false
	}
	id, errID := url.QueryUnescape(rawID)
	secret, errSecret := url.QueryUnescape(rawSecret)
	return id, secret, true, errID == nil && errSecret == nil
}

// oauthDescriptions word each RFC 6749 error as Doorkeeper does.
var oauthDescriptions = map[error]string{
	oauth.ErrInvalidClient:        "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.",
	oauth.ErrInvalidRequest:       "The request is missing a required parameter, includes an unsupported parameter value, or is otherwise malformed.",
	oauth.ErrUnsupportedGrantType: "The authorization grant type is not supported by the authorization server.",
	oauth.ErrInvalidScope:         "The requested scope is invalid, unknown, or malformed.",
}

// oauthError turns one of the oauth.Err* values into its response, or nil
// for any other error (a fault of ours, answered 500 by RenderError).
func oauthError(err error, description string) api.CreateTokenResponseObject {
	for code, text := range oauthDescriptions {
		if !errors.Is(err, code) {
			continue
		}
		if description == "" {
			description = text
		}
		body := api.OAuthError{Error: code.Error(), ErrorDescription: &description}
		if errors.Is(code, oauth.ErrInvalidClient) {
			return api.CreateToken401JSONResponse(body)
		}
		return api.CreateToken400JSONResponse(body)
	}
	return nil
}

// renderOAuthError answers a token request that failed before the handler
// (a body breaking the spec, an unreadable form) or inside it (a fault of
// ours) in the OAuth error shape rather than JSON:API's.
func renderOAuthError(w http.ResponseWriter, r *http.Request, err error) {
	status, code, description := http.StatusBadRequest, oauth.ErrInvalidRequest.Error(), oauthDescriptions[oauth.ErrInvalidRequest]
	var bad interface{ RequestProblem() string }
	switch {
	case errors.As(err, &bad):
		description = bad.RequestProblem()
	case apperr.Is(err, apperr.Invalid):
	default:
		slog.ErrorContext(r.Context(), "token request failed", "error", err)
		status, code, description = http.StatusInternalServerError, "server_error", "The token could not be issued; see the service logs with this request's X-Request-Id."
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(api.OAuthError{Error: code, ErrorDescription: &description})
}
