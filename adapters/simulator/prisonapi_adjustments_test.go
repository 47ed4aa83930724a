package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func prisonAPIAdjustmentCalls() []call {
	pa := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "prison-api adjustments/" + name, spec: prisonAPISpec, method: "GET", path: path, status: status, check: check}
	}
	type adjustments struct{ ReasonableAdjustments []paReasonableAdjustment }
	return []call{
		pa("health treatment codes", "/api/reference-domains/domains/HEALTH_TREAT/codes", 200, func(t *testing.T, b []byte) {
			d := decode[[]paDomainCode](t, b)
			assert.Equal(t, []string{"WHEELCHR_ACC", "Wheelchair accessibility"}, []string{d[0].Code, d[0].Description})
		}),
		pa("unknown domain", "/api/reference-domains/domains/NOPE/codes", 404, nil),
		pa("adjustments of the types asked for", "/api/bookings/1201001/reasonable-adjustments?type=WHEELCHR_ACC&type=HEARING_LOOP", 200, func(t *testing.T, b []byte) {
			d := decode[adjustments](t, b).ReasonableAdjustments
			assert.Equal(t, []string{"WHEELCHR_ACC", "HEARING_LOOP"}, []string{d[0].TreatmentCode, d[1].TreatmentCode})
			assert.Equal(t, []string{"Wheelchair accessibility", "", "2024-02-09"}, []string{d[0].TreatmentDescription, d[0].EndDate, d[1].EndDate})
		}),
		pa("types not asked for are left out", "/api/bookings/1201001/reasonable-adjustments?type=BEH", 200, func(t *testing.T, b []byte) {
			assert.Empty(t, decode[adjustments](t, b).ReasonableAdjustments)
		}),
		pa("unknown booking", "/api/bookings/999/reasonable-adjustments?type=BEH", 404, nil),
	}
}
