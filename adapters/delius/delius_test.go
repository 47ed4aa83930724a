package delius_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/delius"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store/storetest"
	"github.com/ministryofjustice/hmpps-backbone/core/casenotes"
)

var now = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

// open returns a fresh database with the app and Delius schemas side by side.
func open(t *testing.T, engine store.Engine) (*store.DB, *delius.Writer) {
	t.Helper()
	db := storetest.Open(t, engine)
	require.NoError(t, db.MigrateDeliusUp(context.Background()))
	require.NoError(t, db.MigrateDeliusUp(context.Background()), "migrating twice is a no-op")
	return db, delius.New(db, delius.WithClock(func() time.Time { return now }))
}

// each runs a subtest per engine, in parallel.
func each(t *testing.T, test func(t *testing.T, db *store.DB, w *delius.Writer)) {
	t.Helper()
	for _, engine := range storetest.Engines(t) {
		t.Run(string(engine), func(t *testing.T) {
			t.Parallel()
			db, w := open(t, engine)
			test(t, db, w)
		})
	}
}

func ptr[T any](v T) *T { return &v }

func london(y int, m time.Month, d, h, min, s int) time.Time {
	return time.Date(y, m, d, h, min, s, 0, casenotes.London)
}

// existsInDelius is the case note of fixture case-note-exists-in-delius.json,
// whose contact the seed put on the wrong case (PREVIOUS, X99901).
func existsInDelius() casenotes.Item {
	return casenotes.FromCaseNote(casenotes.CaseNote{
		ID: "0ec15f8b-6b57-471f-b02a-c89169a6a3e5", LegacyID: ptr[int64](1111), OffenderIdentifier: "AA0001A",
		Type: "GEN", SubType: "OSE", CreatedAt: london(2022, 10, 18, 8, 19, 19), OccurredAt: london(2022, 10, 18, 8, 0, 0),
		AuthorName: "John Smith", Text: "Case note text", LocationID: "LEI",
		Amendments: []casenotes.Amendment{{CreatedAt: ptr(london(2022, 10, 19, 11, 12, 13)), AuthorName: "Ann Other", Text: "Amended text"}},
	})
}

// newToDelius is the case note of fixture case-note-new-to-delius.json.
func newToDelius() casenotes.Item {
	return casenotes.FromCaseNote(casenotes.CaseNote{
		ID: "2cf4f9e1-df22-49a1-a2a7-5968a96529e3", LegacyID: ptr[int64](2222), OffenderIdentifier: "AA0001A",
		Type: "NEG", SubType: "IEP_WARN", CreatedAt: london(2022, 10, 18, 8, 19, 19), OccurredAt: london(2022, 10, 18, 8, 19, 19),
		AuthorName: "John Smith", Text: "Warned about behaviour", LocationID: "LEI",
	})
}

func alert(uuid string, active bool, author string) casenotes.Item {
	a := casenotes.Alert{
		UUID: uuid, PrisonNumber: "AA0001A", TypeCode: "V", TypeDescription: "Vulnerability", Code: "OVI", CodeDescription: "Victim of intimidation",
		Description: "Alert description", ActiveFrom: time.Date(2025, 2, 27, 0, 0, 0, 0, time.UTC), IsActive: active,
		CreatedAt: london(2025, 2, 28, 14, 38, 30), CreatedByDisplayName: "John Smith", PrisonCodeWhenCreated: "LEI",
	}
	if !active {
		a.ActiveTo = ptr(time.Date(2025, 2, 28, 0, 0, 0, 0, time.UTC))
		a.LastModifiedAt, a.LastModifiedByDisplayName = ptr(london(2025, 2, 28, 15, 0, 0)), author
	}
	item, err := casenotes.FromAlert(a)
	if err != nil {
		panic(err)
	}
	return item
}

func auditCount(t *testing.T, db *store.DB, dpsID string) int {
	t.Helper()
	n, err := db.NewSelect().Table("delius_audited_interaction").Where("parameters LIKE ?", "dpsId="+dpsID+",%").Count(context.Background())
	require.NoError(t, err)
	return int(n)
}

