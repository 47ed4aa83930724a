package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

const nonAssociationsSpec = "x4018-non-associations.prism.json"

func nonAssociationsCalls() []call {
	na := func(name, path string, status int, want ...int64) call {
		var check func(*testing.T, []byte)
		if status == 200 {
			check = func(t *testing.T, b []byte) {
				got := []int64{}
				for _, e := range decode[naPrisoner](t, b).NonAssociations {
					got = append(got, e.ID)
				}
				assert.Equal(t, append([]int64{}, want...), got)
			}
		}
		return call{name: "non-associations/" + name, spec: nonAssociationsSpec, method: "GET", path: path, status: status, check: check}
	}
	return []call{
		na("open, same prison", "/prisoner/A1234AA/non-associations", 200, 9101),
		na("open and closed", "/prisoner/A1234AA/non-associations?includeClosed=true", 200, 9101, 9102),
		na("closed only", "/prisoner/A1234AA/non-associations?includeOpen=false&includeClosed=true", 200, 9102),
		na("other prisons too", "/prisoner/A1234AA/non-associations?includeOtherPrisons=true", 200, 9101, 9103),
		na("the other side", "/prisoner/A4578BX/non-associations", 200, 9101),
		na("none", "/prisoner/A2345BC/non-associations", 200),
		na("unknown prisoner", "/prisoner/Z9999ZZ/non-associations", 404),
	}
}
