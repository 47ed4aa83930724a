package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func caseNotesListCalls() []call {
	ids := func(want ...int64) func(*testing.T, []byte) {
		return func(t *testing.T, b []byte) {
			got := []int64{}
			for _, n := range decode[springPage[cnCaseNote]](t, b).Content {
				got = append(got, n.LegacyID)
			}
			assert.Equal(t, append([]int64{}, want...), got)
		}
	}
	// The spec declares this call's query as a required "filter" object holding
	// a map, which no query string can express; the original sends only
	// locationId, startDate and endDate, as we do. Responses are still checked.
	const why = "the spec's filter object holds a map that a query string cannot carry"
	cn := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "case-notes list/" + name, spec: caseNotesSpec, method: "GET", path: path, status: status, check: check, skipRequestCheck: why}
	}
	return []call{
		cn("newest first", "/case-notes/A4578BX", 200, ids(4006, 4005, 4004, 4003, 4002, 4001)),
		cn("by location", "/case-notes/A4578BX?locationId=TRN", 200, ids(4003)),
		cn("by occurrence", "/case-notes/A4578BX?startDate=2024-06-02T00:00:00&endDate=2024-06-03T23:59:59", 200, ids(4003, 4002)),
		cn("none", "/case-notes/G8133UA", 200, ids()),
	}
}
