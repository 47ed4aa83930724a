// Package httpapi is the inbound HTTP adapter: one chi router carrying both
// generated strict servers, and the middleware every request passes through
// (request id, logging, metrics, spec validation).
package httpapi

import (
	"context"
	"net/http"

	"github.com/getkin/kin-openapi/routers"
)

type infoKey struct{}

// RequestInfo is filled in as a request travels inward and read on the way
// out by logging and metrics.
type RequestInfo struct {
	RequestID   string
	OperationID string
	Consumer    string
	// PathParams are the routed operation's path parameters, decoded.
	PathParams map[string]string

	// found caches SpecRouter.Find, which access control and validation both
	// need: matching against every path of a spec is one of the costlier steps
	// of a request.
	found *foundRoute
}

type foundRoute struct {
	spec   string // the spec's title
	route  *routers.Route
	params map[string]string
	err    error
}

// Info returns the request's RequestInfo (never nil inside the router).
func Info(ctx context.Context) *RequestInfo {
	if info, ok := ctx.Value(infoKey{}).(*RequestInfo); ok {
		return info
	}
	return &RequestInfo{}
}

func withInfo(r *http.Request, info *RequestInfo) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), infoKey{}, info))
}

// statusRecorder remembers the status a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }
