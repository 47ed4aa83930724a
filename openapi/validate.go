//go:build ignore

// validate checks spec files strictly with kin-openapi (examples included).
// Usage: go run ./openapi/validate.go openapi/integration-api.yaml ...
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/getkin/kin-openapi/openapi3"
)

func main() {
	failed := false
	for _, name := range os.Args[1:] {
		doc, err := openapi3.NewLoader().LoadFromFile(name)
		if err == nil {
			err = doc.Validate(context.Background(), openapi3.EnableExamplesValidation())
		}
		if err != nil {
			failed = true
			fmt.Printf("%s: %v\n", name, err)
			continue
		}
		fmt.Printf("%s: ok (%d paths)\n", name, doc.Paths.Len())
	}
	if failed {
		os.Exit(1)
	}
}
