package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/events"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
)

// An event appended to a move takes the place after the move's own events,
// so the move repository still loads and updates it; Get reads back every
// stored field.
func TestEventsAppendAfterTheEventablesEventsAndGet(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		repo := store.NewEvents(db)
		moveID := storedMove(t, db)
		at := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
		e := events.Event{
			ID: uuid.NewString(), Type: "PersonMoveAssault", EventableType: events.Moves, EventableID: moveID,
			OccurredAt: at, RecordedAt: at.Add(time.Minute), Notes: "n",
			Details:       map[string]any{"reported_at": "2026-11-25T08:00:00+00:00", "supplier_personnel_numbers": []any{"1"}},
			Relationships: map[string]string{"location": bsi}, SupplierID: serco, CreatedBy: "court.officer",
		}
		require.NoError(t, repo.Append(ctx, e))

		got, err := repo.Get(ctx, e.ID)
		require.NoError(t, err)
		assert.Equal(t, e, got)

		// The move's next event lands after it, not on its seq.
		_, err = store.NewMoves(db).Update(ctx, moveID, func(_ context.Context, m *moves.Move) error {
			return m.Record(moves.Event{ID: uuid.NewString(), Type: moves.MoveAccept, OccurredAt: at, RecordedAt: at}, moves.Context{})
		})
		require.NoError(t, err)
		m, err := store.NewMoves(db).Get(ctx, moveID)
		require.NoError(t, err)
		assert.Equal(t, moves.Booked, m.Status())
	})
}

func TestEventsNotFound(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		repo := store.NewEvents(db)
		_, err := repo.Get(ctx, uuid.NewString())
		assert.True(t, apperr.Is(err, apperr.NotFound), "%v", err)
		_, err = repo.JourneyMove(ctx, uuid.NewString())
		assert.True(t, apperr.Is(err, apperr.NotFound), "%v", err)
		err = repo.Append(ctx, events.Event{ID: uuid.NewString(), Type: "PerGeneric", EventableType: events.PersonEscortRecords, EventableID: uuid.NewString()})
		assert.True(t, apperr.Is(err, apperr.NotFound), "%v", err)
	})
}
