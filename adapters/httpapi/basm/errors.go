// Package basm is the inbound adapter for the Book a Secure Move API (/api):
// JSON:API documents over the generated strict server, wire rules (media type,
// version) and the JSON:API error shape.
package basm

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

const mediaType = "application/vnd.api+json"

type errorObject struct {
	Title  string         `json:"title"`
	Detail string         `json:"detail,omitempty"`
	Source *errorSource   `json:"source,omitempty"`
	Code   string         `json:"code,omitempty"`
	Meta   map[string]any `json:"meta,omitempty"`
}

type errorSource struct {
	Pointer string `json:"pointer"`
}

// RenderError writes err as a JSON:API error document, or as an OAuth error
// for the token endpoint, which is not JSON:API.
func RenderError(w http.ResponseWriter, r *http.Request, err error) {
	if r.URL.Path == TokenPath {
		renderOAuthError(w, r, err)
		return
	}
	status, objects := describe(err)
	if s, o, ok := paramProblem(r, err); ok {
		status, objects = s, o
	}
	if status >= 500 && status != http.StatusNotImplemented {
		slog.ErrorContext(r.Context(), "request failed", "path", r.URL.EscapedPath(), "status", status, "error", err)
	}
	writeErrors(w, status, objects)
}

func writeErrors(w http.ResponseWriter, status int, objects []errorObject) {
	w.Header().Set("Content-Type", mediaType)
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": objects})
}

func describe(err error) (int, []errorObject) {
	e, ok := apperr.As(err)
	if !ok {
		var bad interface{ RequestProblem() string }
		if errors.As(err, &bad) {
			return http.StatusBadRequest, []errorObject{{Title: "Bad request", Detail: bad.RequestProblem()}}
		}
		return http.StatusInternalServerError, []errorObject{{Title: "Internal Server Error", Detail: "The request could not be completed; see the service logs with this request's X-Request-Id"}}
	}
	one := func(status int, title string) (int, []errorObject) {
		if e.Title != "" {
			title = e.Title
		}
		return status, []errorObject{{Title: title, Detail: e.Message}}
	}
	switch e.Kind {
	case apperr.Invalid:
		return one(http.StatusBadRequest, "Bad request")
	case apperr.NotFound:
		return one(http.StatusNotFound, "Resource not found")
	case apperr.Forbidden, apperr.Denied:
		return one(http.StatusForbidden, "Forbidden")
	case apperr.RateLimited:
		return one(http.StatusTooManyRequests, "Too Many Requests")
	case apperr.Conflict:
		return one(http.StatusConflict, "Conflict")
	case apperr.Unprocessable:
		if e.Title != "" || len(e.Fields) == 0 {
			return one(http.StatusUnprocessableEntity, "Unprocessable content")
		}
		objects := make([]errorObject, len(e.Fields))
		for i, f := range e.Fields {
			objects[i] = errorObject{
				Title:  "Unprocessable content",
				Detail: humanise(f.Field) + " " + f.Message,
				Source: &errorSource{Pointer: "/data/attributes/" + f.Field},
				Code:   f.Code,
				Meta:   f.Meta,
			}
		}
		return http.StatusUnprocessableEntity, objects
	case apperr.Upstream, apperr.UpstreamAuth:
		return one(http.StatusBadGateway, "Nomis Bad Gateway Error")
	case apperr.UpstreamTimeout:
		return one(http.StatusGatewayTimeout, "Timeout Error")
	case apperr.NotImplemented:
		return one(http.StatusNotImplemented, "Not Implemented")
	}
	return one(http.StatusInternalServerError, "Internal Server Error")
}

// humanise words an attribute as Rails does: "from_location_id" → "From location".
func humanise(field string) string {
	field = strings.TrimSuffix(field, "_id")
	field = strings.ReplaceAll(field, "_", " ")
	if field == "" {
		return field
	}
	return strings.ToUpper(field[:1]) + field[1:]
}

// NotFoundHandler answers /api paths that match no operation.
func NotFoundHandler(w http.ResponseWriter, r *http.Request) {
	RenderError(w, r, apperr.New(apperr.NotFound, "No route matches %s %s", r.Method, r.URL.EscapedPath()))
}
