package httpapi_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// docs/status.md must list exactly the operations that still answer 501, so
// users can trust it. It is kept in step with the Unimplemented stubs.
func TestStatusDocListsExactlyTheUnbuiltOperations(t *testing.T) {
	t.Parallel()
	stubs := map[string]bool{}
	for _, file := range []string{"integration/unimplemented.go", "basm/unimplemented.go"} {
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv == nil {
				continue
			}
			if id, ok := fn.Recv.List[0].Type.(*ast.Ident); ok && id.Name == "Unimplemented" {
				stubs[strings.ToLower(fn.Name.Name[:1])+fn.Name.Name[1:]] = true
			}
		}
	}
	doc, err := os.ReadFile("../../docs/status.md")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, m := range regexp.MustCompile("(?m)^\\| `(\\w+)` \\|").FindAllStringSubmatch(string(doc), -1) {
		listed[m[1]] = true
	}
	var missing, stale []string
	for op := range stubs {
		if !listed[op] {
			missing = append(missing, op)
		}
	}
	for op := range listed {
		if !stubs[op] {
			stale = append(stale, op)
		}
	}
	sort.Strings(missing)
	sort.Strings(stale)
	if len(missing) > 0 || len(stale) > 0 {
		t.Errorf("docs/status.md is out of step with the 501 stubs:\n  answering 501 but not listed: %v\n  listed but built: %v", missing, stale)
	}
}