// Scenario 1: the contact of a case note is on the wrong case; it moves, and
// the case it left gets a data-cleanse note.
func TestUpdateExistingCaseNoteAttachedToTheWrongOffender(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, db *store.DB, w *delius.Writer) {
		ctx := context.Background()
		item := existsInDelius()
		res, err := w.Merge(ctx, item)
		require.NoError(t, err)
		assert.Equal(t, casenotes.Result{CRN: "X00005", NOMS: "AA0001A", Action: casenotes.Moved, FromCRN: "X99901"}, res)
		require.NoError(t, w.DataCleanse(ctx, res.FromCRN))

		c, err := w.ContactByURN(ctx, item.URN())
		require.NoError(t, err)
		require.NotNil(t, c)
		assert.Equal(t, int64(1), c.ContactID, "the same row moves")
		assert.Equal(t, "X00005", c.CRN)
		assert.Equal(t, "GEN OSE\nCase note text\n[Ann Other updated the case notes on 19/10/2022 11:12:13]\nAmended text", c.Notes)
		assert.Equal(t, "NOMISD", c.Type)
		assert.Equal(t, ptr("NOMIS Case Note - GEN - OSE"), c.Description)
		assert.Equal(t, int64(2), c.RowVersion)

		previous, err := w.ContactsByCRN(ctx, "X99901")
		require.NoError(t, err)
		require.Len(t, previous, 1)
		assert.Nil(t, previous[0].ExternalReference)
		assert.Equal(t, casenotes.DataCleanseContactType, previous[0].Type)
		assert.Equal(t, ptr("Data Cleanse"), previous[0].Description)
		assert.Contains(t, previous[0].Notes, "case notes from Prison associated with a NOMS number that had been mistakenly associated with this case record were removed.")
		assert.Equal(t, "N54A005", previous[0].StaffCode, "recorded against the offender manager")
		assert.Equal(t, 1, auditCount(t, db, item.UUID))
	})
}

// Scenario 2: a new case note becomes a contact linked to the NSI of its type.
func TestCreateNewCaseNote(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, db *store.DB, w *delius.Writer) {
		ctx := context.Background()
		item := newToDelius()
		res, err := w.Merge(ctx, item)
		require.NoError(t, err)
		assert.Equal(t, casenotes.Created, res.Action)

		c, err := w.ContactByURN(ctx, "urn:uk:gov:hmpps:prison-case-note:2cf4f9e1-df22-49a1-a2a7-5968a96529e3")
		require.NoError(t, err)
		require.NotNil(t, c)
		assert.Equal(t, "X00005", c.CRN)
		assert.Equal(t, "CNT1", c.Type)
		assert.Nil(t, c.Description, "a mapped case-note type has no description")
		assert.Equal(t, "NEG IEP_WARN\nWarned about behaviour", c.Notes)
		assert.Equal(t, ptr[int64](1), c.EventID, "the NSI's event")
		assert.Equal(t, ptr[int64](1), c.NSIID, "the event-level NSI of the mapped type")
		assert.Equal(t, ptr[int64](2222), c.NomisCaseNoteID)
		assert.Equal(t, "LEIA000", c.StaffCode, "a new staff member with the area's first officer code")
		assert.Equal(t, "John", c.StaffForename)
		assert.Equal(t, "LEICSN", c.TeamCode)
		assert.Equal(t, "LEI", c.ProbationArea)
		assert.Equal(t, casenotes.ServiceUser, c.CreatedBy)
		assert.Equal(t, casenotes.ServiceUser, c.LastUpdatedBy)
		assert.Equal(t, "2022-10-18", c.Date.Format(time.DateOnly))
		assert.True(t, london(2022, 10, 18, 8, 19, 19).Equal(c.StartTime), "start %s", c.StartTime)
		assert.Equal(t, "N", c.Sensitive)
		assert.Equal(t, 1, auditCount(t, db, item.UUID))
	})
}

