package integration_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestSearchPersons(t *testing.T) {
	t.Parallel()
	prisoners := []person.Prisoner{
		{NomisNumber: "OLDER", DateOfBirth: date(1970, 1, 1)}, {NomisNumber: "YOUNGER", DateOfBirth: date(1990, 1, 1)},
	}
	cases := []person.ProbationCase{{CRN: "X2", DateOfBirth: date(1960, 1, 1)}, {CRN: "X1", DateOfBirth: date(2000, 1, 1)}}
	tests := []struct {
		name         string
		pnc          string
		prisonErr    error
		probationErr error
		want         []string
		kind         apperr.Kind
	}{
		{"prisoners then cases, each youngest first", "", nil, nil, []string{"YOUNGER", "OLDER", "X1", "X2"}, 0},
		{"a PNC skips prison", "2008/0545166T", nil, nil, []string{"X1", "X2"}, 0},
		{"probation failing leaves prisoners", "", nil, apperr.New(apperr.Upstream, "500"), []string{"YOUNGER", "OLDER"}, 0},
		{"prisoner search failing fails", "", apperr.New(apperr.Upstream, "500"), nil, nil, apperr.Upstream},
	}
	for _, c := range tests {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			finder := portsmocks.NewPrisonerFinder(t)
			finder.EXPECT().FindPrisoners(mock.Anything, mock.Anything).Return(append([]person.Prisoner{}, prisoners...), c.prisonErr).Maybe()
			probation := portsmocks.NewProbationFinder(t)
			probation.EXPECT().FindProbationCases(mock.Anything, mock.Anything).Return(append([]person.ProbationCase{}, cases...), c.probationErr).Maybe()

			q, err := person.NewPersonQuery("", "Bloggs", c.pnc, nil, false)
			require.NoError(t, err)
			got, err := integration.NewSearchPersons(finder, probation).Handle(context.Background(), q, firstPage)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			ids := []string{}
			for _, h := range got.Items {
				if h.Prisoner != nil {
					ids = append(ids, h.Prisoner.NomisNumber)
				} else {
					ids = append(ids, h.Probation.CRN)
				}
			}
			assert.Equal(t, c.want, ids)
			if c.pnc != "" {
				finder.AssertNotCalled(t, "FindPrisoners", mock.Anything, mock.Anything)
			}
		})
	}
}

func TestNewPersonQueryNeedsACriterion(t *testing.T) {
	t.Parallel()
	_, err := person.NewPersonQuery(" ", "", "  ", nil, true)
	assert.Equal(t, apperr.Invalid, apperr.KindOf(err))
	q, err := person.NewPersonQuery("", "", "2008/0545166T", nil, false)
	require.NoError(t, err)
	assert.False(t, q.SearchesPrison())
}
