// Package apperr defines the domain's error vocabulary. Use cases return these
// and each API's renderer turns a Kind into its own status and body shape, so no
// layer ever compares error strings.
package apperr

import (
	"errors"
	"fmt"
)

// Kind classifies a failure by what the caller can do about it.
type Kind int

const (
	// Invalid input from the caller (HTTP 400).
	Invalid Kind = iota + 1
	// NotFound means the thing does not exist or must not be revealed (404).
	NotFound
	// Forbidden means the caller may not do this (403).
	Forbidden
	// Conflict with existing state, e.g. a duplicate request (409).
	Conflict
	// Unprocessable means well-formed input that breaks a domain rule (422).
	Unprocessable
	// Upstream means an upstream API failed or answered something unusable.
	Upstream
	// UpstreamAuth means the upstream token could not be obtained (502).
	UpstreamAuth
	// UpstreamTimeout means an upstream did not answer in time.
	UpstreamTimeout
	// NotImplemented means the operation is routed but not built yet (501).
	NotImplemented
	// Denied means our own access control refuses the caller (403): no identity, an
	// unknown consumer or an operation not granted. Unlike Forbidden, which relays
	// an upstream's refusal, the message is shown to the caller as it is.
	Denied
	// RateLimited means the caller has used up its request allowance for now (429).
	RateLimited
)

// String names the kind for logs.
func (k Kind) String() string {
	switch k {
	case Invalid:
		return "invalid"
	case NotFound:
		return "not_found"
	case Forbidden:
		return "forbidden"
	case Conflict:
		return "conflict"
	case Unprocessable:
		return "unprocessable"
	case Upstream:
		return "upstream"
	case UpstreamAuth:
		return "upstream_auth"
	case UpstreamTimeout:
		return "upstream_timeout"
	case NotImplemented:
		return "not_implemented"
	case Denied:
		return "denied"
	case RateLimited:
		return "rate_limited"
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// FieldError is one rule broken by one field of a request body.
type FieldError struct {
	Field   string         // attribute name, e.g. "first_names"
	Code    string         // machine code, e.g. "blank"
	Message string         // human text, e.g. "can't be blank"
	Meta    map[string]any // extra facts, e.g. existing_id
}

// Error is a classified domain error.
type Error struct {
	Kind    Kind
	Message string
	// Title optionally overrides the renderer's default title (JSON:API) for param errors.
	Title  string
	Fields []FieldError
	// Source names the upstream that failed, for Upstream kinds.
	Source string
	Err    error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Kind, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Kind, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// New builds an Error of the given kind.
func New(kind Kind, format string, args ...any) *Error {
	return &Error{Kind: kind, Message: fmt.Sprintf(format, args...)}
}

// Wrap classifies err, keeping it as the cause.
func Wrap(kind Kind, err error, format string, args ...any) *Error {
	return &Error{Kind: kind, Message: fmt.Sprintf(format, args...), Err: err}
}

// Validation builds an Unprocessable error listing field problems.
func Validation(fields ...FieldError) *Error {
	return &Error{Kind: Unprocessable, Message: "validation failed", Fields: fields}
}

// KindOf reports the Kind of err, or 0 when err is not classified.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return 0
}

// Is reports whether err is classified as kind.
func Is(err error, kind Kind) bool { return KindOf(err) == kind }

// As returns the classified error inside err, if any.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}
