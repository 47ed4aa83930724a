package openapi_test

import (
	"context"
	"io/fs"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/ministryofjustice/hmpps-backbone/openapi"
)

// Every spec we ship, ours and the trimmed upstream copies, must pass kin-openapi's
// strict validation including examples: generated code and the contract harness
// both rely on it.
func TestSpecsValidateStrictly(t *testing.T) {
	names, err := fs.Glob(openapi.Files, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	upstream, err := fs.Glob(openapi.Files, "upstream/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	names = append(names, upstream...)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			doc, err := openapi.Load(name)
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			if doc.OpenAPI != "3.0.3" {
				t.Errorf("openapi version %q, want 3.0.3", doc.OpenAPI)
			}
			if err := doc.Validate(context.Background(), openapi3.EnableExamplesValidation()); err != nil {
				t.Fatalf("validate: %v", err)
			}
			for path, item := range doc.Paths.Map() {
				for method, op := range item.Operations() {
					if op.OperationID == "" {
						t.Errorf("%s %s has no operationId", method, path)
					}
				}
			}
		})
	}
}
