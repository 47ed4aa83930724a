package integration_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetEpfPersonDetails(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		id      string
		event   int
		epfErr  error
		kind    apperr.Kind
		message string
	}{
		{"by CRN", "X00001", 1, nil, 0, ""},
		{"by NOMS number, resolved to the CRN", "A1234AA", 1, nil, 0, ""},
		{"not shared or absent", "X00001", 1, apperr.New(apperr.NotFound, "404"), apperr.NotFound, "enter the details manually"},
		{"EPF fails", "X00001", 1, apperr.New(apperr.Upstream, "500"), apperr.Upstream, ""},
		{"event numbers start at 1", "X00001", 0, nil, apperr.Invalid, "eventNumber must be 1 or more"},
		{"malformed id", "bogus", 1, nil, apperr.Invalid, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			epf := portsmocks.NewEffectiveProposals(t)
			epf.EXPECT().CaseDetail(mock.Anything, "X00001", c.event).Return(probation.CaseDetail{NomsID: "A1234AA"}, c.epfErr).Maybe()

			got, err := integration.NewGetEpfPersonDetails(newWorld(t).resolver, epf).Handle(context.Background(), c.id, c.event)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				assert.Contains(t, err.Error(), c.message)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "A1234AA", got.NomsID)
		})
	}
}
