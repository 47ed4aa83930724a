package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func prisonAPICareCalls() []call {
	care := func(name, path, body string, status int, check func(*testing.T, []byte)) call {
		return call{name: "prison-api/" + name, spec: prisonAPISpec, method: "POST", path: path, body: body, status: status, check: check}
	}
	return []call{
		care("personal care needs of the walkthrough prisoner", "/api/bookings/offenderNo/personal-care-needs?type=PHY&type=DISAB&type=MATSTAT", `["G8133UA"]`, 200, func(t *testing.T, b []byte) {
			got := decode[[]paPersonalCareNeeds](t, b)
			require.Len(t, got, 1)
			require.Len(t, got[0].PersonalCareNeeds, 1)
			assert.Equal(t, "ND", got[0].PersonalCareNeeds[0].ProblemCode)
		}),
		care("only the asked-for types", "/api/bookings/offenderNo/personal-care-needs?type=MATSTAT", `["A1234AA","G8133UA"]`, 200, func(t *testing.T, b []byte) {
			got := decode[[]paPersonalCareNeeds](t, b)
			require.Len(t, got, 2)
			assert.Empty(t, got[0].PersonalCareNeeds)
		}),
		care("unknown prisoners are left out", "/api/bookings/offenderNo/personal-care-needs?type=PHY", `["Z9999ZZ"]`, 200, func(t *testing.T, b []byte) {
			assert.Empty(t, decode[[]paPersonalCareNeeds](t, b))
		}),
	}
}
