package simulator

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/google/uuid"
)

// HMPPS Auth (no OpenAPI spec): the OAuth2 client-credentials token endpoint.

// tokenSigningKey signs simulator tokens (HS256). It is not a secret: the
// upstreams here accept any bearer token, the signature only makes the token
// look like a real JWT to clients that decode it.
const tokenSigningKey = "hmpps-upstream-simulator-not-a-secret"

// tokenLifetime matches HMPPS Auth's client-credentials tokens (20 minutes,
// reported as 1199 seconds).
const tokenLifetime = 1199

// jtiNamespace derives reproducible token ids.
var jtiNamespace = uuid.MustParse("6f1c1a64-3a53-4c53-9a4e-2d1c7d0b1a11")

// oauthTokenResponse is HMPPS Auth's token response.
type oauthTokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int    `json:"expires_in"`
	Scope       string `json:"scope"`
	Sub         string `json:"sub"`
	AuthSource  string `json:"auth_source"`
	JTI         string `json:"jti"`
	Iss         string `json:"iss"`
}

// oauthError is the Spring Security OAuth2 error body.
type oauthError struct {
	Error            string `json:"error"`
	ErrorDescription string `json:"error_description"`
}

func (s *server) authRoutes(r chi.Router) {
	r.Post("/auth/oauth/token", s.token)
}

// token issues a client-credentials token to any non-empty client id, sent
// either as HTTP Basic credentials or as client_id/client_secret form fields.
// grant_type may be in the query string (as the service sends it) or form.
func (s *server) token(w http.ResponseWriter, r *http.Request) {
	clientID, _, ok := r.BasicAuth()
	if !ok {
		clientID = r.FormValue("client_id")
	}
	if clientID == "" {
		w.Header().Set("WWW-Authenticate", `Basic realm="oauth2/client"`)
		writeJSON(w, http.StatusUnauthorized, oauthError{"unauthorized", "Full authentication is required to access this resource"})
		return
	}
	switch grant := r.FormValue("grant_type"); grant {
	case "client_credentials":
	case "":
		writeJSON(w, http.StatusBadRequest, oauthError{"invalid_request", "Missing grant type"})
		return
	default:
		writeJSON(w, http.StatusBadRequest, oauthError{"unsupported_grant_type", "Unsupported grant type: " + grant})
		return
	}

	now := s.now()
	n := s.tokens.Add(1)
	jti := uuid.NewSHA1(jtiNamespace, fmt.Appendf(nil, "%s/%d/%d", clientID, now.Unix(), n)).String()
	iss := "http://" + r.Host + "/auth/issuer"
	claims := map[string]any{
		"sub":         clientID,
		"client_id":   clientID,
		"grant_type":  "client_credentials",
		"scope":       []string{"read"},
		"auth_source": "none",
		"authorities": []string{"ROLE_PRISONER_SEARCH", "ROLE_GLOBAL_SEARCH", "ROLE_PROBATION__SEARCH_PERSON"},
		"iss":         iss,
		"iat":         now.Unix(),
		"exp":         now.Unix() + tokenLifetime,
		"jti":         jti,
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, oauthTokenResponse{
		AccessToken: signJWT(claims),
		TokenType:   "bearer",
		ExpiresIn:   tokenLifetime,
		Scope:       "read",
		Sub:         clientID,
		AuthSource:  "none",
		JTI:         jti,
		Iss:         iss,
	})
}

// signJWT builds an HS256 JWT (header.payload.signature, base64url).
func signJWT(claims map[string]any) string {
	enc := base64.RawURLEncoding
	header, _ := json.Marshal(map[string]string{"alg": "HS256", "typ": "JWT", "kid": "simulator"})
	payload, _ := json.Marshal(claims) // maps of plain values always marshal
	signed := enc.EncodeToString(header) + "." + enc.EncodeToString(payload)
	mac := hmac.New(sha256.New, []byte(tokenSigningKey))
	mac.Write([]byte(signed))
	return signed + "." + enc.EncodeToString(mac.Sum(nil))
}
