// Package integration is the inbound adapter for the HMPPS Integration API
// (/v1, /queue-admin, /health, /info): a strict-server implementation that
// translates generated types to and from the core use cases.
package integration

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"github.com/getkin/kin-openapi/openapi3filter"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// errorBody is the seed's ErrorResponse. Nulls are written out, as the original does.
type errorBody struct {
	Status           int      `json:"status"`
	ErrorCode        *int     `json:"errorCode"`
	UserMessage      string   `json:"userMessage"`
	DeveloperMessage string   `json:"developerMessage"`
	MoreInfo         *string  `json:"moreInfo"`
	ValidationErrors []string `json:"validationErrors,omitempty"`
}

// RenderError writes err as the Integration API's ErrorResponse. Domain errors
// map by Kind; anything unclassified is a 500 that hides its text from the caller.
func RenderError(w http.ResponseWriter, r *http.Request, err error) {
	body := describe(err)
	if body.Status >= 500 && body.Status != http.StatusNotImplemented {
		slog.ErrorContext(r.Context(), "request failed", "path", r.URL.EscapedPath(), "status", body.Status, "error", err)
	}
	if body.Status == http.StatusTooManyRequests && w.Header().Get("Retry-After") == "" {
		// The rate limiter sets the real wait; one second is a safe guess otherwise.
		w.Header().Set("Retry-After", "1")
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(body.Status)
	_ = json.NewEncoder(w).Encode(body)
}

func describe(err error) errorBody {
	e, ok := apperr.As(err)
	if !ok {
		var bad interface{ RequestProblem() string }
		if errors.As(err, &bad) {
			var spec *openapi3filter.RequestError
			if errors.As(err, &spec) && spec.RequestBody != nil {
				// A body the spec rejects (a missing or empty field) is reported
				// like the one our own rules reject, with the problem listed.
				return badRequest("Validation issues in request body", []string{bad.RequestProblem()})
			}
			return badRequest(bad.RequestProblem(), nil)
		}
		return errorBody{
			Status:           http.StatusInternalServerError,
			UserMessage:      "Unexpected error: the request could not be completed",
			DeveloperMessage: "Unexpected error: see the service logs with this request's X-Request-Id",
		}
	}
	msg := e.Message
	switch e.Kind {
	case apperr.Invalid:
		return badRequest(msg, nil)
	case apperr.Unprocessable:
		var problems []string
		for _, f := range e.Fields {
			problems = append(problems, f.Field+": "+f.Message)
		}
		return badRequest("Validation issues in request body", problems)
	case apperr.NotFound:
		return errorBody{Status: http.StatusNotFound, UserMessage: "404 Not found error: " + msg, DeveloperMessage: msg}
	case apperr.Forbidden:
		return errorBody{Status: http.StatusForbidden, UserMessage: "Forbidden to complete action by upstream service: " + msg, DeveloperMessage: msg}
	case apperr.Denied:
		return errorBody{Status: http.StatusForbidden, UserMessage: msg, DeveloperMessage: msg}
	case apperr.RateLimited:
		return errorBody{Status: http.StatusTooManyRequests, UserMessage: "Too many requests: " + msg, DeveloperMessage: msg}
	case apperr.Conflict:
		// The seed's TransactionConflict: a fixed title, the reason for developers.
		return errorBody{Status: http.StatusConflict, UserMessage: "Conflict", DeveloperMessage: msg}
	case apperr.UpstreamAuth:
		return errorBody{Status: http.StatusBadGateway, UserMessage: "Authentication error: " + msg, DeveloperMessage: msg}
	case apperr.Upstream, apperr.UpstreamTimeout:
		return errorBody{Status: http.StatusInternalServerError, UserMessage: "Unable to complete request as an upstream service is not responding", DeveloperMessage: msg}
	case apperr.NotImplemented:
		return errorBody{Status: http.StatusNotImplemented, UserMessage: "Not implemented: " + msg, DeveloperMessage: msg}
	}
	return errorBody{Status: http.StatusInternalServerError, UserMessage: "Unexpected error: " + msg, DeveloperMessage: msg}
}

func badRequest(msg string, problems []string) errorBody {
	return errorBody{
		Status:           http.StatusBadRequest,
		UserMessage:      "Validation failure: " + msg,
		DeveloperMessage: msg,
		ValidationErrors: problems,
	}
}

// NotFoundHandler answers paths of this API that match no operation.
func NotFoundHandler(w http.ResponseWriter, r *http.Request) {
	RenderError(w, r, apperr.New(apperr.NotFound, "No resource at %s", r.URL.EscapedPath()))
}
