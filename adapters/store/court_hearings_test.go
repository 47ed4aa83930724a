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
	"github.com/ministryofjustice/hmpps-backbone/core/courthearings"
)

func TestCourtHearingsRoundTrip(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		repo := store.NewCourtHearings(db)
		now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
		caseID, saved := int64(4232423), true
		full, err := courthearings.New(uuid.NewString(), storedMove(t, db), courthearings.Details{
			StartTime: now.Add(time.Hour), CaseStartDate: &moveDay, CaseNumber: "T32423423423", NomisCaseID: &caseID,
			CaseType: "Adult", Comments: "witness", SavedToNomis: &saved,
		}, now)
		require.NoError(t, err)
		bare, err := courthearings.New(uuid.NewString(), "", courthearings.Details{StartTime: now}, now)
		require.NoError(t, err)
		for _, h := range []*courthearings.CourtHearing{full, bare} {
			require.NoError(t, repo.Create(ctx, h))
			got, err := repo.Get(ctx, h.ID())
			require.NoError(t, err)
			assert.Equal(t, h.Snapshot(), got.Snapshot())
		}
		_, err = repo.Get(ctx, uuid.NewString())
		assert.True(t, apperr.Is(err, apperr.NotFound), "%v", err)
	})
}
