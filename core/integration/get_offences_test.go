package integration_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/offending"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetOffencesPutsNomisNewestFirstThenNDelius(t *testing.T) {
	t.Parallel()
	nomis := []offending.Offence{
		{Source: offending.NOMIS, CJSCode: "OLD", StartDate: date(2001, 1, 1)},
		{Source: offending.NOMIS, CJSCode: "NEW", StartDate: date(2022, 1, 1)},
	}
	record := probation.Record{Supervisions: []probation.Supervision{
		{MainOffence: &probation.Offence{Code: "03400"}, AdditionalOffences: []probation.Offence{{Code: "10501"}}},
	}}
	cases := []struct {
		name     string
		id       string
		nomisErr error
		want     []string // CJS code or HO code, in order
		kind     apperr.Kind
	}{
		{"by NOMS number", "A1234AA", nil, []string{"NEW", "OLD", "03400", "10501"}, 0},
		{"by CRN", "X00001", nil, []string{"NEW", "OLD", "03400", "10501"}, 0},
		{"probation only", "X00002", nil, []string{}, 0},
		{"prison-api fails", "A1234AA", apperr.New(apperr.Upstream, "500"), nil, apperr.Upstream},
		{"prison-api has no record", "A1234AA", apperr.New(apperr.NotFound, "404"), nil, apperr.NotFound},
		{"malformed", "bogus", nil, nil, apperr.Invalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			history := portsmocks.NewOffenceHistory(t)
			history.EXPECT().OffenceHistory(mock.Anything, "A1234AA").RunAndReturn(func(context.Context, string) ([]offending.Offence, error) {
				return append([]offending.Offence{}, nomis...), c.nomisErr
			}).Maybe()
			records := portsmocks.NewProbationRecords(t)
			records.EXPECT().Record(mock.Anything, "X00001").Return(record, nil).Maybe()
			records.EXPECT().Record(mock.Anything, "X00002").Return(probation.Record{}, nil).Maybe()

			got, err := integration.NewGetOffences(newWorld(t).resolver, history, records).Handle(context.Background(), c.id, firstPage)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			codes := []string{}
			for _, o := range got.Items {
				codes = append(codes, o.CJSCode+o.HOCode)
			}
			assert.Equal(t, c.want, codes)
		})
	}
}
