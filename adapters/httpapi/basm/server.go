package basm

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/localtime"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// UseCases are the core use cases the handlers call.
type UseCases struct {
	Locations *booking.Locations
	People    *booking.People
	Profiles  *booking.Profiles
	Reference *booking.Reference
	Tokens    *booking.IssueToken
	Moves     MoveUseCases
	Journeys  JourneyUseCases
	Hearings  *booking.CreateCourtHearing
	Escorts   EscortRecordUseCases
	Events    EventUseCases
}

// Server implements the generated strict server interface.
type Server struct {
	Unimplemented
	uc UseCases
}

var _ api.StrictServerInterface = (*Server)(nil)

// NewServer builds the handlers.
func NewServer(uc UseCases) *Server { return &Server{uc: uc} }

type requestKey struct{}

// Mount registers every operation of the Book a Secure Move API on r.
func (s *Server) Mount(r chi.Router) {
	// Handlers need the request itself to build pagination links.
	keepRequest := func(f api.StrictHandlerFunc, _ string) api.StrictHandlerFunc {
		return func(ctx contextT, w http.ResponseWriter, r *http.Request, req any) (any, error) {
			return f(withRequest(ctx, r), w, r, req)
		}
	}
	// Idempotency-Key (§5) wraps the scoped operations once the request has passed spec validation.
	r.Use(s.idempotent)
	strict := api.NewStrictHandlerWithOptions(s, []api.StrictMiddlewareFunc{keepRequest}, api.StrictHTTPServerOptions{
		RequestErrorHandlerFunc: func(w http.ResponseWriter, r *http.Request, err error) {
			RenderError(w, r, apperr.Wrap(apperr.Invalid, err, "Unable to read the request body: %v", err))
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

// jsonTime renders a timestamp as the API does: Europe/London, whole seconds.
func jsonTime(t time.Time) time.Time { return t.In(localtime.London).Truncate(time.Second) }

func jsonTimePtr(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	v := jsonTime(*t)
	return &v
}

func date(t *time.Time) *openapi_types.Date {
	if t == nil {
		return nil
	}
	return &openapi_types.Date{Time: *t}
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func value(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