// Scenario 4: resettlement passport case notes get their pathway description.
func TestResettlementPassportCaseNote(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, _ *store.DB, w *delius.Writer) {
		ctx := context.Background()
		item := casenotes.FromCaseNote(casenotes.CaseNote{
			ID: "6c7bbf1b-9c0a-4ad7-9a43-3a7dcd5b2d41", LegacyID: ptr[int64](3333), OffenderIdentifier: "AA0001A",
			Type: "RESET", SubType: "BCST", CreatedAt: london(2024, 1, 2, 10, 0, 0), OccurredAt: london(2024, 1, 2, 9, 0, 0),
			AuthorName: "John Smith", Text: "Case note summary from Accommodation report", LocationID: "LEI",
		})
		_, err := w.Merge(ctx, item)
		require.NoError(t, err)
		c, err := w.ContactByURN(ctx, item.URN())
		require.NoError(t, err)
		require.NotNil(t, c)
		assert.Equal(t, "BCSP2", c.Type)
		assert.Equal(t, ptr("BCST case note for Accommodation"), c.Description)
		assert.Equal(t, ptr[int64](1), c.EventID, "the only custodial event")
		assert.Nil(t, c.NSIID, "RESET BCST maps to no NSI type")
		assert.Equal(t, "LEIA000", c.StaffCode)
	})
}

// Scenarios 7-9: alerts, one contact per state.
func TestAlerts(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, _ *store.DB, w *delius.Writer) {
		ctx := context.Background()

		created := alert("01954cfe-9f5a-7ea3-837b-a1770b389c5b", true, "")
		_, err := w.Merge(ctx, created)
		require.NoError(t, err)
		c, err := w.ContactByURN(ctx, "urn:uk:gov:hmpps:prisoner-alert:active:01954cfe-9f5a-7ea3-837b-a1770b389c5b")
		require.NoError(t, err)
		require.NotNil(t, c)
		assert.Equal(t, "2025-02-27", c.Date.Format(time.DateOnly), "activeFrom")
		assert.Equal(t, "ALERT ACTIVE\nAlert Vulnerability and Victim of intimidation made active.\nAlert description", c.Notes)
		assert.Equal(t, "CNT2", c.Type)
		assert.Equal(t, ptr("NOMIS Alert Vulnerability and Victim of intimidation made active."), c.Description)
		assert.Equal(t, "John", c.StaffForename)
		assert.Nil(t, c.EventID, "alerts link to no event")

		// Updated to inactive: the seeded active contact stays, an inactive one is added.
		active, err := w.ContactByURN(ctx, "urn:uk:gov:hmpps:prisoner-alert:active:424e52e8-1971-4622-8d2d-4b4466c771fd")
		require.NoError(t, err)
		require.NotNil(t, active)
		_, err = w.Merge(ctx, alert("424e52e8-1971-4622-8d2d-4b4466c771fd", false, "Jane Doe"))
		require.NoError(t, err)
		inactive, err := w.ContactByURN(ctx, "urn:uk:gov:hmpps:prisoner-alert:inactive:424e52e8-1971-4622-8d2d-4b4466c771fd")
		require.NoError(t, err)
		require.NotNil(t, inactive)
		assert.NotEqual(t, active.ContactID, inactive.ContactID)
		assert.Equal(t, "2025-02-28", inactive.Date.Format(time.DateOnly), "activeTo")
		assert.Contains(t, inactive.Notes, "ALERT INACTIVE")
		assert.Contains(t, inactive.Notes, "Alert description")
		assert.Equal(t, "NOMISD", inactive.Type, "ALERT INACTIVE is not mapped")
		assert.Equal(t, "Jane", inactive.StaffForename)
		after, err := w.ContactByURN(ctx, *active.ExternalReference)
		require.NoError(t, err)
		assert.Equal(t, active.Notes, after.Notes, "the active contact is untouched")

		// Made inactive (scenario 9).
		_, err = w.Merge(ctx, alert("62c811b1-f3f2-432f-abbd-ca06b9190d4d", false, "John Smith"))
		require.NoError(t, err)
		made, err := w.ContactByURN(ctx, "urn:uk:gov:hmpps:prisoner-alert:inactive:62c811b1-f3f2-432f-abbd-ca06b9190d4d")
		require.NoError(t, err)
		require.NotNil(t, made)
		assert.Equal(t, "2025-02-28", made.Date.Format(time.DateOnly))
		assert.Equal(t, "John", made.StaffForename)
	})
}

