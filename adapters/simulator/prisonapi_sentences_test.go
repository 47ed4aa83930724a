package simulator

import (
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/assert"
)

// sentencesAndOffencesAsList corrects prison-api.prism.json before responses
// are checked against it: it declares sentences-and-offences as one object,
// but the service answers a list of them (one per sentence line), as the
// original reads it.
func sentencesAndOffencesAsList(doc *openapi3.T) {
	item := doc.Paths.Value("/api/offender-sentences/booking/{bookingId}/sentences-and-offences")
	if item == nil || item.Get == nil {
		return
	}
	ok := item.Get.Responses.Status(200)
	if ok == nil || ok.Value == nil {
		return
	}
	media := ok.Value.Content.Get("application/json")
	if media == nil || media.Schema == nil || media.Schema.Value == nil || media.Schema.Value.Type.Is("array") {
		return
	}
	media.Schema = openapi3.NewSchemaRef("", openapi3.NewArraySchema().WithItems(media.Schema.Value))
}

func prisonAPISentencesCalls() []call {
	pa := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "prison-api sentences/" + name, spec: prisonAPISpec, method: "GET", path: path, status: status, check: check}
	}
	return []call{
		pa("bookings", "/api/offender-sentences?offenderNo=A1234AA", 200, func(t *testing.T, b []byte) {
			d := decode[[]paOffenderSentenceDetail](t, b)
			assert.Equal(t, []int64{1201001}, []int64{d[0].BookingID})
			assert.Len(t, d, 1)
		}),
		pa("bookings of an unknown prisoner", "/api/offender-sentences?offenderNo=Z9999ZZ", 200, func(t *testing.T, b []byte) {
			assert.Empty(t, decode[[]paOffenderSentenceDetail](t, b))
		}),
		pa("bookings of a broken record", "/api/offender-sentences?offenderNo=A5000EE", 500, nil),
		pa("sentences on a booking", "/api/offender-sentences/booking/1201001/sentences-and-offences", 200, func(t *testing.T, b []byte) {
			d := decode[[]paSentenceAndOffences](t, b)
			assert.Equal(t, []string{"2022-11-04", "2023-03-15"}, []string{d[0].SentenceDate, d[1].SentenceDate})
			assert.Equal(t, []paSentenceTerm{{Code: "IMP", Years: 7}, {Code: "LIC", Years: 1, Months: 6}}, d[1].Terms)
			assert.Equal(t, 250.0, *d[0].FineAmount)
		}),
		pa("a booking with no sentences", "/api/offender-sentences/booking/1201003/sentences-and-offences", 200, func(t *testing.T, b []byte) {
			assert.Empty(t, decode[[]paSentenceAndOffences](t, b))
		}),
		pa("unknown booking", "/api/offender-sentences/booking/999/sentences-and-offences", 404, nil),
	}
}
