// Package detailurl guards the detailUrl of HMPPS domain events. A message
// names the URL the worker fetches with its own bearer token, so a URL on an
// unexpected host would be request forgery: only scheme://host[:port] origins
// on the configured allow-list are ever requested.
package detailurl

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// AllowList is a set of origins (scheme://host[:port]) detail URLs may point at.
type AllowList struct {
	origins map[string]bool
}

// New builds an allow-list from origins or base URLs; any path is ignored,
// so an upstream's configured base URL can be passed as it is.
func New(origins ...string) (AllowList, error) {
	a := AllowList{origins: map[string]bool{}}
	for _, o := range origins {
		o = strings.TrimSpace(o)
		if o == "" {
			continue
		}
		u, err := url.Parse(o)
		if err != nil || u.Scheme == "" || u.Host == "" {
			return AllowList{}, fmt.Errorf("detail URL allow-list: %q is not scheme://host[:port]", o)
		}
		a.origins[origin(u)] = true
	}
	return a, nil
}

// Origins lists the allowed origins, for logs.
func (a AllowList) Origins() []string {
	out := make([]string, 0, len(a.origins))
	for o := range a.origins {
		out = append(out, o)
	}
	return out
}

// Check parses raw and returns it if its origin is allowed; otherwise an
// apperr.Forbidden error ("Unexpected detail URL", as the original words it).
func (a AllowList) Check(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, apperr.New(apperr.Invalid, "detail URL %q is not absolute", raw)
	}
	if u.User != nil || !a.origins[origin(u)] {
		return nil, apperr.New(apperr.Forbidden, "Unexpected detail URL %s", u.Redacted())
	}
	return u, nil
}

// Server splits an allowed URL into the server base (origin plus any path
// before marker) and the rest of the path after marker, e.g.
// http://h/x/case-notes/A/B with marker "/case-notes/" gives "http://h/x" and "A/B".
func Server(u *url.URL, marker string) (base, rest string, err error) {
	i := strings.LastIndex(u.Path, marker)
	if i < 0 {
		return "", "", apperr.New(apperr.Invalid, "detail URL %s has no %s", u.Redacted(), marker)
	}
	return origin(u) + u.Path[:i], u.Path[i+len(marker):], nil
}

func origin(u *url.URL) string {
	return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host)
}
