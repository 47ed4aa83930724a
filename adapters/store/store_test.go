package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store/storetest"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
)

// Each test runs the same behaviour against every engine the store supports.
func forEachEngine(t *testing.T, test func(t *testing.T, db *store.DB)) {
	for _, engine := range storetest.Engines(t) {
		t.Run(string(engine), func(t *testing.T) {
			t.Parallel()
			test(t, storetest.Open(t, engine))
		})
	}
}

func TestLocationsFilterByAgencyAndPage(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		locs := store.NewLocations(db)

		page, err := locs.List(ctx, reference.LocationFilter{NomisAgencyIDs: []string{"mdi"}}, paging.Request{Page: 1, PerPage: 20})
		require.NoError(t, err)
		require.Len(t, page.Items, 1)
		mdi := page.Items[0]
		assert.Equal(t, "MOORLAND (HMP & YOI)", mdi.Title)
		assert.Equal(t, reference.Prison, mdi.Type)
		assert.Equal(t, []string{"869fbcd3-f2fb-4ae4-8b7b-d021f60a1791"}, mdi.SupplierIDs)
		assert.Equal(t, time.Date(2019, 4, 30, 12, 0, 0, 0, time.UTC), mdi.CreatedAt)

		prisons, err := locs.List(ctx, reference.LocationFilter{LocationTypes: []string{"prison"}}, paging.Request{Page: 2, PerPage: 2})
		require.NoError(t, err)
		assert.Equal(t, 6, prisons.Total)
		require.Len(t, prisons.Items, 2)
		// Sorted by title: BRINSFORD, ISLE OF WIGHT | LEEDS, MOORLAND | PENTONVILLE, WANDSWORTH.
		assert.Equal(t, "LEEDS (HMP)", prisons.Items[0].Title)
		assert.Equal(t, "MOORLAND (HMP & YOI)", prisons.Items[1].Title)

		bySupplier, err := locs.List(ctx, reference.LocationFilter{SupplierIDs: []string{"7f604bf6-b8f5-45fd-a694-91ddb408e6f1"}, LocationTypes: []string{"prison"}}, paging.Request{Page: 1, PerPage: 20})
		require.NoError(t, err)
		assert.Equal(t, 4, bySupplier.Total)

		yoi := true
		young, err := locs.List(ctx, reference.LocationFilter{YoungOffenderInstitution: &yoi}, paging.Request{Page: 1, PerPage: 20})
		require.NoError(t, err)
		assert.Equal(t, 3, young.Total)
	})
}

func TestLocationGet(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		locs := store.NewLocations(db)
		loc, err := locs.Get(ctx, "067c2855-fa41-493d-9c80-1311a4f7ba45")
		require.NoError(t, err)
		assert.Equal(t, "bsi", loc.Key)
		assert.True(t, loc.Active())
		require.NotNil(t, loc.Latitude)

		_, err = locs.Get(ctx, "00000000-0000-0000-0000-000000000000")
		assert.True(t, apperr.Is(err, apperr.NotFound), "got %v", err)
	})
}

func TestPeopleCreateGetList(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		repo := store.NewPeople(db)
		dob := time.Date(1995, 11, 17, 0, 0, 0, 0, time.UTC)
		now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
		fred, err := people.New("747f3914-620a-441a-847f-472c79def26c", people.Details{
			FirstNames: "FRED", LastName: "BLOGGS", DateOfBirth: &dob,
			PrisonNumber: "g8133ua", CriminalRecordsOffice: "351774/14D", PoliceNationalComputer: "14/120018R",
			GenderID: "ffac6763-26d6-4425-8005-6e5d052aed88", EthnicityID: "a4f988ba-5ebc-4b24-9dfe-b7fa0c23c30e",
		}, now)
		require.NoError(t, err)
		require.NoError(t, repo.Create(ctx, fred))

		got, err := repo.Get(ctx, fred.ID)
		require.NoError(t, err)
		assert.Equal(t, fred, got)
		assert.Equal(t, "G8133UA", got.PrisonNumber)

		for _, f := range []people.Filter{
			{PrisonNumbers: []string{"G8133UA"}},
			{PoliceNationalComputers: []string{"14/120018r", "99/1Z"}},
			{CriminalRecordsOffices: []string{"351774/14d"}},
		} {
			page, err := repo.List(ctx, f, paging.Request{Page: 1, PerPage: 20})
			require.NoError(t, err)
			require.Equal(t, 1, page.Total, "filter %+v", f)
			assert.Equal(t, fred.ID, page.Items[0].ID)
		}
		none, err := repo.List(ctx, people.Filter{PrisonNumbers: []string{"A0000AA"}}, paging.Request{Page: 1, PerPage: 20})
		require.NoError(t, err)
		assert.Zero(t, none.Total)

		_, err = repo.Get(ctx, "00000000-0000-0000-0000-000000000000")
		assert.True(t, apperr.Is(err, apperr.NotFound))
	})
}

func TestMigrationsRollBackAndReapply(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		for range 2 {
			require.NoError(t, db.MigrateDown(ctx))
		}
		require.NoError(t, db.MigrateUp(ctx))
		page, err := store.NewLocations(db).List(ctx, reference.LocationFilter{}, paging.Request{Page: 1, PerPage: 1})
		require.NoError(t, err)
		assert.Positive(t, page.Total)
	})
}

