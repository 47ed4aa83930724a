package idcache

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/ttlcache"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

// clock is a hand-moved time source.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func TestPrisonerAnswersAreReusedUntilTheyExpire(t *testing.T) {
	t.Parallel()
	next := portsmocks.NewPrisonerSearch(t)
	next.EXPECT().Prisoner(mock.Anything, "A1234AA").Return(person.Prisoner{NomisNumber: "A1234AA"}, nil).Times(2)
	next.EXPECT().Prisoner(mock.Anything, "Z9999ZZ").Return(person.Prisoner{}, apperr.New(apperr.NotFound, "no")).Times(2)

	c := &clock{t: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)}
	cached := &prisoners{next: next, cache: ttlcache.New[string, person.Prisoner](2*time.Second, c.now)}
	ctx := context.Background()

	for range 3 { // one upstream call for three lookups
		p, err := cached.Prisoner(ctx, "A1234AA")
		require.NoError(t, err)
		assert.Equal(t, "A1234AA", p.NomisNumber)
	}
	c.t = c.t.Add(2 * time.Second) // expired: asked again
	_, err := cached.Prisoner(ctx, "A1234AA")
	require.NoError(t, err)

	// Failures are never kept.
	for range 2 {
		_, err := cached.Prisoner(ctx, "Z9999ZZ")
		assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
	}
}

func TestProbationAnswersIncludingNoneAreReusedAsCopies(t *testing.T) {
	t.Parallel()
	crn, err := person.ParseID("X00001")
	require.NoError(t, err)
	noms, err := person.ParseID("G8133UA")
	require.NoError(t, err)
	next := portsmocks.NewProbationSearch(t)
	next.EXPECT().FindByID(mock.Anything, crn).Return([]person.ProbationCase{{CRN: "X00001", FirstName: "Arthur"}}, nil).Once()
	next.EXPECT().FindByID(mock.Anything, noms).Return(nil, nil).Once()

	cached := Probation(next, time.Minute)
	ctx := context.Background()
	first, err := cached.FindByID(ctx, crn)
	require.NoError(t, err)
	first[0].FirstName = "changed by a caller"
	again, err := cached.FindByID(ctx, crn)
	require.NoError(t, err)
	assert.Equal(t, "Arthur", again[0].FirstName, "the cached answer is not shared")

	for range 2 {
		none, err := cached.FindByID(ctx, noms)
		require.NoError(t, err)
		assert.Empty(t, none)
	}
}

func TestZeroTTLTurnsTheCacheOff(t *testing.T) {
	t.Parallel()
	prisonerSearch := portsmocks.NewPrisonerSearch(t)
	probationSearch := portsmocks.NewProbationSearch(t)
	assert.Same(t, prisonerSearch, Prisoners(prisonerSearch, 0))
	assert.Same(t, probationSearch, Probation(probationSearch, 0))
}
