package simulator

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// ndeliusAccessCalls checks the LAO check (POST /probation-cases/access)
// against ndelius.json: people's LAO data, unknown CRNs, the spec's size
// limits and an injected failure.
func ndeliusAccessCalls() []call {
	access := func(name, body string, status int, check func(*testing.T, []byte)) call {
		return call{name: "ndelius/access " + name, spec: ndeliusSpec, method: "POST", path: "/probation-cases/access", body: body, status: status, check: check}
	}
	answers := func(want ...ndCaseAccess) func(*testing.T, []byte) {
		return func(t *testing.T, b []byte) {
			assert.Equal(t, append([]ndCaseAccess{}, want...), decode[ndUserAccess](t, b).Access)
		}
	}
	tooMany := `{"crns":["X00001"` + strings.Repeat(`,"X00001"`, 500) + `]}`
	return []call{
		access("unlimited and restricted", `{"crns":["X00001","X00007"]}`, 200, answers(
			ndCaseAccess{CRN: "X00001"},
			ndCaseAccess{CRN: "X00007", UserRestricted: true, RestrictionMessage: "This is a restricted record. Please contact a system administrator"},
		)),
		access("unknown CRNs are left out", `{"crns":["X99999","X00002"]}`, 200, answers(ndCaseAccess{CRN: "X00002"})),
		access("nothing known", `{"crns":["X99999"]}`, 200, answers()),
		access("no CRNs", `{"crns":[]}`, 400, nil),
		access("too many CRNs", tooMany, 400, nil),
		access("injected failure", `{"crns":["X00001","X00008"]}`, 500, nil),
	}
}