func TestReferenceDataLookups(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		ref := store.NewReferenceData(db)
		male, err := ref.Item(ctx, "genders", "ffac6763-26d6-4425-8005-6e5d052aed88")
		require.NoError(t, err)
		assert.Equal(t, "M", male.NomisCode)
		w1, err := ref.Item(ctx, "ethnicities", "a4f988ba-5ebc-4b24-9dfe-b7fa0c23c30e")
		require.NoError(t, err)
		assert.Equal(t, "W1", w1.Key)
		_, err = ref.Item(ctx, "genders", "00000000-0000-0000-0000-000000000000")
		assert.True(t, apperr.Is(err, apperr.NotFound))
		_, err = ref.Item(ctx, "people; DROP TABLE people", "x")
		assert.Error(t, err)

		serco, err := ref.Supplier(ctx, "869fbcd3-f2fb-4ae4-8b7b-d021f60a1791")
		require.NoError(t, err)
		assert.Equal(t, "serco", serco.Key)
		byKey, err := ref.SupplierByKey(ctx, "geoamey")
		require.NoError(t, err)
		assert.Equal(t, "7f604bf6-b8f5-45fd-a694-91ddb408e6f1", byKey.ID)
		_, err = ref.SupplierByKey(ctx, "nobody")
		assert.True(t, apperr.Is(err, apperr.NotFound))
	})
}

func TestReferenceLists(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		ref := store.NewReferenceData(db)
		for list, want := range map[string]int{"genders": 5, "ethnicities": 10, "prison_transfer_reasons": 7} {
			items, err := ref.Items(ctx, list)
			require.NoError(t, err, list)
			assert.Len(t, items, want, list)
		}
		reason, err := ref.Item(ctx, "prison_transfer_reasons", "1de93692-461f-5355-9e4d-9a0b673daf15")
		require.NoError(t, err)
		assert.Equal(t, "sentence_planning", reason.Key)

		all, err := ref.AssessmentQuestions(ctx, "")
		require.NoError(t, err)
		assert.Len(t, all, 18)
		health, err := ref.AssessmentQuestions(ctx, reference.HealthQuestions)
		require.NoError(t, err)
		assert.Len(t, health, 7)
		q, err := ref.AssessmentQuestion(ctx, "f2db9a8f-a5a9-40cf-875b-d1f5f62b2497")
		require.NoError(t, err)
		assert.Equal(t, "escape", q.Key)
		_, err = ref.AssessmentQuestion(ctx, "00000000-0000-0000-0000-000000000000")
		assert.True(t, apperr.Is(err, apperr.NotFound))

		cats, err := ref.Categories(ctx)
		require.NoError(t, err)
		require.Len(t, cats, 7)
		a, err := ref.CategoryByKey(ctx, "A")
		require.NoError(t, err)
		assert.False(t, a.MoveSupported)

		suppliers, err := ref.Suppliers(ctx)
		require.NoError(t, err)
		assert.Equal(t, []string{"geoamey", "serco"}, []string{suppliers[0].Key, suppliers[1].Key})
	})
}

func TestProfilesCreateGetUpdate(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
		person, err := people.New("747f3914-620a-441a-847f-472c79def26c", people.Details{FirstNames: "FRED", LastName: "BLOGGS"}, now)
		require.NoError(t, err)
		require.NoError(t, store.NewPeople(db).Create(ctx, person))

		expires := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
		profile := people.Profile{
			ID: "da8e9326-a417-434a-b67e-66a4e15078d4", PersonID: person.ID, CategoryID: "9442611a-a396-4713-95a9-6fe0ffd012a5", CSRA: "Standard",
			AssessmentAnswers: []people.AssessmentAnswer{{
				QuestionID: "f2db9a8f-a5a9-40cf-875b-d1f5f62b2497", Category: reference.RiskQuestions, Key: "escape", Title: "Escape",
				Comments: "Former escapee", CreatedAt: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), ExpiresAt: &expires,
				NomisAlertCode: "XEL", NomisAlertType: "X", ImportedFromNomis: true,
			}},
			CreatedAt: now, UpdatedAt: now,
		}
		profiles := store.NewProfiles(db)
		require.NoError(t, profiles.Create(ctx, profile))
		got, err := profiles.Get(ctx, profile.ID)
		require.NoError(t, err)
		assert.Equal(t, profile, got)

		withProfile, err := store.NewPeople(db).Get(ctx, person.ID)
		require.NoError(t, err)
		assert.Equal(t, []string{profile.ID}, withProfile.ProfileIDs)

		updated, err := profiles.Update(ctx, profile.ID, func(p *people.Profile) error {
			p.AssessmentAnswers = nil
			p.RequiresYouthRiskAssessment = true
			return nil
		})
		require.NoError(t, err)
		assert.Empty(t, updated.AssessmentAnswers)
		got, err = profiles.Get(ctx, profile.ID)
		require.NoError(t, err)
		assert.True(t, got.RequiresYouthRiskAssessment)
		assert.Empty(t, got.AssessmentAnswers)

		_, err = profiles.Update(ctx, profile.ID, func(*people.Profile) error { return apperr.New(apperr.NotFound, "not this person's") })
		assert.True(t, apperr.Is(err, apperr.NotFound))
		_, err = profiles.Get(ctx, "00000000-0000-0000-0000-000000000000")
		assert.True(t, apperr.Is(err, apperr.NotFound))
	})
}
