package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

const cvlSpec = "create-and-vary-licence.prism.json"

func cvlCalls() []call {
	get := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "cvl/" + name, spec: cvlSpec, method: "GET", path: path, status: status, check: check,
			// The response is still checked; the request check would only trip on the spec's undeclared scheme.
			skipRequestCheck: "the CVL spec requires a security scheme (ROLE_VIEW_LICENCES) it never declares"}
	}
	return []call{
		get("summaries of the seed person", "/public/licence-summaries/crn/X00001", 200, func(t *testing.T, b []byte) {
			s := decode[[]cvlSummary](t, b)
			assert.Equal(t, []int64{300101}, []int64{s[0].ID})
			assert.Equal(t, "A1234AA", s[0].PrisonNumber)
		}),
		get("summaries of a released person", "/public/licence-summaries/crn/X00003", 200, func(t *testing.T, b []byte) {
			assert.Len(t, decode[[]cvlSummary](t, b), 2)
		}),
		get("no licences", "/public/licence-summaries/crn/X00002", 200, func(t *testing.T, b []byte) {
			assert.Empty(t, decode[[]cvlSummary](t, b))
		}),
		get("licence", "/public/licences/id/300101", 200, func(t *testing.T, b []byte) {
			l := decode[cvlLicence](t, b)
			assert.Len(t, l.Conditions.AP.Bespoke, 1)
			assert.Equal(t, "PSS", l.Conditions.PSS.Additional[0].Type)
		}),
		get("approved licence", "/public/licences/id/300201", 200, nil),
		get("unknown licence", "/public/licences/id/999", 404, nil),
	}
}
