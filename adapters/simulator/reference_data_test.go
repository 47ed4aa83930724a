package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func referenceDataCalls() []call {
	var calls []call
	for domain := range nomisDomains {
		calls = append(calls, call{name: "prison-api/reference domain " + domain, spec: prisonAPISpec, method: "GET",
			path: "/api/reference-domains/domains/" + domain, status: 200})
	}
	return append(calls,
		call{name: "prison-api/unknown reference domain", spec: prisonAPISpec, method: "GET", path: "/api/reference-domains/domains/NOPE", status: 404},
		call{name: "ndelius/reference data", spec: ndeliusSpec, method: "GET", path: "/reference-data", status: 200,
			check: func(t *testing.T, b []byte) {
				lists := decode[map[string]map[string][]ndRefData](t, b)["probationReferenceData"]
				assert.Equal(t, ndRefData{Code: "ASFO", Description: "Serious Further Offence - Subject to SFO review/investigation"}, lists["REGISTER_TYPE"][0])
			}},
	)
}
