package store_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/escortrecords"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
)

func TestEscortRecordsOnePerProfileAndUpdateWithEvents(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		repo := store.NewEscortRecords(db)
		_, profileID := addProfile(t, db, "")
		m := newMove(t, uuid.NewString()[:8], kirkmc, bsi, profileID, moveDay, time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
		require.NoError(t, store.NewMoves(db).Create(ctx, m))
		now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

		const n = 4
		var wg sync.WaitGroup
		errs := make([]error, n)
		ids := make([]string, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r, err := escortrecords.New(uuid.NewString(), m.ID(), profileID, "1.0.0", now)
				if err == nil {
					ids[i] = r.ID()
					err = repo.Create(ctx, r)
				}
				errs[i] = err
			}()
		}
		wg.Wait()
		var id string
		for i, err := range errs {
			if err == nil {
				require.Empty(t, id, "only one record per profile")
				id = ids[i]
				continue
			}
			e, ok := apperr.As(err)
			require.True(t, ok, "%v", err)
			assert.Equal(t, "taken", e.Fields[0].Code)
		}
		require.NotEmpty(t, id)

		got, err := repo.Get(ctx, id)
		require.NoError(t, err)
		assert.Equal(t, escortrecords.NotStarted, got.Snapshot().Status)
		assert.Equal(t, map[string]any{}, got.Snapshot().HandoverDetails)

		by := escortrecords.Actor{SupplierID: serco, CreatedBy: "officer", Location: kirkmc, NewID: uuid.NewString}
		for _, s := range []escortrecords.Status{escortrecords.InProgress, escortrecords.Completed, escortrecords.Confirmed} {
			_, err := repo.Update(ctx, id, func(r *escortrecords.Record) error {
				return r.Update(escortrecords.Change{Status: &s, HandoverDetails: map[string]any{"receiving_officer": "Mrs. Officer"}}, moves.Booked, now, by)
			})
			require.NoError(t, err)
		}
		got, err = repo.Get(ctx, id)
		require.NoError(t, err)
		s := got.Snapshot()
		assert.Equal(t, escortrecords.Confirmed, s.Status)
		assert.Equal(t, now, *s.CompletedAt)
		assert.Equal(t, now, *s.ConfirmedAt)
		assert.Equal(t, map[string]any{"receiving_officer": "Mrs. Officer"}, s.HandoverDetails)
		types, err := repo.EventTypes(ctx, id)
		require.NoError(t, err)
		assert.Equal(t, []string{escortrecords.PerCompletion, escortrecords.PerConfirmation, escortrecords.PerHandover}, types)

		_, err = repo.Get(ctx, uuid.NewString())
		assert.True(t, apperr.Is(err, apperr.NotFound), "%v", err)
	})
}
