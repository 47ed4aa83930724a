// Command contract-report writes docs/contract-coverage.md: the documented
// (operation, status) pairs of our specs that no contract-checked test exercised.
// `make test` runs it after the tests, which record what they exercised.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/contract"
)

func main() {
	in := flag.String("in", "var/contract-coverage", "folder the tests wrote exercised-*.json files into")
	out := flag.String("out", "docs/contract-coverage.md", "report to write")
	flag.Parse()
	var buf bytes.Buffer
	if err := contract.Report(*in, &buf); err != nil {
		fmt.Fprintln(os.Stderr, "contract-report:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "contract-report:", err)
		os.Exit(1)
	}
}
