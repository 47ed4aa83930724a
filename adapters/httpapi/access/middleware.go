package access

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi"
	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/integration"
	coreaccess "github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// DNHeader carries the client certificate's subject DN from the gateway.
const DNHeader = "subject-distinguished-name"

// Mode is where a consumer's identity comes from.
type Mode string

const (
	// HeaderMode trusts the DNHeader. Run it only behind a gateway that
	// terminates mutual TLS and sets (overwrites) that header: anyone who can
	// reach the service directly can claim any name.
	HeaderMode Mode = "header"
	// MTLSMode takes the CN of the client certificate the service itself
	// verified; a DNHeader sent by the client is ignored.
	MTLSMode Mode = "mtls"
)

// ParseMode reads a configured mode.
func ParseMode(s string) (Mode, error) {
	switch m := Mode(s); m {
	case HeaderMode, MTLSMode:
		return m, nil
	}
	return "", fmt.Errorf("identity mode %q: want %s or %s", s, HeaderMode, MTLSMode)
}

// Options configure the middleware.
type Options struct {
	Policy *coreaccess.Policy
	Mode   Mode
	// Now is the rate limiters' clock; time.Now when nil.
	Now func() time.Time
	// LimitedAccess is the LAO check redaction policies use; required when
	// any consumer holds a policy.
	LimitedAccess *coreaccess.LimitedAccess
}

type guard struct {
	policy  *coreaccess.Policy
	mode    Mode
	now     func() time.Time
	spec    *httpapi.SpecRouter
	buckets map[string]*bucket // read-only after construction
	lao     *coreaccess.LimitedAccess
}

// Middleware returns the Integration API's access control. For each request
// routed to an operation of the spec it:
//  1. lets /health* and /info through: probes and build checks carry no identity;
//  2. finds the consumer (mode) and asks the policy about the operation's
//     path template: deny by default, 403 in the seed's error shape;
//  3. applies the consumer's rate limit (429 with Retry-After);
//  4. applies the prisons filter to the route's own parameters (404, or 403
//     for prisoner search with no prisons) before any handler or upstream runs;
//  5. attaches the consumer's filters for the use cases and names the
//     consumer in the request's log line;
//  6. applies the consumer's redaction policies to the operation, if any
//     (see redact): reject before the handler, mask and remove after it.
//
// Requests that match no operation go on untouched, for the router's 404/405.
func Middleware(opts Options) (func(http.Handler) http.Handler, error) {
	if opts.Policy == nil {
		return nil, fmt.Errorf("access: no policy")
	}
	if _, err := ParseMode(string(opts.Mode)); err != nil {
		return nil, err
	}
	spec, err := integrationSpec()
	if err != nil {
		return nil, err
	}
	if opts.Policy.Redacts() && opts.LimitedAccess == nil {
		return nil, fmt.Errorf("access: redaction policies need the LAO check")
	}
	g := &guard{policy: opts.Policy, mode: opts.Mode, now: opts.Now, spec: spec.router, buckets: map[string]*bucket{}, lao: opts.LimitedAccess}
	if g.now == nil {
		g.now = time.Now
	}
	for _, c := range opts.Policy.Consumers() {
		if c.RateLimit != nil {
			g.buckets[c.Name] = newBucket(*c.RateLimit, g.now())
		}
	}
	return g.wrap, nil
}

func (g *guard) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		route, params, err := g.spec.Find(r)
		if err != nil || isPublic(route.Path) {
			next.ServeHTTP(w, r)
			return
		}
		name, ok := g.identify(r)
		if !ok {
			integration.RenderError(w, r, apperr.New(apperr.Denied, "%s", g.missingIdentity()))
			return
		}
		httpapi.Info(r.Context()).Consumer = name

		decision := g.policy.Authorise(name, route.Path)
		if err := decision.Err(r.URL.EscapedPath()); err != nil {
			integration.RenderError(w, r, err)
			return
		}
		if b := g.buckets[name]; b != nil {
			if ok, wait := b.take(g.now()); !ok {
				w.Header().Set("Retry-After", strconv.Itoa(retryAfterSeconds(wait)))
				integration.RenderError(w, r, apperr.New(apperr.RateLimited,
					"%s may make %g requests per second", name, decision.Consumer.RateLimit.PerSecond))
				return
			}
		}
		filters := decision.Consumer.Filters
		if err := filters.CheckRoute(route.Path, params); err != nil {
			integration.RenderError(w, r, err)
			return
		}
		r = r.WithContext(coreaccess.WithFilters(r.Context(), filters))
		if decision.Redactions.Empty() {
			next.ServeHTTP(w, r)
			return
		}
		redact(w, r, next, g.lao.Begin(decision.Redactions, filters, params))
	})
}

// identify returns the consumer name from the request, per mode.
func (g *guard) identify(r *http.Request) (string, bool) {
	if g.mode == MTLSMode {
		// Nothing further in may mistake a client-sent header for an identity.
		r.Header.Del(DNHeader)
		if r.TLS == nil || len(r.TLS.VerifiedChains) == 0 || len(r.TLS.VerifiedChains[0]) == 0 {
			return "", false
		}
		name := r.TLS.VerifiedChains[0][0].Subject.CommonName
		return name, name != ""
	}
	return ConsumerFromDN(r.Header.Get(DNHeader))
}

func (g *guard) missingIdentity() string {
	if g.mode == MTLSMode {
		return "No verified client certificate provided for authorisation"
	}
	return "No " + DNHeader + " header provided for authorisation"
}

// isPublic names the operations anyone may call: health for probes and
// gateways, info for build checks.
func isPublic(template string) bool {
	return template == "/health" || strings.HasPrefix(template, "/health/") || template == "/info"
}
