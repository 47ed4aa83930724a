package store_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
)

type queryCounter struct{ n atomic.Int64 }

func (c *queryCounter) BeforeQuery(ctx context.Context, _ *bun.QueryEvent) context.Context {
	c.n.Add(1)
	return ctx
}

func (c *queryCounter) AfterQuery(context.Context, *bun.QueryEvent) {}

// Listing moves with everything a list may include costs the same number of
// queries for a page of 2 as for a page of 20.
func TestMoveListWithIncludesHasAConstantQueryCount(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		repo := store.NewMoves(db)
		for i := range 20 {
			_, profileID := addProfile(t, db, "")
			m := newMove(t, fmt.Sprintf("AAA%04dA", 1000+i), kirkmc, bsi, profileID, moveDay.AddDate(0, 0, i), time.Now().UTC())
			require.NoError(t, repo.Create(ctx, m))
		}
		counter := &queryCounter{}
		counted := &store.DB{DB: db.WithQueryHook(counter), Engine: db.Engine}
		list := booking.NewListMoves(booking.MovePorts{Moves: store.NewMoves(counted)})
		load := booking.NewLoadMoveRelations(store.NewLocations(counted), store.NewReferenceData(counted), store.NewMoveRelations(counted))
		all := booking.MoveRelationKinds{Locations: true, Suppliers: true, PrisonTransferReasons: true, Profiles: true, People: true}
		queries := func(perPage int) int64 {
			start := counter.n.Load()
			page, err := list.List(ctx, moves.Filter{}, moves.Sort{By: moves.SortByDate}, paging.Request{Page: 1, PerPage: perPage})
			require.NoError(t, err)
			require.Len(t, page.Items, perPage)
			rel, err := load.Load(ctx, page.Items, all)
			require.NoError(t, err)
			assert.Len(t, rel.People, perPage)
			assert.Len(t, rel.Locations, 2)
			return counter.n.Load() - start
		}
		small := queries(2)
		assert.Positive(t, small, "the hook sees the queries")
		assert.Equal(t, small, queries(20))
	})
}
