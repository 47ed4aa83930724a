package integration_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/offending"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetSentencesPutsEachBookingNewestFirstThenNDelius(t *testing.T) {
	t.Parallel()
	// Booking 1 is the later booking; NOMIS lists its lines oldest first.
	bookings := map[int64][]offending.Sentence{
		1: {{Description: "B1 old", DateOfSentencing: date(2020, 1, 1)}, {Description: "B1 new", DateOfSentencing: date(2023, 1, 1)}},
		2: {{Description: "B2 undated"}, {Description: "B2", DateOfSentencing: date(2010, 1, 1)}},
	}
	record := probation.Record{Supervisions: []probation.Supervision{
		{Active: true, Sentence: &probation.Sentence{Description: "ND custody", Custodial: true}},
		{Sentence: &probation.Sentence{Description: "ND order"}},
	}}
	notFound, broken := apperr.New(apperr.NotFound, "404"), apperr.New(apperr.Upstream, "500")
	cases := []struct {
		name        string
		id          string
		filters     access.Filters
		bookingsErr error
		booking2Err error
		recordErr   error
		want        []string // descriptions, in order
		kind        apperr.Kind
	}{
		{"by NOMS number", "A1234AA", access.Unrestricted, nil, nil, nil, []string{"B1 new", "B1 old", "B2", "B2 undated", "ND custody", "ND order"}, 0},
		{"by CRN", "X00001", access.Unrestricted, nil, nil, nil, []string{"B1 new", "B1 old", "B2", "B2 undated", "ND custody", "ND order"}, 0},
		{"probation only", "X00002", access.Unrestricted, nil, nil, nil, []string{}, 0},
		{"outside the consumer's prisons", "A1234AA", inLeedsOnly, nil, nil, nil, nil, apperr.NotFound},
		{"probation only, with a prison filter", "X00002", access.Filters{Prisons: []string{"MDI"}}, nil, nil, nil, nil, apperr.NotFound},
		{"NOMIS has no bookings", "A1234AA", access.Unrestricted, notFound, nil, nil, []string{"ND custody", "ND order"}, 0},
		{"a booking has gone", "A1234AA", access.Unrestricted, nil, notFound, nil, []string{"B1 new", "B1 old", "ND custody", "ND order"}, 0},
		{"nDelius has no case", "A1234AA", access.Unrestricted, nil, nil, notFound, []string{"B1 new", "B1 old", "B2", "B2 undated"}, 0},
		{"bookings fail", "A1234AA", access.Unrestricted, broken, nil, nil, nil, apperr.Upstream},
		{"a booking fails", "A1234AA", access.Unrestricted, nil, broken, nil, nil, apperr.Upstream},
		{"nDelius fails", "A1234AA", access.Unrestricted, nil, nil, broken, nil, apperr.Upstream},
		{"unknown", "Z9999ZZ", access.Unrestricted, nil, nil, nil, nil, apperr.NotFound},
		{"malformed", "bogus", access.Unrestricted, nil, nil, nil, nil, apperr.Invalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			nomis := portsmocks.NewPrisonSentences(t)
			nomis.EXPECT().BookingIDs(mock.Anything, "A1234AA").Return([]int64{1, 2}, c.bookingsErr).Maybe()
			nomis.EXPECT().BookingSentences(mock.Anything, mock.Anything).RunAndReturn(func(_ context.Context, id int64) ([]offending.Sentence, error) {
				if id == 2 && c.booking2Err != nil {
					return nil, c.booking2Err
				}
				return append([]offending.Sentence{}, bookings[id]...), nil
			}).Maybe()
			records := portsmocks.NewProbationRecords(t)
			records.EXPECT().Record(mock.Anything, "X00001").Return(record, c.recordErr).Maybe()
			records.EXPECT().Record(mock.Anything, "X00002").Return(probation.Record{}, nil).Maybe()

			got, err := integration.NewGetSentences(newWorld(t).resolver, nomis, records).Handle(context.Background(), c.filters, c.id, firstPage)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			descriptions := []string{}
			for _, s := range got.Items {
				descriptions = append(descriptions, s.Description)
			}
			assert.Equal(t, c.want, descriptions)
		})
	}
}
