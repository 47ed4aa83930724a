package core_test

import (
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// The core is pure domain: it must not reach transport, storage, cloud SDKs or
// generated code. Adapters depend on the core, never the reverse.
var forbidden = regexp.MustCompile(`^(net/http|database/sql|github\.com/go-chi/.*|github\.com/uptrace/bun.*|github\.com/aws/.*|github\.com/ministryofjustice/hmpps-backbone/(gen|adapters|cmd)(/.*)?)$`)

func TestCoreHasNoInfrastructureImports(t *testing.T) {
	t.Parallel()
	out, err := exec.Command("go", "list", "-deps", "-test=false", "github.com/ministryofjustice/hmpps-backbone/core/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	var bad []string
	for _, dep := range strings.Fields(string(out)) {
		if forbidden.MatchString(dep) {
			bad = append(bad, dep)
		}
	}
	if len(bad) > 0 {
		t.Fatalf("core depends on infrastructure packages: %v", bad)
	}
}
