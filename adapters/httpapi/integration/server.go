package integration

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/ministryofjustice/hmpps-backbone/adapters/health"
	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// BuildInfo describes the running binary for /info.
type BuildInfo struct {
	Version   string
	GitCommit string
	BuildTime string
}

// UseCases are the core use cases the handlers call.
type UseCases struct {
	PersonName *integration.GetPersonName
}

// Server implements the generated strict server interface.
type Server struct {
	Unimplemented
	uc     UseCases
	health *health.Checker
	build  BuildInfo
}

var _ api.StrictServerInterface = (*Server)(nil)

// NewServer builds the handlers.
func NewServer(uc UseCases, checker *health.Checker, build BuildInfo) *Server {
	return &Server{uc: uc, health: checker, build: build}
}

// Mount registers every operation of the Integration API on r.
func (s *Server) Mount(r chi.Router) {
	strict := api.NewStrictHandlerWithOptions(s, nil, api.StrictHTTPServerOptions{
		RequestErrorHandlerFunc: func(w http.ResponseWriter, r *http.Request, err error) {
			RenderError(w, r, apperr.Wrap(apperr.Invalid, err, "Unable to read the request: %v", err))
		},
		ResponseErrorHandlerFunc: RenderError,
	})
	api.HandlerWithOptions(strict, api.ChiServerOptions{
		BaseRouter: r,
		ErrorHandlerFunc: func(w http.ResponseWriter, r *http.Request, err error) {
			RenderError(w, r, apperr.Wrap(apperr.Invalid, err, "%v", err))
		},
	})
}

// filtersFrom returns the consumer's filters placed on the context by the access-control middleware.
func filtersFrom(ctx context.Context) access.Filters {
	return access.FiltersFrom(ctx)
}
