package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func epfCalls() []call {
	get := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "epf/" + name, spec: ndeliusSpec, method: "GET", path: path, status: status, check: check}
	}
	return []call{
		get("seed person event 1", "/case-details/X00001/1", 200, func(t *testing.T, b []byte) {
			d := decode[epfCaseDetails](t, b)
			assert.Equal(t, "A1234AA", d.NomsID)
			assert.Equal(t, "Sheffield Crown Court", d.CourtAppearance.Court.Name)
			assert.Equal(t, "2028-09-14", d.Sentence.ExpectedReleaseDate)
			assert.Equal(t, int64(75), *d.OGRSScore)
		}),
		get("community order", "/case-details/X00001/2", 200, func(t *testing.T, b []byte) {
			assert.Empty(t, decode[epfCaseDetails](t, b).Sentence.ExpectedReleaseDate)
		}),
		get("probation only", "/case-details/X00002/1", 200, nil),
		get("no such event", "/case-details/X00001/9", 404, nil),
		get("limited access", "/case-details/X00007/1", 404, nil),
		get("unknown", "/case-details/X99999/1", 404, nil),
	}
}
