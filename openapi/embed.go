// Package openapi embeds the service's own API descriptions so the running
// binary can serve them and validate requests and responses against them.
package openapi

import "embed"

// Files holds our two specs and the trimmed upstream specs.
//
//go:embed *.yaml upstream/*.yaml
var Files embed.FS

// Names of our own specs inside Files.
const (
	IntegrationAPI = "integration-api.yaml"
	BookSecureMove = "book-secure-move.yaml"
)