func TestMergeIsIdempotentAndUpdatesOnlyWhenNewer(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, db *store.DB, w *delius.Writer) {
		ctx := context.Background()
		item := newToDelius()
		item.Content = "A long first version of the text"
		var actions []casenotes.Action
		for range 3 {
			res, err := w.Merge(ctx, item)
			require.NoError(t, err)
			actions = append(actions, res.Action)
		}
		assert.Equal(t, []casenotes.Action{casenotes.Created, casenotes.Unchanged, casenotes.Unchanged}, actions)
		all, err := w.ContactsByNOMS(ctx, "AA0001A")
		require.NoError(t, err)
		assert.Len(t, all, 2, "the new contact and the seeded alert contact")
		assert.Equal(t, 1, auditCount(t, db, item.UUID), "nothing audited when nothing changed")

		newer := item
		newer.Content, newer.SystemTime = "Short", item.SystemTime.Add(time.Second)
		newer.ContactTime = london(2022, 10, 20, 7, 0, 0)
		res, err := w.Merge(ctx, newer)
		require.NoError(t, err)
		assert.Equal(t, casenotes.Updated, res.Action)
		c, err := w.ContactByURN(ctx, item.URN())
		require.NoError(t, err)
		assert.Equal(t, "NEG IEP_WARN\nShort"+strings.Repeat(" ", len("A long first version of the text")-len("Short")), c.Notes, "never shorter")
		assert.Equal(t, "2022-10-20", c.Date.Format(time.DateOnly))
		assert.True(t, newer.SystemTime.Equal(c.LastUpdated))
		assert.Equal(t, int64(2), c.RowVersion)
		assert.Equal(t, 2, auditCount(t, db, item.UUID))

		older := item
		older.Content, older.SystemTime = "Stale", item.SystemTime.Add(-time.Hour)
		res, err = w.Merge(ctx, older)
		require.NoError(t, err)
		assert.Equal(t, casenotes.Unchanged, res.Action)
	})
}

func TestPreDPSContactIsClaimedByLegacyID(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, db *store.DB, w *delius.Writer) {
		ctx := context.Background()
		// A contact written before DPS: keyed by NOMIS id, no URN, changed after the case note.
		_, err := db.ExecContext(ctx, `UPDATE delius_contact SET external_reference = NULL, offender_id = 1, last_updated_datetime = ? WHERE contact_id = 1`,
			time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		require.NoError(t, err)
		item := existsInDelius()
		item.ContactTime = london(2026, 6, 1, 9, 0, 0) // within the last year, so it qualifies
		res, err := w.Merge(ctx, item)
		require.NoError(t, err)
		assert.Equal(t, casenotes.Updated, res.Action)
		c, err := w.ContactByURN(ctx, item.URN())
		require.NoError(t, err)
		require.NotNil(t, c)
		assert.Equal(t, int64(1), c.ContactID)
		assert.Equal(t, "GEN OSE\nRecorded against the wrong case", c.Notes, "only the URN is stamped")
	})
}

func TestMergeFailures(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, _ *store.DB, w *delius.Writer) {
		ctx := context.Background()
		unknown := newToDelius()
		unknown.NOMS = "Z9999ZZ"
		_, err := w.Merge(ctx, unknown)
		assert.True(t, casenotes.IsOffenderNotFound(err), "%v", err)

		nowhere := newToDelius()
		nowhere.Establishment = "XYZ"
		_, err = w.Merge(ctx, nowhere)
		require.Error(t, err)
		assert.False(t, casenotes.IsOffenderNotFound(err))
		assert.Contains(t, err.Error(), "probation area not found for NOMIS institution: XYZ")

		short := newToDelius()
		short.Establishment = "LE"
		_, err = w.Merge(ctx, short)
		assert.ErrorIs(t, err, casenotes.ErrInvalidEstablishment)

		all, err := w.ContactsByNOMS(ctx, "AA0001A")
		require.NoError(t, err)
		assert.Len(t, all, 1, "only the seeded contact: failures write nothing")
	})
}

func TestPersonMatching(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, db *store.DB, w *delius.Writer) {
		ctx := context.Background()
		item := newToDelius()
		item.NOMS = "A9999ZZ" // PREVIOUS

		_, err := db.ExecContext(ctx, "UPDATE delius_offender SET soft_deleted = 1 WHERE crn = 'X99901'")
		require.NoError(t, err)
		_, err = w.Merge(ctx, item)
		assert.True(t, casenotes.IsOffenderNotFound(err), "a soft-deleted offender is not a match: %v", err)

		_, err = db.ExecContext(ctx, "UPDATE delius_offender SET soft_deleted = 0 WHERE crn = 'X99901'")
		require.NoError(t, err)
		_, err = db.ExecContext(ctx, "INSERT INTO delius_offender (offender_id, crn, noms_number, first_name, surname) VALUES (99, 'X99902', 'A9999ZZ', 'Dup', 'Licate')")
		require.NoError(t, err)
		_, err = w.Merge(ctx, item)
		require.Error(t, err)
		assert.False(t, casenotes.IsOffenderNotFound(err), "two matches is an error to retry, not a person to skip")
		assert.Contains(t, err.Error(), "2 offenders have NOMS number A9999ZZ")
	})
}

