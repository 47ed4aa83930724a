package simulator

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

// Option configures the simulator.
type Option func(*server)

// WithClock sets the clock used for token lifetimes and ages (default
// time.Now). Tests pin it to make every response reproducible.
func WithClock(now func() time.Time) Option { return func(s *server) { s.now = now } }

// WithLogger logs every request (method, path, status, duration).
func WithLogger(l *slog.Logger) Option { return func(s *server) { s.log = l } }

// server holds what every upstream's handlers share.
type server struct {
	world  *World
	now    func() time.Time
	log    *slog.Logger
	tokens atomic.Uint64 // issued tokens, makes each jti distinct yet reproducible
}

// New returns a handler serving every simulated upstream at the root, so the
// base URL of each upstream is the simulator's address.
//
// Each upstream lives in its own file with a routes method taking a chi
// router (prisonersearch.go, probationsearch.go, ndelius.go, ...). Its
// response types are unexported Go structs named after the upstream's
// OpenAPI schema with a short upstream prefix (psPrisoner, posOffenderDetail,
// ndProbationCaseDetail) because several upstreams reuse schema names.
func New(w *World, opts ...Option) http.Handler {
	s := &server{world: w, now: time.Now}
	for _, opt := range opts {
		opt(s)
	}

	r := chi.NewRouter()
	if s.log != nil {
		r.Use(s.logRequests) // outermost, so recovered panics are logged as 500s
	}
	r.Use(middleware.Recoverer)
	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, hmppsError, http.StatusNotFound, "No resource found", "No handler for "+r.Method+" "+r.URL.Path)
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, hmppsError, http.StatusMethodNotAllowed, "Method not allowed", r.Method+" is not supported on "+r.URL.Path)
	})

	// Open endpoints, as on the real services.
	r.Get("/health/ping", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "UP"})
	})
	s.authRoutes(r)

	// Every upstream API requires a bearer token.
	for _, u := range s.upstreams() {
		r.Group(func(r chi.Router) {
			r.Use(requireBearer(u.errors))
			u.routes(r)
		})
	}
	return r
}

// upstream is one simulated HMPPS API.
type upstream struct {
	errors errorStyle       // its ErrorResponse shape (used for the 401 too)
	routes func(chi.Router) // registers its endpoints, at their real paths
}

// upstreams lists the simulated APIs; a new upstream adds its line here.
func (s *server) upstreams() []upstream {
	return []upstream{
		{prisonerSearchError, s.prisonerSearchRoutes},
		{hmppsError, s.probationSearchRoutes},
		{hmppsError, s.ndeliusRoutes},
		{hmppsError, s.ndeliusSupervisionRoutes},
		{pomError, s.pomRoutes},
		{hmppsError, s.prisonAPIOffenceRoutes},
		{arnsError, s.arnsRoutes},
		{hmppsError, s.cvlRoutes},
		{hmppsError, s.epfRoutes},
		{hmppsError, s.referenceDataRoutes},
		{hmppsError, s.prisonAPIAddressRoutes},
		{hmppsError, s.prisonAPIRoutes},
		{hmppsError, s.prisonAPIFinanceRoutes},
		{hmppsError, s.prisonAPIRecordsRoutes},
		{hmppsError, s.prisonAPISentenceRoutes},
		{hmppsError, s.prisonAPIOffenderSentenceRoutes},
		{hmppsError, s.prisonAPIAdjustmentRoutes},
		{hmppsError, s.prisonAPIImagesRoutes},
		{hmppsError, s.visitsRoutes},
		{hmppsError, s.personalRelationshipsRoutes},
		{hmppsError, s.nonAssociationsRoutes},
		{hmppsError, s.plpRoutes},
		{hmppsError, s.plpReviewRoutes},
		{hmppsError, s.adjudicationsRoutes},
		{hmppsError, s.caseNotesListRoutes},
		{hmppsError, s.prisonAPICareRoutes},
		{hmppsError, s.incentivesRoutes},
		{hmppsError, s.caseNotesRoutes},
		{hmppsError, s.alertsAPIRoutes},
	}
}

// requireBearer rejects requests without an "Authorization: Bearer" token.
// Any token is accepted: the simulator does not check signatures, so tokens
// from a real HMPPS Auth work too.
func requireBearer(errs errorStyle) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			scheme, token, _ := strings.Cut(r.Header.Get("Authorization"), " ")
			if !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
				w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
				writeError(w, errs, http.StatusUnauthorized, "Unauthorized",
					"Full authentication is required to access this resource")
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func (s *server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		next.ServeHTTP(ww, r)
		s.log.Info("request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.EscapedPath()),
			slog.Int("status", ww.Status()),
			slog.Int64("duration_ms", time.Since(start).Milliseconds()))
	})
}

// errorStyle renders an error body in one upstream's ErrorResponse shape.
type errorStyle func(status int, userMessage, developerMessage string) any

// hmppsErrorResponse is the ErrorResponse of the HMPPS Kotlin template.
type hmppsErrorResponse struct {
	Status           int    `json:"status"`
	ErrorCode        *int   `json:"errorCode,omitempty"`
	UserMessage      string `json:"userMessage"`
	DeveloperMessage string `json:"developerMessage"`
	MoreInfo         string `json:"moreInfo,omitempty"`
}

// hmppsError is the common shape: no errorCode.
func hmppsError(status int, user, dev string) any {
	return hmppsErrorResponse{Status: status, UserMessage: user, DeveloperMessage: dev}
}

func writeError(w http.ResponseWriter, errs errorStyle, status int, user, dev string) {
	writeJSON(w, status, errs(status, user, dev))
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	// An encoding error here means a broken connection; nothing to do.
	_ = json.NewEncoder(w).Encode(body)
}

// decodeJSON reads a JSON request body. Unknown fields are ignored, as
// Jackson does on the real services.
func decodeJSON(r *http.Request, into any) error {
	err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(into)
	if errors.Is(err, io.EOF) {
		return errors.New("required request body is missing")
	}
	if err != nil {
		return fmt.Errorf("JSON parse error: %w", err)
	}
	return nil
}

// parseDate checks an ISO date (yyyy-MM-dd); an empty string is "no date".
func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.DateOnly, s)
}

// fmtDate renders a date as yyyy-MM-dd; the zero time renders as "".
func fmtDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// fmtDateTime renders an OpenAPI date-time (RFC 3339). The real services
// often send a zone-less local time; the specs say date-time, so we add Z.
func fmtDateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// ageOn is the age in whole years on the given day.
func ageOn(dob, today time.Time) int {
	age := today.Year() - dob.Year()
	if today.Month() < dob.Month() || (today.Month() == dob.Month() && today.Day() < dob.Day()) {
		age--
	}
	return age
}

// sameText compares search terms the way the upstreams do: trimmed and
// case-insensitive.
func sameText(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// upper is NOMIS's way of recording names.
func upper(s string) string { return strings.ToUpper(s) }

// words splits space-separated names; never nil, so it encodes as [].
func words(s string) []string {
	if f := strings.Fields(s); f != nil {
		return f
	}
	return []string{}
}
