// Package docs serves the browsable API documentation: swagger-ui-dist 5.35.0
// (Apache-2.0, assets vendored from npm, so no CDN is needed) over our two specs.
package docs

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed assets
var assets embed.FS

// Handler serves the docs UI; mount it under /docs/ with the prefix stripped.
func Handler() http.Handler {
	sub, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err)
	}
	return http.FileServerFS(sub)
}
