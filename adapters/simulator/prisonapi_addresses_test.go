package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func prisonAPIAddressCalls() []call {
	get := func(name, noms string, status int, check func(*testing.T, []byte)) call {
		return call{name: "prison-api/addresses " + name, spec: prisonAPISpec, method: "GET", path: "/api/offenders/" + noms + "/addresses", status: status, check: check}
	}
	return []call{
		get("seed person", "A1234AA", 200, func(t *testing.T, b []byte) {
			a := decode[[]paAddress](t, b)
			assert.Equal(t, "14", a[0].Premise)
			assert.Equal(t, "HDC", a[0].AddressUsages[0].AddressUsage)
		}),
		get("none recorded", "G8133UA", 200, func(t *testing.T, b []byte) { assert.Empty(t, decode[[]paAddress](t, b)) }),
		get("unknown", "Z9999ZZ", 404, nil),
	}
}
