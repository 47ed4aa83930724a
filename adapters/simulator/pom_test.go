package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

const pomSpec = "manage-POM.json"

func pomCalls() []call {
	primary := func(name, noms string, status int, check func(*testing.T, []byte)) call {
		return call{name: "pom/" + name, spec: pomSpec, method: "GET", path: "/api/allocation/" + noms + "/primary_pom", status: status, check: check}
	}
	return []call{
		primary("seed person", "A1234AA", 200, func(t *testing.T, b []byte) {
			assert.Equal(t, pomPrimary{Manager: pomManager{Code: 485926, Forename: "Paula", Surname: "Smith"}, Prison: pomPrison{Code: "MDI"}}, decode[pomPrimary](t, b))
		}),
		primary("another prison", "A4578BX", 200, nil),
		primary("unallocated", "G8133UA", 404, func(t *testing.T, b []byte) {
			assert.Equal(t, "error", decode[pomStatus](t, b).Status)
		}),
		primary("released", "A7777BB", 404, nil),
		primary("unknown", "Z9999ZZ", 404, nil),
	}
}
