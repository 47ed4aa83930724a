package store_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/idempotency"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
)

const (
	bsi    = "067c2855-fa41-493d-9c80-1311a4f7ba45"
	iwi    = "056eed18-772b-45b3-b64a-4d7d563641f7"
	kirkmc = "8fa68589-8ded-435c-b0c1-ffcade5f1bef"
	serco  = "869fbcd3-f2fb-4ae4-8b7b-d021f60a1791"
)

var moveDay = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// newMove builds a valid requested move; the store is what is under test.
func newMove(t *testing.T, ref, from, to, profile string, date time.Time, created time.Time) *moves.Move {
	t.Helper()
	m, err := moves.New(uuid.NewString(), uuid.NewString(), ref, moves.Draft{
		MoveType: "prison_remand", FromLocationID: from, ToLocationID: to, SupplierID: serco,
		Attributes: moves.Attributes{Date: &date, ProfileID: profile, AdditionalInformation: "by van"},
	}, moves.Context{}, created)
	require.NoError(t, err)
	return m
}

func addProfile(t *testing.T, db *store.DB, category string) (personID, profileID string) {
	t.Helper()
	ctx := context.Background()
	now := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	dob := time.Date(1990, 1, 2, 0, 0, 0, 0, time.UTC)
	p, err := people.New(uuid.NewString(), people.Details{FirstNames: "FRED", LastName: "BLOGGS", DateOfBirth: &dob}, now)
	require.NoError(t, err)
	require.NoError(t, store.NewPeople(db).Create(ctx, p))
	profileID = uuid.NewString()
	var cat any
	if category != "" {
		cat = category
	}
	_, err = db.ExecContext(ctx, "INSERT INTO profiles (id, person_id, category_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)", profileID, p.ID, cat, now, now)
	require.NoError(t, err)
	return p.ID, profileID
}

func TestMovesCreateGetAndEvents(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		repo := store.NewMoves(db)
		created := time.Date(2026, 11, 23, 9, 30, 15, 0, time.UTC)
		m := newMove(t, "AHN7936K", kirkmc, bsi, "", moveDay, created)
		require.NoError(t, repo.Create(ctx, m))

		got, err := repo.Get(ctx, m.ID())
		require.NoError(t, err)
		assert.Equal(t, m.Snapshot(), got.Snapshot())
		require.Len(t, got.Events(), 1)
		assert.Equal(t, moves.MoveRequested, got.Events()[0].Type)
		assert.Empty(t, got.Pending())

		taken, err := repo.ReferenceTaken(ctx, "AHN7936K")
		require.NoError(t, err)
		assert.True(t, taken)
		taken, err = repo.ReferenceTaken(ctx, "AHN7936X")
		require.NoError(t, err)
		assert.False(t, taken)

		at := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
		updated, err := repo.Update(ctx, m.ID(), func(_ context.Context, m *moves.Move) error {
			return m.Record(moves.Event{ID: uuid.NewString(), Type: moves.MoveAccept, OccurredAt: at, RecordedAt: at, Notes: "ok",
				Details: map[string]any{}, SupplierID: serco, CreatedBy: "tester"}, moves.Context{})
		})
		require.NoError(t, err)
		assert.Equal(t, moves.Booked, updated.Status())

		got, err = repo.Get(ctx, m.ID())
		require.NoError(t, err)
		assert.Equal(t, moves.Booked, got.Status())
		require.Len(t, got.Events(), 2)
		accept := got.Events()[1]
		assert.Equal(t, "ok", accept.Notes)
		assert.Equal(t, "tester", accept.CreatedBy)
		assert.Equal(t, at, accept.OccurredAt)

		// A refused change stores nothing.
		_, err = repo.Update(ctx, m.ID(), func(_ context.Context, m *moves.Move) error {
			return apperr.New(apperr.Unprocessable, "no")
		})
		require.Error(t, err)
		got, err = repo.Get(ctx, m.ID())
		require.NoError(t, err)
		assert.Len(t, got.Events(), 2)

		_, err = repo.Get(ctx, uuid.NewString())
		assert.True(t, apperr.Is(err, apperr.NotFound))
		_, err = repo.Update(ctx, uuid.NewString(), func(context.Context, *moves.Move) error { return nil })
		assert.True(t, apperr.Is(err, apperr.NotFound))
	})
}

