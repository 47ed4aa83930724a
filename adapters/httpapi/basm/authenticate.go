package basm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"
	"gopkg.in/yaml.v3"

	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
	"github.com/ministryofjustice/hmpps-backbone/openapi"
)

// Identifier turns a bearer token and the X-Current-User header into the
// caller a request acts for (booking.IdentifyCaller).
type Identifier interface {
	Identify(ctx context.Context, token, user string) (booking.Caller, error)
}

// Authenticate requires a valid bearer token on every operation of the spec
// except those it declares `security: []` (the token endpoint and the two
// reference-location reads), and puts the caller in the request context for
// the use cases (booking.CallerFrom). It must run before WireRules: the
// original answers 401 before any 415 (fact sheet §0), so an anonymous client
// learns nothing about the request it sent.
//
// It relies on chi's route pattern, so it must be applied inside the router
// (r.Use in the group that mounts the operations), after routing.
func Authenticate(id Identifier) (func(http.Handler) http.Handler, error) {
	public, err := publicOperations()
	if err != nil {
		return nil, err
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if public[operationKey(r)] {
				next.ServeHTTP(w, r)
				return
			}
			token, _ := bearerToken(r.Header.Get("Authorization"))
			caller, err := id.Identify(r.Context(), token, strings.TrimSpace(r.Header.Get("X-Current-User")))
			if errors.Is(err, oauth.ErrInvalidToken) {
				// Why it was refused goes to the log, never to the caller.
				slog.DebugContext(r.Context(), "bearer token refused", "reason", err.Error())
				w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
				writeErrors(w, http.StatusUnauthorized, []errorObject{{Title: "Not authorized", Detail: "Token expired or invalid"}})
				return
			}
			if err != nil {
				RenderError(w, r, err)
				return
			}
			next.ServeHTTP(w, r.WithContext(booking.WithCaller(r.Context(), caller)))
		})
	}, nil
}

// bearerToken reads "Bearer <token>"; the scheme is case-insensitive (RFC 7235).
func bearerToken(header string) (string, bool) {
	scheme, token, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}

// operationKey names the routed operation as "GET /api/reference/locations/{id}".
// An unrouted request has no key, and so is never public.
func operationKey(r *http.Request) string {
	rc := chi.RouteContext(r.Context())
	if rc == nil {
		return ""
	}
	pattern := rc.RoutePattern()
	if pattern == "" {
		return ""
	}
	return r.Method + " " + pattern
}

// publicOperations lists the operations the spec exempts from the API-wide
// bearer requirement with an empty `security` list. The spec is the one
// place this is said, so the docs and the service cannot disagree. Only the
// few fields needed are decoded: a full OpenAPI load costs seconds at start.
func publicOperations() (map[string]bool, error) {
	data, err := openapi.Files.ReadFile(openapi.BookSecureMove)
	if err != nil {
		return nil, err
	}
	var spec struct {
		Paths map[string]map[string]yaml.Node `yaml:"paths"`
	}
	if err := yaml.Unmarshal(data, &spec); err != nil {
		return nil, fmt.Errorf("basm: read %s: %w", openapi.BookSecureMove, err)
	}
	public := map[string]bool{}
	for path, item := range spec.Paths {
		for method, node := range item {
			var op struct {
				Security *[]map[string][]string `yaml:"security"`
			}
			if node.Kind != yaml.MappingNode || node.Decode(&op) != nil {
				continue // path-level parameters or summary, not an operation
			}
			if op.Security != nil && len(*op.Security) == 0 {
				public[strings.ToUpper(method)+" "+path] = true
			}
		}
	}
	return public, nil
}
