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
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetLatestKeyDatesAndAdjustments(t *testing.T) {
	t.Parallel()
	remand := 45
	dates := &prison.KeyDates{NonDtoReleaseDateType: "CRD"}
	adjustments := &prison.SentenceAdjustments{Remand: &remand}
	broken := apperr.New(apperr.Upstream, "500 from GET /api/offenders/A1234AA/sentences")
	missing := apperr.New(apperr.NotFound, "404 from GET /api/offenders/A1234AA/sentences")
	cases := []struct {
		name              string
		dates             *prison.KeyDates
		datesErr          error
		adjustments       *prison.SentenceAdjustments
		adjustmentsErr    error
		wantDates, wantAd bool
		kind              apperr.Kind
	}{
		{"both", dates, nil, adjustments, nil, true, true, 0},
		{"key dates failing: adjustments alone", nil, broken, adjustments, nil, false, true, 0},
		{"adjustments failing: key dates alone", dates, nil, nil, broken, true, false, 0},
		{"no adjustments recorded", dates, nil, &prison.SentenceAdjustments{}, nil, true, false, 0},
		{"both failing", nil, broken, nil, broken, false, false, apperr.Upstream},
		{"one missing, one failing: the failure is reported", nil, missing, nil, broken, false, false, apperr.Upstream},
		{"neither held", nil, nil, &prison.SentenceAdjustments{}, nil, false, false, apperr.NotFound},
		{"both missing", nil, missing, nil, missing, false, false, apperr.NotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			nomis := portsmocks.NewSentenceCalculations(t)
			nomis.EXPECT().KeyDates(mock.Anything, "A1234AA").Return(c.dates, c.datesErr).Once()
			nomis.EXPECT().Adjustments(mock.Anything, "A1234AA").Return(c.adjustments, c.adjustmentsErr).Once()
			got, err := integration.NewGetLatestKeyDatesAndAdjustments(newWorld(t).resolver, nomis).Handle(context.Background(), access.Unrestricted, "X00001")
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.wantDates, got.KeyDates != nil)
			assert.Equal(t, c.wantAd, got.Adjustments != nil)
		})
	}
	t.Run("prison filter", func(t *testing.T) {
		t.Parallel()
		_, err := integration.NewGetLatestKeyDatesAndAdjustments(newWorld(t).resolver, portsmocks.NewSentenceCalculations(t)).Handle(context.Background(), inLeedsOnly, "A1234AA")
		assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
	})
}