// Lookups made with Update's context run in its transaction: on SQLite,
// whose one connection the transaction holds, a lookup on the pool would wait
// until the deadline.
func TestMovesUpdateLooksUpInsideItsTransaction(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		repo := store.NewMoves(db)
		_, profileID := addProfile(t, db, "")
		m := newMove(t, "AHN7941K", kirkmc, bsi, profileID, moveDay, time.Now().UTC())
		require.NoError(t, repo.Create(ctx, m))
		locations, profiles := store.NewLocations(db), store.NewMoveProfiles(db)
		_, err := repo.Update(ctx, m.ID(), func(ctx context.Context, m *moves.Move) error {
			loc, err := locations.Get(ctx, m.Snapshot().FromLocationID)
			if err != nil {
				return err
			}
			assert.Equal(t, kirkmc, loc.ID)
			assert.NotEmpty(t, loc.SupplierIDs)
			p, err := profiles.MoveProfile(ctx, m.Snapshot().ProfileID)
			assert.Equal(t, profileID, p.ID)
			return err
		})
		require.NoError(t, err)
	})
}

// Accept and cancel racing on one move: whatever the interleaving, both are
// applied in turn (neither update is lost) and the move ends cancelled.
func TestMovesConcurrentAcceptAndCancel(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		repo := store.NewMoves(db)
		for round := range 5 {
			m := newMove(t, fmt.Sprintf("AHN793%dK", round+1), kirkmc, bsi, "", moveDay, time.Now().UTC())
			require.NoError(t, repo.Create(ctx, m))
			acceptAt := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
			cancelAt := acceptAt.Add(time.Minute)
			var wg sync.WaitGroup
			errs := make([]error, 2)
			for i, e := range []moves.Event{
				{ID: uuid.NewString(), Type: moves.MoveAccept, OccurredAt: acceptAt, RecordedAt: acceptAt},
				{ID: uuid.NewString(), Type: moves.MoveCancel, OccurredAt: cancelAt, RecordedAt: cancelAt, Details: map[string]any{"cancellation_reason": "made_in_error"}},
			} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					_, errs[i] = repo.Update(ctx, m.ID(), func(_ context.Context, m *moves.Move) error { return m.Record(e, moves.Context{}) })
				}()
			}
			wg.Wait()
			require.NoError(t, errs[0])
			require.NoError(t, errs[1])
			got, err := repo.Get(ctx, m.ID())
			require.NoError(t, err)
			assert.Equal(t, moves.Cancelled, got.Status())
			assert.Equal(t, moves.CancellationReason("made_in_error"), got.Snapshot().CancellationReason)
			assert.Len(t, got.Events(), 3, "no event lost")
		}
	})
}

