package simulator

import (
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/assert"
)

const arnsSpec = "assess-risks-and-needs.json"

// retypeARNSDates corrects the ARNS spec before responses are checked against
// it: springdoc declared its Java date-times (assessedOn, dateCompleted, ...)
// as bare objects, while the service sends strings, as each property's own
// example shows. openapi/upstream/trim makes the same correction for the
// generated client.
func retypeARNSDates(doc *openapi3.T) {
	for _, schema := range doc.Components.Schemas {
		if schema.Value == nil {
			continue
		}
		for _, prop := range schema.Value.Properties {
			p := prop.Value
			if p == nil || !p.Type.Is("object") || len(p.Properties) > 0 {
				continue
			}
			if example, ok := p.Example.(string); ok && len(example) >= len("2006-01-02") {
				p.Type = &openapi3.Types{"string"}
			}
		}
	}
}

func arnsCalls() []call {
	get := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "arns/" + name, spec: arnsSpec, method: "GET", path: path, status: status, check: check}
	}
	var calls []call
	for _, crn := range []string{"X00001", "X00002"} {
		calls = append(calls,
			get("rosh "+crn, "/risks/crn/"+crn, 200, nil),
			get("predictors "+crn, "/risks/crn/"+crn+"/predictors/all", 200, nil),
			get("plans "+crn, "/risks/crn/"+crn+"/risk-management-plan", 200, nil),
			get("needs "+crn, "/needs/crn/"+crn, 200, nil),
		)
	}
	return append(calls,
		get("rosh levels by level", "/risks/crn/X00001", 200, func(t *testing.T, b []byte) {
			r := decode[arnsAllRosh](t, b)
			assert.Equal(t, []string{"Children", "Known Adult"}, r.Summary.RiskInCommunity["HIGH"])
			assert.Equal(t, "2025-10-02T14:20:00", r.AssessedOn)
		}),
		get("unanswered needs carry no flags", "/needs/crn/X00001", 200, func(t *testing.T, b []byte) {
			n := decode[arnsNeeds](t, b)
			assert.Len(t, n.IdentifiedNeeds, 2)
			assert.Nil(t, n.UnansweredNeeds[0].RiskOfHarm)
		}),
		get("limited access case", "/risks/crn/X00007", 403, nil),
		get("limited access plans", "/risks/crn/X00007/risk-management-plan", 403, nil),
		get("never assessed", "/needs/crn/X00003", 404, nil),
		get("unknown", "/risks/crn/X99999/predictors/all", 404, nil),
	)
}
