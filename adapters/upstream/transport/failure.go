package transport

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"slices"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// Failed classifies an error from calling upstream source.
func Failed(source string, err error) error {
	var auth *AuthError
	switch {
	case errors.As(err, &auth):
		return &apperr.Error{Kind: apperr.UpstreamAuth, Source: source, Message: auth.Error(), Err: err}
	case isTimeout(err):
		return &apperr.Error{Kind: apperr.UpstreamTimeout, Source: source, Message: fmt.Sprintf("%s did not answer in time", source), Err: err}
	}
	return &apperr.Error{Kind: apperr.Upstream, Source: source, Message: fmt.Sprintf("%s is unreachable: %v", source, err), Err: err}
}

// Unexpected classifies a response an adapter cannot use: 404 is NotFound
// (callers word their own message), 504 a timeout, anything else an upstream
// failure. optIn lists further statuses the calling operation maps itself, as
// the original opts in per call (e.g. 400 → Invalid for finance, 403 →
// Forbidden for risks, 409 → Conflict for transactions).
func Unexpected(source string, resp *http.Response, optIn ...int) error {
	if resp == nil {
		return &apperr.Error{Kind: apperr.Upstream, Source: source, Message: source + " gave no response"}
	}
	text := fmt.Sprintf("%d %s from %s %s", resp.StatusCode, http.StatusText(resp.StatusCode), resp.Request.Method, resp.Request.URL.Redacted())
	kind := apperr.Upstream
	switch resp.StatusCode {
	case http.StatusNotFound:
		kind = apperr.NotFound
	case http.StatusGatewayTimeout:
		kind = apperr.UpstreamTimeout
	}
	if slices.Contains(optIn, resp.StatusCode) {
		switch resp.StatusCode {
		case http.StatusBadRequest:
			kind = apperr.Invalid
		case http.StatusForbidden:
			kind = apperr.Forbidden
		case http.StatusConflict:
			kind = apperr.Conflict
		}
	}
	return &apperr.Error{Kind: kind, Source: source, Message: text}
}

func isTimeout(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var netErr net.Error
	return errors.As(err, &netErr) && netErr.Timeout()
}