func TestMovesListFiltersSortsAndPages(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		repo := store.NewMoves(db)
		personID, profileID := addProfile(t, db, "")
		base := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
		a := newMove(t, "AAA1234A", kirkmc, bsi, profileID, moveDay, base)
		b := newMove(t, "CCC1234C", bsi, iwi, "", moveDay.AddDate(0, 0, 1), base.Add(time.Hour))
		c := newMove(t, "EEE1234E", kirkmc, iwi, "", moveDay.AddDate(0, 0, 2), base.Add(2*time.Hour))
		for _, m := range []*moves.Move{a, b, c} {
			require.NoError(t, repo.Create(ctx, m))
		}
		_, err := repo.Update(ctx, b.ID(), func(_ context.Context, m *moves.Move) error {
			return m.Record(moves.Event{ID: uuid.NewString(), Type: moves.MoveCancel, OccurredAt: base, RecordedAt: base, Details: map[string]any{"cancellation_reason": "other"}}, moves.Context{})
		})
		require.NoError(t, err)
		day := func(d int) *time.Time { t := moveDay.AddDate(0, 0, d); return &t }
		yes := true
		page := paging.Request{Page: 1, PerPage: 20}
		tests := []struct {
			name   string
			filter moves.Filter
			want   []string
		}{
			{"none, date desc", moves.Filter{}, []string{c.ID(), b.ID(), a.ID()}},
			{"date range", moves.Filter{DateFrom: day(0), DateTo: day(1)}, []string{b.ID(), a.ID()}},
			{"status", moves.Filter{Statuses: []moves.Status{moves.Cancelled}}, []string{b.ID()}},
			{"from", moves.Filter{FromLocationIDs: []string{kirkmc}}, []string{c.ID(), a.ID()}},
			{"to", moves.Filter{ToLocationIDs: []string{iwi}}, []string{c.ID(), b.ID()}},
			{"location either end", moves.Filter{LocationIDs: []string{bsi}}, []string{b.ID(), a.ID()}},
			{"location type of destination", moves.Filter{LocationType: "prison"}, []string{c.ID(), b.ID(), a.ID()}},
			{"supplier", moves.Filter{SupplierIDs: []string{serco}}, []string{c.ID(), b.ID(), a.ID()}},
			{"move type", moves.Filter{MoveType: moves.PrisonTransfer}, nil},
			{"cancellation reason", moves.Filter{CancellationReasons: []moves.CancellationReason{"other"}}, []string{b.ID()}},
			{"allocation", moves.Filter{HasAllocation: &yes}, nil},
			{"profile", moves.Filter{ProfileIDs: []string{profileID}}, []string{a.ID()}},
			{"person", moves.Filter{PersonID: personID}, []string{a.ID()}},
			{"reference", moves.Filter{References: []string{"EEE1234E", "AAA1234A"}}, []string{c.ID(), a.ID()}},
			{"created at", moves.Filter{CreatedAtFrom: &base, CreatedAtTo: &base}, []string{c.ID(), b.ID(), a.ID()}},
			{"date of birth", moves.Filter{DateOfBirthFrom: day(-20000), DateOfBirthTo: day(0)}, []string{a.ID()}},
		}
		for _, tt := range tests {
			got, err := repo.List(ctx, tt.filter, moves.Sort{By: moves.SortByDate, Descending: true}, page)
			require.NoError(t, err, tt.name)
			assert.Equal(t, tt.want, idsOf(got.Items), tt.name)
			assert.Equal(t, len(tt.want), got.Total, tt.name)
		}
		sorted, err := repo.List(ctx, moves.Filter{}, moves.Sort{By: moves.SortByToLocation}, page)
		require.NoError(t, err)
		assert.Equal(t, a.ID(), sorted.Items[0].ID(), "BRINSFORD before ISLE OF WIGHT")
		paged, err := repo.List(ctx, moves.Filter{}, moves.Sort{By: moves.SortByCreatedAt}, paging.Request{Page: 2, PerPage: 2})
		require.NoError(t, err)
		assert.Equal(t, 3, paged.Total)
		assert.Equal(t, []string{c.ID()}, idsOf(paged.Items))
	})
}

func idsOf(list []*moves.Move) []string {
	var out []string
	for _, m := range list {
		out = append(out, m.ID())
	}
	return out
}

func TestMovesDuplicateAndProfiles(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		repo := store.NewMoves(db)
		personID, profileID := addProfile(t, db, "")
		_, otherProfile := addProfile(t, db, "2c5a3b1e-0c4d-4e7a-9a4b-1f0e2d3c4b01") // category A: not movable
		first := newMove(t, "AAA1234A", kirkmc, bsi, profileID, moveDay, time.Now().UTC())
		require.NoError(t, repo.Create(ctx, first))

		second := newMove(t, "CCC1234C", kirkmc, bsi, profileID, moveDay, time.Now().UTC())
		id, err := repo.Duplicate(ctx, second.Snapshot(), personID)
		require.NoError(t, err)
		assert.Equal(t, first.ID(), id)
		otherDay := newMove(t, "CCC1234C", kirkmc, bsi, profileID, moveDay.AddDate(0, 0, 1), time.Now().UTC())
		id, err = repo.Duplicate(ctx, otherDay.Snapshot(), personID)
		require.NoError(t, err)
		assert.Empty(t, id)

		profiles := store.NewMoveProfiles(db)
		p, err := profiles.MoveProfile(ctx, profileID)
		require.NoError(t, err)
		assert.Equal(t, moves.Profile{ID: profileID, PersonID: personID, MoveSupported: true}, p)
		p, err = profiles.MoveProfile(ctx, otherProfile)
		require.NoError(t, err)
		assert.False(t, p.MoveSupported)
		_, err = profiles.MoveProfile(ctx, uuid.NewString())
		assert.True(t, apperr.Is(err, apperr.NotFound))
	})
}

