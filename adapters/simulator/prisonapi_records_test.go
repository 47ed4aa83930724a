package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func prisonAPIRecordsCalls() []call {
	pa := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "prison-api records/" + name, spec: prisonAPISpec, method: "GET", path: path, status: status, check: check}
	}
	return []call{
		pa("offender detail", "/api/offenders/A1234AA", 200, func(t *testing.T, b []byte) {
			d := decode[paInmateDetail](t, b)
			assert.Equal(t, []any{"A1234AA", "Cat C", "C", 2}, []any{d.OffenderNo, d.Category, d.CategoryCode, len(d.Assessments)})
			assert.Equal(t, []string{"CATEGORY", "CSR"}, []string{d.Assessments[0].AssessmentCode, d.Assessments[1].AssessmentCode})
		}),
		pa("remand prisoner, not categorised", "/api/offenders/A2345BC", 200, func(t *testing.T, b []byte) {
			d := decode[paInmateDetail](t, b)
			assert.Equal(t, []any{"", 1}, []any{d.CategoryCode, len(d.Assessments)})
		}),
		pa("unknown prisoner", "/api/offenders/Z9999ZZ", 404, nil),
		pa("broken record", "/api/offenders/A5000EE", 500, nil),
		pa("key dates", "/api/offenders/A1234AA/sentences", 200, func(t *testing.T, b []byte) {
			d := decode[paOffenderSentenceDetail](t, b)
			assert.Equal(t, []any{"2023-03-15", "2028-09-14", "CRD", "2030-03-14"},
				[]any{d.SentenceDetail.SentenceStartDate, d.SentenceDetail.ConditionalReleaseDate, d.SentenceDetail.NonDtoReleaseDateType, d.SentenceDetail.LicenceExpiryDate})
		}),
		pa("remand: no key dates", "/api/offenders/A2345BC/sentences", 200, func(t *testing.T, b []byte) {
			assert.Nil(t, decode[paOffenderSentenceDetail](t, b).SentenceDetail)
		}),
		pa("adjustments", "/api/offenders/A1234AA/booking/latest/sentence-summary", 200, func(t *testing.T, b []byte) {
			d := decode[struct{ LatestPrisonTerm paPrisonTerm }](t, b)
			assert.Equal(t, &paSentenceAdjustments{AdditionalDaysAwarded: 14, Remand: 45}, d.LatestPrisonTerm.SentenceAdjustments)
		}),
		pa("no adjustments", "/api/offenders/G8133UA/booking/latest/sentence-summary", 200, func(t *testing.T, b []byte) {
			assert.Nil(t, decode[struct{ LatestPrisonTerm paPrisonTerm }](t, b).LatestPrisonTerm.SentenceAdjustments)
		}),
		pa("key dates of a broken record", "/api/offenders/A5000EE/sentences", 500, nil),
	}
}
