package httpapi

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/basm"
	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/docs"
	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/integration"
	"github.com/ministryofjustice/hmpps-backbone/openapi"
)

// Config is everything the router needs.
type Config struct {
	Logger      *slog.Logger
	Registry    *prometheus.Registry
	Integration *integration.Server
	Moves       *basm.Server
	// IntegrationAccess and MovesAccess wrap each API's routes with identity and
	// authorisation checks; nil lets every request through.
	IntegrationAccess func(http.Handler) http.Handler
	MovesAccess       func(http.Handler) http.Handler
	// Auditor, when set, records every successful /v1 call.
	Auditor Auditor
}

// NewRouter builds the service's single HTTP handler: both APIs, their specs,
// the docs UI, health and metrics.
func NewRouter(cfg Config) (http.Handler, error) {
	integrationSpec, err := specRouter(openapi.IntegrationAPI)
	if err != nil {
		return nil, err
	}
	movesSpec, err := specRouter(openapi.BookSecureMove)
	if err != nil {
		return nil, err
	}
	metrics := NewMetrics(cfg.Registry)

	r := chi.NewRouter()
	r.Use(observe(cfg.Logger, metrics, cfg.Auditor))
	r.Use(recoverer)
	r.Use(basm.NormalisePath)

	r.Handle("/metrics", promhttp.HandlerFor(cfg.Registry, promhttp.HandlerOpts{}))
	r.Get("/openapi/{name}", serveSpec)
	r.Handle("/docs", http.RedirectHandler("/docs/", http.StatusMovedPermanently))
	r.Handle("/docs/*", http.StripPrefix("/docs/", docs.Handler()))

	r.Group(func(r chi.Router) {
		// Authentication first: the API answers 401 before any 415 (guard order).
		if cfg.MovesAccess != nil {
			r.Use(cfg.MovesAccess)
		}
		r.Use(basm.WireRules)
		r.Use(validateRequests(movesSpec, basm.RenderError))
		cfg.Moves.Mount(r)
	})
	r.Group(func(r chi.Router) {
		if cfg.IntegrationAccess != nil {
			r.Use(cfg.IntegrationAccess)
		}
		r.Use(validateRequests(integrationSpec, integration.RenderError))
		cfg.Integration.Mount(r)
	})

	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		if isMovesPath(r.URL.Path) {
			basm.NotFoundHandler(w, r)
			return
		}
		integration.NotFoundHandler(w, r)
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		if isMovesPath(r.URL.Path) {
			basm.NotFoundHandler(w, r)
			return
		}
		integration.NotFoundHandler(w, r)
	})
	return r, nil
}

func isMovesPath(path string) bool {
	return strings.HasPrefix(path, "/api/") || path == "/api" || path == "/oauth/token"
}

func specRouter(name string) (*SpecRouter, error) {
	doc, err := openapi.Load(name)
	if err != nil {
		return nil, err
	}
	return NewSpecRouter(doc)
}

func serveSpec(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "name")
	if name != openapi.IntegrationAPI && name != openapi.BookSecureMove {
		http.NotFound(w, r)
		return
	}
	data, err := openapi.Files.ReadFile(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/yaml")
	_, _ = w.Write(data)
}

// recoverer turns a panic into a 500 in the right API's error shape, never a
// dropped connection or an HTML page.
func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if err, ok := v.(error); ok && errors.Is(err, http.ErrAbortHandler) {
					panic(v)
				}
				slog.ErrorContext(r.Context(), "panic serving request", "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				err := fmt.Errorf("panic: %v", v)
				if isMovesPath(r.URL.Path) {
					basm.RenderError(w, r, err)
					return
				}
				integration.RenderError(w, r, err)
			}
		}()
		next.ServeHTTP(w, r)
	})
}
