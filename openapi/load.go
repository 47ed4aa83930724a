package openapi

import (
	"fmt"

	"github.com/getkin/kin-openapi/openapi3"
)

// Load parses one embedded spec (a name relative to Files).
func Load(name string) (*openapi3.T, error) {
	data, err := Files.ReadFile(name)
	if err != nil {
		return nil, err
	}
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(data)
	if err != nil {
		return nil, fmt.Errorf("openapi: %s: %w", name, err)
	}
	return doc, nil
}
