package basm

import (
	"net/http"
	"strings"
)

// NormalisePath rewrites /api paths the way the original's router reads them,
// before anything routes on them: every "/v1" segment is dropped (so
// /api/v1/moves is /api/moves) and a trailing slash is ignored (the IPT
// walkthrough lists /api/moves/?include=…).
func NormalisePath(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p := r.URL.Path; strings.HasPrefix(p, "/api/") {
			clean := strings.ReplaceAll(p, "/v1/", "/")
			clean = strings.TrimSuffix(strings.TrimSuffix(clean, "/v1"), "/")
			if clean != p && clean != "" {
				r.URL.Path = clean
				if r.URL.RawPath != "" {
					raw := strings.ReplaceAll(r.URL.RawPath, "/v1/", "/")
					r.URL.RawPath = strings.TrimSuffix(strings.TrimSuffix(raw, "/v1"), "/")
				}
			}
		}
		next.ServeHTTP(w, r)
	})
}
