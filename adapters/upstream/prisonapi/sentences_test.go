package prisonapi_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/offending"
)

func TestBookingIDsListsEveryBooking(t *testing.T) {
	t.Parallel()
	c := recorded(t, http.StatusOK, map[string]string{
		"/api/offender-sentences": `[{"bookingId":1201001,"offenderNo":"A1234AA","firstName":"A","lastName":"M","dateOfBirth":"1979-06-14",
			"agencyLocationId":"MDI","agencyLocationDesc":"Moorland","internalLocationDesc":"1-1-001","mostRecentActiveBooking":true},
			{"bookingId":1100001,"offenderNo":"A1234AA","firstName":"A","lastName":"M","dateOfBirth":"1979-06-14",
			"agencyLocationId":"OUT","agencyLocationDesc":"Outside","internalLocationDesc":"","mostRecentActiveBooking":false}]`,
	})
	got, err := c.BookingIDs(context.Background(), "A1234AA")
	require.NoError(t, err)
	assert.Equal(t, []int64{1201001, 1100001}, got)
}

func TestBookingSentencesMapsStatusTermsAndFine(t *testing.T) {
	t.Parallel()
	two, one, zero := 2, 1, 0
	active, inactive := true, false
	fine := 250.5
	tests := []struct {
		name string
		body string // the service sends a list; the spec declares one object
		want []offending.Sentence
	}{
		{
			name: "a list of sentence lines",
			body: `[{"bookingId":1,"sentenceStatus":"A","sentenceDate":"2023-03-15","sentenceTypeDescription":"Standard Determinate Sentence",
				"terms":[{"code":"IMP","years":2,"months":1,"weeks":0}]},
				{"bookingId":1,"sentenceStatus":"I","fineAmount":250.5,"sentenceTypeDescription":"Fine"},
				{"bookingId":1,"sentenceStatus":"X"}]`,
			want: []offending.Sentence{
				{Source: offending.NOMIS, DateOfSentencing: day(2023, 3, 15), Description: "Standard Determinate Sentence", Active: &active,
					Custodial: true, Terms: []offending.Term{{Years: &two, Months: &one, Weeks: &zero, Code: "IMP"}}},
				{Source: offending.NOMIS, Description: "Fine", Active: &inactive, Custodial: true, FineAmount: &fine, Terms: []offending.Term{}},
				{Source: offending.NOMIS, Custodial: true, Terms: []offending.Term{}},
			},
		},
		{
			name: "one object, as the spec declares",
			body: `{"bookingId":1,"sentenceStatus":"A","sentenceTypeDescription":"Life"}`,
			want: []offending.Sentence{{Source: offending.NOMIS, Description: "Life", Active: &active, Custodial: true, Terms: []offending.Term{}}},
		},
		{name: "no sentences", body: `[]`, want: []offending.Sentence{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := recorded(t, http.StatusOK, map[string]string{"/api/offender-sentences/booking/1/sentences-and-offences": tt.body})
			got, err := c.BookingSentences(context.Background(), 1)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestBookingSentencesClassifiesFailures(t *testing.T) {
	t.Parallel()
	_, err := recorded(t, http.StatusOK, nil).BookingSentences(context.Background(), 9)
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err))

	broken := recorded(t, http.StatusInternalServerError, map[string]string{"/api/offender-sentences/booking/1/sentences-and-offences": `{}`})
	_, err = broken.BookingSentences(context.Background(), 1)
	assert.Equal(t, apperr.Upstream, apperr.KindOf(err))

	garbled := recorded(t, http.StatusOK, map[string]string{"/api/offender-sentences/booking/1/sentences-and-offences": `[{`})
	_, err = garbled.BookingSentences(context.Background(), 1)
	assert.Equal(t, apperr.Upstream, apperr.KindOf(err))
}
