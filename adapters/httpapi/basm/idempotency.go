package basm

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"

	"github.com/ministryofjustice/hmpps-backbone/core/idempotency"
)

// idempotentOperations are the operations that require an Idempotency-Key
// (§5): creating and updating moves and journeys and their events. Matching is on
// method and path, before the generated router runs.
var idempotentOperations = []struct {
	method string
	path   *regexp.Regexp
	id     string
}{
	{http.MethodPost, regexp.MustCompile(`^/api/moves/?$`), "createMove"},
	{http.MethodPatch, regexp.MustCompile(`^/api/moves/[^/]+/?$`), "updateMove"},
	{http.MethodPost, regexp.MustCompile(`^/api/moves/[^/]+/(approve|accept|start|complete|cancel|reject|redirects|lockouts)/?$`), "moveEvent"},
	{http.MethodPost, regexp.MustCompile(`^/api/moves/[^/]+/journeys/?$`), "createJourney"},
	{http.MethodPatch, regexp.MustCompile(`^/api/moves/[^/]+/journeys/[^/]+/?$`), "updateJourney"},
	{http.MethodPost, regexp.MustCompile(`^/api/moves/[^/]+/journeys/[^/]+/(start|reject|complete|uncomplete|cancel|uncancel|lockouts|lodgings)/?$`), "journeyEvent"},
}

// includePathsOf is what include may name on an idempotent operation, checked
// before the key (§0 guard order); nil for the event endpoints, which take none.
func includePathsOf(op string) []string {
	switch op {
	case "moveEvent", "journeyEvent":
		return nil
	case "createJourney", "updateJourney":
		return journeyIncludes
	}
	return moveIncludes
}

func idempotentOperation(r *http.Request) (string, bool) {
	for _, op := range idempotentOperations {
		if r.Method == op.method && op.path.MatchString(r.URL.Path) {
			return op.id, true
		}
	}
	return "", false
}

// idempotent is the Idempotency-Key middleware: for the operations above it
// requires a UUID key, replays the stored response of an identical request,
// answers 409 for a different request with the same key, and stores the
// response of a successful request; failures are not stored.
func (s *Server) idempotent(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		guard := s.uc.Moves.Idempotency
		op, ok := idempotentOperation(r)
		if !ok || guard == nil {
			next.ServeHTTP(w, r)
			return
		}
		// The original checks include paths before the key (§0 guard order).
		if include := r.URL.Query().Get("include"); include != "" && includePathsOf(op) != nil {
			if _, err := includes(&include, includePathsOf(op)...); err != nil {
				RenderError(w, r, err)
				return
			}
		}
		key, err := idempotency.ParseKey(r.Header.Get("Idempotency-Key"))
		if err != nil {
			RenderError(w, r, err)
			return
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			RenderError(w, r, err)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		stored, err := guard.Begin(r.Context(), key, idempotency.Fingerprint(r.Method, r.URL.Path, body))
		if err != nil {
			RenderError(w, r, err)
			return
		}
		if stored != nil {
			if stored.ContentType != "" {
				w.Header().Set("Content-Type", stored.ContentType)
			}
			w.WriteHeader(stored.Status)
			_, _ = w.Write(stored.Body)
			return
		}
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		var resp *idempotency.Response
		if rec.status < 300 {
			resp = &idempotency.Response{Status: rec.status, ContentType: w.Header().Get("Content-Type"), Body: rec.body.Bytes()}
		}
		// The response is already sent; a failure to remember it only loses the replay.
		_ = guard.Finish(context.WithoutCancel(r.Context()), key, resp)
	})
}

// recorder passes a response through while keeping a copy.
type recorder struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
	wrote  bool
}

func (r *recorder) WriteHeader(status int) {
	if !r.wrote {
		r.status, r.wrote = status, true
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	r.body.Write(b)
	return r.ResponseWriter.Write(b)
}

// isMoveEventPath reports whether a request is for one of the move event endpoints.
func isMoveEventPath(r *http.Request) bool {
	op, ok := idempotentOperation(r)
	return ok && op == "moveEvent"
}
