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

func TestGetRiskCategories(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		id       string
		filters  access.Filters
		asked    bool
		upstream error
		kind     apperr.Kind
	}{
		{"by CRN", "X00001", access.Unrestricted, true, nil, 0},
		{"other prison is hidden", "A1234AA", inLeedsOnly, false, nil, apperr.NotFound},
		{"probation only", "X00002", access.Unrestricted, false, nil, apperr.NotFound},
		{"NOMIS has no record", "A1234AA", access.Unrestricted, true, apperr.New(apperr.NotFound, "404 from GET /api/offenders/A1234AA"), apperr.NotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			nomis := portsmocks.NewPrisonerCategories(t)
			if c.asked {
				nomis.EXPECT().RiskCategory(mock.Anything, "A1234AA").Return(prison.RiskCategory{CategoryCode: "C"}, c.upstream).Once()
			}
			got, err := integration.NewGetRiskCategories(newWorld(t).resolver, nomis).Handle(context.Background(), c.filters, c.id)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				assert.NotContains(t, err.Error(), "/api/", "no upstream URL in the message")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "C", got.CategoryCode)
		})
	}
}