func TestDataCleanseNeedsACurrentOffenderManager(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, db *store.DB, w *delius.Writer) {
		ctx := context.Background()
		_, err := db.ExecContext(ctx, "UPDATE delius_offender_manager SET active_flag = 0 WHERE offender_id = 3")
		require.NoError(t, err)
		require.NoError(t, w.DataCleanse(ctx, "X99901"))
		all, err := w.ContactsByCRN(ctx, "X99901")
		require.NoError(t, err)
		assert.Len(t, all, 1, "only the seeded case-note contact")
	})
}

// The original could race two first inserts of one URN into two contacts;
// the unique external reference turns the loser into a retry.
func TestConcurrentMergesOfOneURNLeaveOneContact(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, db *store.DB, w *delius.Writer) {
		ctx := context.Background()
		other := delius.New(db, delius.WithClock(func() time.Time { return now })) // a second worker process
		item := newToDelius()
		var wg sync.WaitGroup
		errs := make([]error, 8)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				writer := w
				if i%2 == 1 {
					writer = other
				}
				_, errs[i] = writer.Merge(ctx, item)
			}()
		}
		wg.Wait()
		for _, err := range errs {
			assert.NoError(t, err)
		}
		var n int
		require.NoError(t, db.NewRaw("SELECT COUNT(*) FROM delius_contact WHERE external_reference = ?", item.URN()).Scan(ctx, &n))
		assert.Equal(t, 1, n)
		require.NoError(t, db.NewRaw("SELECT COUNT(*) FROM delius_staff WHERE forename = 'John' AND surname = 'Smith'").Scan(ctx, &n))
		assert.Equal(t, 1, n, "one staff member created")
	})
}

func TestStaffGetTheNextOfficerCodes(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, _ *store.DB, w *delius.Writer) {
		ctx := context.Background()
		var codes []string
		for i, author := range []string{"Amy Able", "Ben Baker", "amy able"} {
			item := newToDelius()
			item.UUID, item.LegacyID = fmt.Sprintf("00000000-0000-0000-0000-00000000000%d", i), nil
			item.Staff = casenotes.FromCaseNote(casenotes.CaseNote{AuthorName: author}).Staff
			_, err := w.Merge(ctx, item)
			require.NoError(t, err)
			c, err := w.ContactByURN(ctx, item.URN())
			require.NoError(t, err)
			codes = append(codes, c.StaffCode)
		}
		assert.Equal(t, []string{"LEIA000", "LEIA001", "LEIA000"}, codes, "names match case-insensitively")
	})
}

// Merges hold one pooled connection each for their transaction and take
// sequence ids outside it, before it starts: with more concurrent merges
// than connections, none waits for a connection while holding one.
func TestConcurrentMergesOnASmallPoolDoNotDeadlock(t *testing.T) {
	t.Parallel()
	each(t, func(t *testing.T, db *store.DB, w *delius.Writer) {
		if db.Engine == store.Postgres { // SQLite has its one connection already
			db.SetMaxOpenConns(2)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		var wg sync.WaitGroup
		const n = 12
		errs := make([]error, n)
		for i := range n {
			wg.Go(func() {
				item := newToDelius()
				item.UUID = fmt.Sprintf("00000000-0000-4000-8000-%012d", i)
				item.LegacyID = nil
				_, errs[i] = w.Merge(ctx, item)
			})
		}
		wg.Wait()
		for i, err := range errs {
			require.NoError(t, err, "merge %d", i)
		}
		n2, err := db.NewSelect().Table("delius_contact").Where("external_reference LIKE ?", "urn:uk:gov:hmpps:prison-case-note:00000000-0000-4000-8000-%").Count(ctx)
		require.NoError(t, err)
		assert.Equal(t, n, int(n2))
	})
}
