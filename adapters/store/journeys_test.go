package store_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
)

const geoAmey = "7f604bf6-b8f5-45fd-a694-91ddb408e6f1"

func newJourney(t *testing.T, moveID, supplier, from, to string, at time.Time) *journeys.Journey {
	t.Helper()
	n := 1
	j, err := journeys.New(uuid.NewString(), uuid.NewString(), journeys.Draft{
		MoveID: moveID, SupplierID: supplier, FromLocationID: from, ToLocationID: to, Billable: true,
		Vehicle: journeys.Vehicle{Registration: "AB12 CDE"}, Date: &moveDay, Number: &n, Timestamp: at, CreatedBy: "tester",
	}, at)
	require.NoError(t, err)
	return j
}

// storedMove creates a move for journeys to belong to.
func storedMove(t *testing.T, db *store.DB) string {
	t.Helper()
	m := newMove(t, uuid.NewString()[:8], kirkmc, bsi, "", moveDay, time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	require.NoError(t, store.NewMoves(db).Create(context.Background(), m))
	return m.ID()
}

func noCheck([]journeys.Snapshot) error { return nil }

func TestJourneysCreateGetUpdateAndEvents(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		repo := store.NewJourneys(db)
		moveID := storedMove(t, db)
		at := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
		j := newJourney(t, moveID, serco, kirkmc, bsi, at)
		require.NoError(t, repo.Create(ctx, j, noCheck))

		got, err := repo.Get(ctx, moveID, j.ID())
		require.NoError(t, err)
		assert.Equal(t, j.Snapshot(), got.Snapshot())
		require.Len(t, got.Events(), 1)
		assert.Equal(t, journeys.JourneyCreate, got.Events()[0].Type)
		assert.Equal(t, "tester", got.Events()[0].CreatedBy)

		_, err = repo.Get(ctx, uuid.NewString(), j.ID())
		assert.True(t, apperr.Is(err, apperr.NotFound), "a journey is found only under its own move: %v", err)
		move, err := store.NewMoves(db).Get(ctx, moveID)
		require.NoError(t, err)
		assert.Len(t, move.Events(), 1, "journey events are not the move's")

		updated, err := repo.Update(ctx, moveID, j.ID(), func(j *journeys.Journey) error {
			return j.Record(journeys.Event{ID: uuid.NewString(), Type: journeys.JourneyStart, OccurredAt: at.Add(time.Hour), RecordedAt: at.Add(time.Hour), Notes: "off"})
		})
		require.NoError(t, err)
		assert.Equal(t, journeys.InProgress, updated.State())
		got, err = repo.Get(ctx, moveID, j.ID())
		require.NoError(t, err)
		assert.Equal(t, journeys.InProgress, got.State())
		require.Len(t, got.Events(), 2)
		assert.Equal(t, "off", got.Events()[1].Notes)

		// A refused change stores nothing.
		_, err = repo.Update(ctx, moveID, j.ID(), func(j *journeys.Journey) error {
			_ = j.Record(journeys.Event{ID: uuid.NewString(), Type: journeys.JourneyComplete, OccurredAt: at.Add(2 * time.Hour)})
			return errors.New("refused")
		})
		require.Error(t, err)
		got, err = repo.Get(ctx, moveID, j.ID())
		require.NoError(t, err)
		assert.Equal(t, journeys.InProgress, got.State())
		assert.Len(t, got.Events(), 2)
	})
}

// Create hands check the move's other journeys and stores nothing when it
// refuses; concurrent creates of one leg end with exactly one journey.
func TestJourneysCreateChecksSiblingsUnderTheMoveLock(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		repo := store.NewJourneys(db)
		moveID := storedMove(t, db)
		at := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)

		const n = 5
		var wg sync.WaitGroup
		errs := make([]error, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				j := newJourney(t, moveID, serco, kirkmc, bsi, at)
				errs[i] = repo.Create(ctx, j, j.CheckNotDuplicate)
			}()
		}
		wg.Wait()
		created := 0
		for _, err := range errs {
			if err == nil {
				created++
				continue
			}
			assert.True(t, apperr.Is(err, apperr.Invalid), "%v", err)
		}
		assert.Equal(t, 1, created)
		page, err := repo.List(ctx, moveID, "", paging.Request{Page: 1, PerPage: 20})
		require.NoError(t, err)
		assert.Equal(t, 1, page.Total)

		err = repo.Create(ctx, newJourney(t, uuid.NewString(), serco, kirkmc, bsi, at), noCheck)
		assert.True(t, apperr.Is(err, apperr.NotFound), "an unknown move: %v", err)
	})
}

func TestJourneysListBySupplierOldestFirst(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		repo := store.NewJourneys(db)
		moveID := storedMove(t, db)
		other := storedMove(t, db)
		at := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
		first := newJourney(t, moveID, serco, kirkmc, bsi, at)
		second := newJourney(t, moveID, serco, bsi, iwi, at.Add(time.Minute))
		theirs := newJourney(t, moveID, geoAmey, iwi, bsi, at.Add(2*time.Minute))
		elsewhere := newJourney(t, other, serco, kirkmc, bsi, at)
		for _, j := range []*journeys.Journey{second, theirs, first, elsewhere} {
			require.NoError(t, repo.Create(ctx, j, noCheck))
		}
		page, err := repo.List(ctx, moveID, serco, paging.Request{Page: 1, PerPage: 1})
		require.NoError(t, err)
		assert.Equal(t, 2, page.Total)
		require.Len(t, page.Items, 1)
		assert.Equal(t, first.ID(), page.Items[0].ID())
		page, err = repo.List(ctx, moveID, "", paging.Request{Page: 1, PerPage: 20})
		require.NoError(t, err)
		assert.Equal(t, 3, page.Total)
	})
}
