package integration

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/ministryofjustice/hmpps-backbone/adapters/health"
	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/queues"
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

	// Prisoner search, prison-api and incentives reads.
	Prisoner          *integration.GetPrisoner
	Prisoners         *integration.SearchPrisoners
	CellLocation      *integration.GetCellLocation
	ConvertIDs        *integration.ConvertIDs
	Alerts            *integration.GetAlerts
	VisitRestrictions *integration.GetVisitRestrictions
	VisitOrders       *integration.GetVisitOrders
	IepLevel          *integration.GetIepLevel

	// nDelius, ARNS, CVL, POM and EPF reads (wired in cmd/hmpps/wire_probation.go).
	Probation ProbationUseCases

	// Finance, visits, relationships and the other prison records (wired in cmd/hmpps/wire_prison_records.go).
	PrisonRecords PrisonRecordUseCases

	// The /queue-admin operations.
	QueueAdmin *queues.Admin

	// Expressions of interest in jobs, published to the jobs board queue.
	ExpressionOfInterest *integration.ExpressInterest
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
