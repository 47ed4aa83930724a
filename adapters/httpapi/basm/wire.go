package basm

import (
	"mime"
	"net/http"
	"regexp"
)

var versionParam = regexp.MustCompile(`version=(\d+)`)

// WireRules enforces the API's media type and version rules before anything
// else reads the request: a body must be JSON:API (plain application/json is
// accepted too, as suppliers following the wiki send it, and normalised), and
// a version asked for in Accept must be one we serve. The token endpoint is
// exempt: it is OAuth, not JSON:API, and takes a form body.
func WireRules(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == TokenPath {
			next.ServeHTTP(w, r)
			return
		}
		if ct := r.Header.Get("Content-Type"); ct != "" || r.ContentLength > 0 {
			media, _, err := mime.ParseMediaType(ct)
			if err != nil || (media != mediaType && media != "application/json") {
				writeErrors(w, http.StatusUnsupportedMediaType, []errorObject{{Title: "Invalid Media Type", Detail: "Content-Type must be application/vnd.api+json"}})
				return
			}
			r.Header.Set("Content-Type", mediaType)
		}
		if m := versionParam.FindStringSubmatch(r.Header.Get("Accept")); m != nil && m[1] != "1" && m[1] != "2" {
			writeErrors(w, http.StatusUnsupportedMediaType, []errorObject{{Title: "Invalid Api Version", Detail: `The Api versions supported are: ["1", "2"]`}})
			return
		}
		next.ServeHTTP(w, r)
	})
}