func TestIdempotencyKeys(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		keys := store.NewIdempotencyKeys(db)
		now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
		rec := idempotency.Record{Key: "k1", Fingerprint: "fp", CreatedAt: now}
		held, err := keys.Reserve(ctx, rec)
		require.NoError(t, err)
		assert.Nil(t, held, "first use reserves the key")

		held, err = keys.Reserve(ctx, idempotency.Record{Key: "k1", Fingerprint: "other", CreatedAt: now})
		require.NoError(t, err)
		require.NotNil(t, held)
		assert.Equal(t, "fp", held.Fingerprint)
		assert.Nil(t, held.Response, "still running")

		require.NoError(t, keys.Complete(ctx, "k1", idempotency.Response{Status: 201, ContentType: "application/vnd.api+json", Body: []byte(`{"data":{}}`)}))
		held, err = keys.Reserve(ctx, rec)
		require.NoError(t, err)
		require.NotNil(t, held.Response)
		assert.Equal(t, idempotency.Response{Status: 201, ContentType: "application/vnd.api+json", Body: []byte(`{"data":{}}`)}, *held.Response)

		later := idempotency.Record{Key: "k1", Fingerprint: "new", CreatedAt: now.Add(13 * time.Hour)}
		require.NoError(t, keys.Replace(ctx, *held, later))
		err = keys.Replace(ctx, *held, later)
		assert.True(t, apperr.Is(err, apperr.Conflict), "a stale record cannot be replaced twice: %v", err)

		require.NoError(t, keys.Release(ctx, "k1"))
		held, err = keys.Reserve(ctx, rec)
		require.NoError(t, err)
		assert.Nil(t, held, "released keys are free again")
	})
}

// Two instances racing with one key: exactly one reserves it.
func TestIdempotencyKeysConcurrentReserve(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		keys := store.NewIdempotencyKeys(db)
		var wg sync.WaitGroup
		won := make([]bool, 8)
		for i := range won {
			wg.Add(1)
			go func() {
				defer wg.Done()
				held, err := keys.Reserve(context.Background(), idempotency.Record{Key: "race", Fingerprint: "fp", CreatedAt: time.Now().UTC()})
				assert.NoError(t, err)
				won[i] = held == nil
			}()
		}
		wg.Wait()
		n := 0
		for _, w := range won {
			if w {
				n++
			}
		}
		assert.Equal(t, 1, n)
	})
}

func TestCachedLocations(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		cache := store.NewCachedLocations(store.NewLocations(db), time.Hour)
		first, err := cache.Get(ctx, bsi)
		require.NoError(t, err)
		_, err = db.ExecContext(ctx, "UPDATE locations SET title = 'RENAMED' WHERE id = ?", bsi)
		require.NoError(t, err)
		again, err := cache.Get(ctx, bsi)
		require.NoError(t, err)
		assert.Equal(t, first, again, "served from the cache")
		_, err = cache.Get(ctx, uuid.NewString())
		assert.True(t, apperr.Is(err, apperr.NotFound))
		fresh := store.NewCachedLocations(store.NewLocations(db), time.Hour)
		loc, err := fresh.Get(ctx, bsi)
		require.NoError(t, err)
		assert.Equal(t, "RENAMED", loc.Title)
	})
}
