package httpapi

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
)

// ErrorRenderer writes err in one API's error shape.
type ErrorRenderer func(w http.ResponseWriter, r *http.Request, err error)

// SpecRouter finds the operation a request is for in one spec. It matches on
// the escaped path, so an encoded id such as 2008%2F0545166T stays one segment,
// and hands back path parameters already decoded.
type SpecRouter struct {
	doc    *openapi3.T
	router routers.Router
}

// NewSpecRouter builds a SpecRouter; servers are ignored so any host matches.
func NewSpecRouter(doc *openapi3.T) (*SpecRouter, error) {
	doc.Servers = nil
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		return nil, fmt.Errorf("httpapi: route spec %q: %w", doc.Info.Title, err)
	}
	return &SpecRouter{doc: doc, router: router}, nil
}

// Find returns the route and decoded path parameters, or ok=false when the
// request matches no path of the spec.
// Within the router the answer is remembered for the rest of the request,
// for every SpecRouter of the same spec (access control builds its own).
func (s *SpecRouter) Find(r *http.Request) (*routers.Route, map[string]string, error) {
	info, _ := r.Context().Value(infoKey{}).(*RequestInfo)
	if info != nil && info.found != nil && info.found.spec == s.doc.Info.Title {
		return info.found.route, info.found.params, info.found.err
	}
	route, params, err := s.find(r)
	if info != nil {
		info.found = &foundRoute{spec: s.doc.Info.Title, route: route, params: params, err: err}
	}
	return route, params, err
}

func (s *SpecRouter) find(r *http.Request) (*routers.Route, map[string]string, error) {
	route, params, err := s.router.FindRoute(r)
	if err != nil {
		return nil, nil, err
	}
	for k, v := range params {
		if decoded, err := url.PathUnescape(v); err == nil {
			params[k] = decoded
		}
	}
	return route, params, nil
}

// ErrMethodNotAllowed is reported when the path exists but not for this method.
var ErrMethodNotAllowed = errors.New("method not allowed")

// RequestError is a request that breaks the spec, described for the caller.
type RequestError struct {
	Message string
	Err     error
}

func (e *RequestError) Error() string { return e.Message }
func (e *RequestError) Unwrap() error { return e.Err }

// RequestProblem lets each API's renderer recognise a spec violation without importing this package.
func (e *RequestError) RequestProblem() string { return e.Message }

// validateRequests checks every request against the spec before a handler runs.
// Authentication is left to the access-control middleware, so security
// requirements are not checked here.
func validateRequests(spec *SpecRouter, render ErrorRenderer) func(http.Handler) http.Handler {
	opts := &openapi3filter.Options{
		AuthenticationFunc: openapi3filter.NoopAuthenticationFunc,
		MultiError:         false,
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			route, params, err := spec.Find(r)
			if err != nil {
				// Not an operation of this spec: the router answers 404/405 itself.
				next.ServeHTTP(w, r)
				return
			}
			Info(r.Context()).OperationID = route.Operation.OperationID
			Info(r.Context()).PathParams = params
			input := &openapi3filter.RequestValidationInput{
				Request:    r,
				PathParams: params,
				Route:      route,
				Options:    opts,
			}
			if err := openapi3filter.ValidateRequest(r.Context(), input); err != nil {
				render(w, r, &RequestError{Message: describe(err), Err: err})
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// describe turns a kin-openapi validation error into one plain sentence.
func describe(err error) string {
	var reqErr *openapi3filter.RequestError
	if errors.As(err, &reqErr) {
		var schemaErr *openapi3.SchemaError
		reason := reqErr.Reason
		if errors.As(reqErr.Err, &schemaErr) {
			reason = schemaErr.Reason
			if path := schemaErr.JSONPointer(); len(path) > 0 {
				reason = fmt.Sprintf("%s (at /%s)", reason, strings.Join(path, "/"))
			}
		} else if reqErr.Err != nil && reason == "" {
			reason = reqErr.Err.Error()
		}
		if p := reqErr.Parameter; p != nil {
			return fmt.Sprintf("Invalid %s parameter %s: %s", p.In, p.Name, reason)
		}
		if reqErr.RequestBody != nil {
			return fmt.Sprintf("Invalid request body: %s", reason)
		}
		if reason != "" {
			return reason
		}
	}
	return err.Error()
}
