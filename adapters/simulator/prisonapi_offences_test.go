package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func prisonAPIOffenceCalls() []call {
	history := func(name, noms string, status int, check func(*testing.T, []byte)) call {
		return call{name: "prison-api/offence history " + name, spec: prisonAPISpec, method: "GET",
			path: "/api/bookings/offenderNo/" + noms + "/offenceHistory", status: status, check: check}
	}
	return []call{
		history("seed person", "A1234AA", 200, func(t *testing.T, b []byte) {
			got := decode[[]paOffenceHistoryDetail](t, b)
			assert.Equal(t, []string{"CJ88116", "TH68023"}, []string{got[0].OffenceCode, got[1].OffenceCode})
			assert.Equal(t, "2022-11-02", got[1].OffenceRangeDate)
		}),
		history("none recorded", "G8133UA", 200, func(t *testing.T, b []byte) {
			assert.Empty(t, decode[[]paOffenceHistoryDetail](t, b))
		}),
		history("unknown", "Z9999ZZ", 404, nil),
		history("injected failure", "A5000EE", 500, nil),
	}
}
