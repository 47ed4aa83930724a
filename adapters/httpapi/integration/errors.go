// Package integration is the inbound adapter for the HMPPS Integration API
// (/v1, /queue-admin, /health, /info): a strict-server implementation that
// translates generated types to and from the core use cases.
package integration

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

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
	if body.Status == http.StatusTooManyRequests {
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
	case apperr.Conflict:
		return errorBody{Status: http.StatusConflict, UserMessage: msg, DeveloperMessage: "Unable to complete request as this is a duplicate request"}
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
