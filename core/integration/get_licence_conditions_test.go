package integration_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/licences"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetLicenceConditions(t *testing.T) {
	t.Parallel()
	summaries := []licences.Summary{
		{ID: 1, PrisonNumber: "A0000OLD", Created: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)},
		{ID: 2, PrisonNumber: "A1234AA", Created: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)},
	}
	cases := []struct {
		name       string
		id         string
		licenceErr error
		statuses   []string
		offender   string
		kind       apperr.Kind
	}{
		{"newest first", "A1234AA", nil, []string{"ACTIVE", "INACTIVE"}, "A1234AA", 0},
		{"by CRN, hmppsId as given", "X00001", nil, []string{"ACTIVE", "INACTIVE"}, "A1234AA", 0},
		{"no licences", "X00002", nil, []string{}, "", 0},
		{"a licence fails", "X00001", apperr.New(apperr.Upstream, "500"), nil, "", apperr.Upstream},
		{"malformed", "bogus", nil, nil, "", apperr.Invalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			cvl := portsmocks.NewLicences(t)
			cvl.EXPECT().Summaries(mock.Anything, "X00001").Return(append([]licences.Summary{}, summaries...), nil).Maybe()
			cvl.EXPECT().Summaries(mock.Anything, "X00002").Return(nil, nil).Maybe()
			cvl.EXPECT().Licence(mock.Anything, int64(1)).Return(licences.Licence{StatusCode: "INACTIVE"}, nil).Maybe()
			cvl.EXPECT().Licence(mock.Anything, int64(2)).Return(licences.Licence{StatusCode: "ACTIVE"}, c.licenceErr).Maybe()

			got, err := integration.NewGetLicenceConditions(newWorld(t).resolver, cvl).Handle(context.Background(), c.id)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.id, got.HmppsID)
			assert.Equal(t, c.offender, got.OffenderNumber)
			statuses := []string{}
			for _, l := range got.Licences {
				statuses = append(statuses, l.StatusCode)
			}
			assert.Equal(t, c.statuses, statuses)
		})
	}
}
