// Package idempotency holds the Idempotency-Key rules of the Book a Secure Move
// API: which keys are acceptable, how a request is fingerprinted, and whether a
// request with a key seen before is replayed, refused or run.
package idempotency

import (
	"crypto/md5" //nolint:gosec // the original's fingerprint; a label, not a security boundary
	"encoding/base64"
	"regexp"
	"strings"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// Response is a stored answer, replayed verbatim.
type Response struct {
	Status      int
	ContentType string
	Body        []byte
}

// Record is what is kept for a key: the request it was first used for and,
// once that succeeded, its response (nil while the request is still running).
type Record struct {
	Key         string
	Fingerprint string
	Response    *Response
	CreatedAt   time.Time
}

// Policy says how long a stored response is replayed and how long the key
// stays reserved for the request it was first used with.
type Policy struct {
	ReplayFor   time.Duration
	ConflictFor time.Duration
}

// DefaultPolicy is the original's: replay for 10 minutes, conflict for 12 hours.
var DefaultPolicy = Policy{ReplayFor: 10 * time.Minute, ConflictFor: 12 * time.Hour}

// Decision is what to do with a request whose key may have been seen.
type Decision int

// The decisions.
const (
	Run      Decision = iota + 1 // no live record: run the request and remember it
	Replay                       // same request within the replay window: answer the stored response
	Conflict                     // the key is taken by another request (or the same, too late or still running)
)

var uuidShape = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// ParseKey accepts a UUID of any version, in any case; keys are compared lower-cased.
func ParseKey(s string) (string, error) {
	if !uuidShape.MatchString(s) {
		return "", &apperr.Error{Kind: apperr.Unprocessable, Title: "Invalid idempotency_key",
			Message: "Validation failed: Idempotency key can't be blank, Idempotency key is invalid"}
	}
	return strings.ToLower(s), nil
}

// Fingerprint identifies a request as the original does: base64(MD5(method|path|raw body)),
// without the query string.
func Fingerprint(method, path string, body []byte) string {
	sum := md5.Sum([]byte(method + "|" + path + "|" + string(body))) //nolint:gosec // see import
	return base64.StdEncoding.EncodeToString(sum[:])
}

// Decide applies the rules to the record already held for a key (nil if none).
// A request still running under the same key is a conflict too: two identical
// requests sent at once must not both run (and, say, create two moves). A
// record left running longer than the replay window is taken to be abandoned.
func (p Policy) Decide(existing *Record, fingerprint string, now time.Time) Decision {
	if existing == nil {
		return Run
	}
	age := now.Sub(existing.CreatedAt)
	if age >= p.ConflictFor || (existing.Response == nil && age >= p.ReplayFor) {
		return Run
	}
	if existing.Response != nil && existing.Fingerprint == fingerprint && age < p.ReplayFor {
		return Replay
	}
	return Conflict
}

// ConflictError is the 409 for a key already used by another request.
func ConflictError(key string) error {
	return &apperr.Error{Kind: apperr.Conflict, Title: "Idempotency Conflict Error",
		Message: "Idempotency::ConflictError: Conflicting idempotency key: " + key}
}
