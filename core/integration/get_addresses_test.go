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
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetAddressesPutsNomisNewestFirstThenProbation(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		id       string
		filters  access.Filters
		nomisErr error
		want     []string
		kind     apperr.Kind
	}{
		{"by NOMS number", "A1234AA", access.Unrestricted, nil, []string{"NEW", "OLD"}, 0},
		{"by CRN", "X00001", access.Unrestricted, nil, []string{"NEW", "OLD"}, 0},
		{"other prison is hidden", "A1234AA", inLeedsOnly, nil, nil, apperr.NotFound},
		{"probation only is not found", "X00002", access.Unrestricted, nil, nil, apperr.NotFound},
		{"prison-api fails", "A1234AA", access.Unrestricted, apperr.New(apperr.Upstream, "500"), nil, apperr.Upstream},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			nomis := portsmocks.NewPrisonAddresses(t)
			nomis.EXPECT().Addresses(mock.Anything, "A1234AA").Return([]person.Address{
				{Name: "OLD", StartDate: date(2001, 1, 1)}, {Name: "NEW", StartDate: date(2020, 1, 1)},
			}, c.nomisErr).Maybe()

			got, err := integration.NewGetAddresses(newWorld(t).resolver, nomis).Handle(context.Background(), c.filters, c.id)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			names := []string{}
			for _, a := range got {
				names = append(names, a.Name)
			}
			assert.Equal(t, c.want, names)
		})
	}
}
