package integration_test

import (
	"context"
	"errors"
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

var (
	arthurCase     = person.ProbationCase{CRN: "X00001", NomsNumber: "A1234AA", FirstName: "Arthur", Surname: "Morgan"}
	arthurPrisoner = person.Prisoner{NomisNumber: "A1234AA", FirstName: "ARTHUR", LastName: "MORGAN", PrisonID: "MDI"}
)

func isKind(kind person.IDKind) any {
	return mock.MatchedBy(func(id person.ID) bool { return id.Kind() == kind })
}

func TestResolveFindsBothSidesFromAnyIdentifier(t *testing.T) {
	t.Parallel()
	for raw, kind := range map[string]person.IDKind{"A1234AA": person.NOMS, "X00001": person.CRN, "2008/0545166T": person.PNC} {
		t.Run(raw, func(t *testing.T) {
			t.Parallel()
			prisoners := portsmocks.NewPrisonerSearch(t)
			probation := portsmocks.NewProbationSearch(t)
			probation.EXPECT().FindByID(mock.Anything, isKind(kind)).Return([]person.ProbationCase{arthurCase}, nil)
			prisoners.EXPECT().Prisoner(mock.Anything, "A1234AA").Return(arthurPrisoner, nil)

			identity, err := integration.NewResolver(prisoners, probation).Resolve(context.Background(), raw)
			require.NoError(t, err)
			assert.Equal(t, "A1234AA", identity.NomisNumber())
			assert.Equal(t, "X00001", identity.HmppsID())
			assert.Equal(t, person.Name{FirstName: "Arthur", LastName: "Morgan"}, identity.Name(), "probation name preferred")
		})
	}
}

func TestResolvePrisonOnlyAndProbationOnly(t *testing.T) {
	t.Parallel()
	prisoners := portsmocks.NewPrisonerSearch(t)
	probation := portsmocks.NewProbationSearch(t)
	probation.EXPECT().FindByID(mock.Anything, isKind(person.NOMS)).Return(nil, nil)
	prisoners.EXPECT().Prisoner(mock.Anything, "G8133UA").Return(person.Prisoner{NomisNumber: "G8133UA", LastName: "BLOGGS", PrisonID: "LEI"}, nil)
	identity, err := integration.NewResolver(prisoners, probation).Resolve(context.Background(), "G8133UA")
	require.NoError(t, err)
	assert.Equal(t, "G8133UA", identity.HmppsID(), "no CRN: the NOMS number is the hmppsId")

	prisoners = portsmocks.NewPrisonerSearch(t) // no prisoner call expected for a case without NOMS number
	probation = portsmocks.NewProbationSearch(t)
	probation.EXPECT().FindByID(mock.Anything, isKind(person.CRN)).Return([]person.ProbationCase{{CRN: "X00002", Surname: "Jenkins"}}, nil)
	identity, err = integration.NewResolver(prisoners, probation).Resolve(context.Background(), "X00002")
	require.NoError(t, err)
	assert.Empty(t, identity.NomisNumber())
	assert.Equal(t, "X00002", identity.HmppsID())
}

func TestResolveErrors(t *testing.T) {
	t.Parallel()
	t.Run("shape", func(t *testing.T) {
		t.Parallel()
		_, err := integration.NewResolver(portsmocks.NewPrisonerSearch(t), portsmocks.NewProbationSearch(t)).Resolve(context.Background(), "SF80/655108T")
		assert.Equal(t, apperr.Invalid, apperr.KindOf(err))
	})
	t.Run("unknown everywhere", func(t *testing.T) {
		t.Parallel()
		prisoners := portsmocks.NewPrisonerSearch(t)
		probation := portsmocks.NewProbationSearch(t)
		probation.EXPECT().FindByID(mock.Anything, mock.Anything).Return(nil, nil)
		prisoners.EXPECT().Prisoner(mock.Anything, "Z9999ZZ").Return(person.Prisoner{}, apperr.New(apperr.NotFound, "no"))
		_, err := integration.NewResolver(prisoners, probation).Resolve(context.Background(), "Z9999ZZ")
		require.Equal(t, apperr.NotFound, apperr.KindOf(err))
		assert.Equal(t, "not_found: Could not find person with HMPPS id: Z9999ZZ.", err.Error())
	})
	t.Run("upstream failure passes through", func(t *testing.T) {
		t.Parallel()
		probation := portsmocks.NewProbationSearch(t)
		boom := &apperr.Error{Kind: apperr.Upstream, Message: "500 from POST /search"}
		probation.EXPECT().FindByID(mock.Anything, mock.Anything).Return(nil, boom)
		_, err := integration.NewResolver(portsmocks.NewPrisonerSearch(t), probation).Resolve(context.Background(), "A1234AA")
		assert.True(t, errors.Is(err, boom))
	})
}

func TestResolveWithinPrisonFilter(t *testing.T) {
	t.Parallel()
	newResolver := func(t *testing.T) *integration.Resolver {
		prisoners := portsmocks.NewPrisonerSearch(t)
		probation := portsmocks.NewProbationSearch(t)
		probation.EXPECT().FindByID(mock.Anything, mock.Anything).Return([]person.ProbationCase{arthurCase}, nil)
		prisoners.EXPECT().Prisoner(mock.Anything, "A1234AA").Return(arthurPrisoner, nil)
		return integration.NewResolver(prisoners, probation)
	}
	_, err := newResolver(t).ResolveWithin(context.Background(), access.Filters{Prisons: []string{"MDI"}}, "A1234AA")
	assert.NoError(t, err)
	_, err = newResolver(t).ResolveWithin(context.Background(), access.Filters{Prisons: []string{"LEI"}}, "A1234AA")
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err), "outside the filter reads as not found")
	_, err = newResolver(t).ResolveWithin(context.Background(), access.Filters{Prisons: []string{}}, "A1234AA")
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err), "an empty list allows no prison")
	_, err = newResolver(t).ResolveWithin(context.Background(), access.Unrestricted, "A1234AA")
	assert.NoError(t, err)
}
