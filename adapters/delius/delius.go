// Package delius writes prison case notes and alerts into a Delius-shaped
// contact log (the delius_* tables of migrations/delius), on PostgreSQL or
// SQLite. It implements ports.DeliusContacts; the rules (what to create, update or
// move, the notes text, the URN) are core/casenotes', the lookups and the
// transactions are here.
package delius

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/ttlcache"
	"github.com/ministryofjustice/hmpps-backbone/core/casenotes"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

var _ ports.DeliusContacts = (*Writer)(nil)

// maxAttempts bounds the retries of one merge after a lost race (the same
// URN inserted concurrently, a row updated under us, an officer code taken)
// or after creating the staff member the contact needs.
const maxAttempts = 4

// Writer implements ports.DeliusContacts.
type Writer struct {
	db  *store.DB
	now func() time.Time

	// staffLocks serialises staff creation per probation area in this process,
	// as the original does, so one author is not created twice by two
	// workers; the unique officer code catches other processes.
	staffLocks sync.Map // probation area id -> *sync.Mutex

	refMu                        sync.Mutex
	serviceUserID, interactionID int64 // set once loaded; both are non-zero then

	seqMu sync.Mutex
	seqs  map[string]idRange // by sequence name

	// Reference data (contact types by NOMIS type, probation areas and
	// teams by prison) is read once per referenceTTL, not on every merge:
	// it changes rarely, and the lookups were a third of a merge's queries.
	contactTypes *ttlcache.Cache[string, contactType]
	areas        *ttlcache.Cache[string, area]
}

// referenceTTL is how long a reference-data lookup is reused.
const referenceTTL = time.Minute

// Option configures a Writer.
type Option func(*Writer)

// WithClock sets the clock (default time.Now).
func WithClock(now func() time.Time) Option { return func(w *Writer) { w.now = now } }

// New builds a writer on db, whose Delius schema must be migrated (store.DB.MigrateDeliusUp).
func New(db *store.DB, opts ...Option) *Writer {
	w := &Writer{db: db, now: time.Now, seqs: map[string]idRange{},
		contactTypes: ttlcache.New[string, contactType](referenceTTL, time.Now),
		areas:        ttlcache.New[string, area](referenceTTL, time.Now),
	}
	for _, o := range opts {
		o(w)
	}
	return w
}

// errConflict marks a lost race: retrying the merge sees the winner's work.
var errConflict = errors.New("concurrent change")

// needStaff asks Merge to create the staff member a new contact is recorded
// against, outside the item's transaction, then try again.
type needStaff struct {
	area  area
	staff casenotes.StaffName
}

func (e *needStaff) Error() string {
	return fmt.Sprintf("no staff %s %s in probation area %s", e.staff.Forename, e.staff.Surname, e.area.Code)
}

// Merge implements ports.DeliusContacts: one transaction per item.
func (w *Writer) Merge(ctx context.Context, item casenotes.Item) (casenotes.Result, error) {
	if err := w.loadReference(ctx); err != nil {
		return casenotes.Result{}, err
	}
	var err error
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		var res casenotes.Result
		res, err = w.mergeOnce(ctx, item)
		var missing *needStaff
		switch {
		case errors.As(err, &missing):
			if err = w.createStaff(ctx, missing.area, missing.staff); err != nil && !errors.Is(err, errConflict) {
				return casenotes.Result{}, err
			}
		case errors.Is(err, errConflict):
		default:
			return res, err
		}
	}
	return casenotes.Result{}, fmt.Errorf("merge %s: gave up after %d attempts: %w", item.URN(), maxAttempts, err)
}

func (w *Writer) mergeOnce(ctx context.Context, item casenotes.Item) (res casenotes.Result, err error) {
	// Ids come before the transaction (see nextID); those it does not use are gaps.
	newContactID, err := w.nextID(ctx, "contact_id_seq")
	if err != nil {
		return res, err
	}
	auditID, err := w.nextID(ctx, "audited_interaction_id_seq")
	if err != nil {
		return res, err
	}
	err = w.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		off, err := findOffender(ctx, tx, item.NOMS)
		if err != nil {
			return err
		}
		existing, err := findExisting(ctx, tx, item)
		if err != nil {
			return err
		}
		now := w.now()
		var ex *casenotes.Existing
		if existing != nil {
			ex = &casenotes.Existing{
				NOMS: deref(existing.NOMSNumber), ExternalReference: deref(existing.ExternalReference),
				Notes: existing.Notes, LastUpdated: existing.LastUpdatedDatetime,
			}
		}
		res = casenotes.Result{CRN: off.CRN, NOMS: item.NOMS}
		var contactID int64
		switch casenotes.Decide(ex, item, now) {
		case casenotes.Create:
			row, err := w.build(ctx, tx, off, item)
			if err != nil {
				return err
			}
			row.ContactID = newContactID
			if _, err := tx.NewInsert().Model(row).Exec(ctx); err != nil {
				return classify(err)
			}
			contactID, res.Action = row.ContactID, casenotes.Created
		case casenotes.Move:
			row, err := w.build(ctx, tx, off, item)
			if err != nil {
				return err
			}
			row.ContactID, row.RowVersion = existing.ContactID, existing.RowVersion+1
			r, err := tx.NewUpdate().Model(row).WherePK().Where("row_version = ?", existing.RowVersion).Exec(ctx)
			if err := checkUpdated(r, err); err != nil {
				return err
			}
			contactID, res.Action, res.FromCRN = existing.ContactID, casenotes.Moved, existing.CRN
		case casenotes.Update:
			r, err := tx.NewUpdate().Table("delius_contact").
				Set("notes = ?", casenotes.PadNotes(item.Notes(), existing.Notes)).
				Set("contact_date = ?", civilDate(item.ContactTime)).
				Set("contact_start_time = ?", item.ContactTime.UTC()).
				Set("last_updated_datetime = ?", item.SystemTime.UTC()).
				Set("last_updated_user_id = ?", w.serviceUserID).
				Set("external_reference = ?", item.URN()).
				Set("row_version = row_version + 1").
				Where("contact_id = ? AND row_version = ?", existing.ContactID, existing.RowVersion).Exec(ctx)
			if err := checkUpdated(r, err); err != nil {
				return err
			}
			contactID, res.Action = existing.ContactID, casenotes.Updated
		case casenotes.SetReference:
			r, err := tx.NewUpdate().Table("delius_contact").
				Set("external_reference = ?", item.URN()).
				Set("row_version = row_version + 1").
				Where("contact_id = ? AND row_version = ?", existing.ContactID, existing.RowVersion).Exec(ctx)
			if err := checkUpdated(r, err); err != nil {
				return err
			}
			contactID, res.Action = existing.ContactID, casenotes.Updated
		case casenotes.OutOfSequence:
			// Delius already has this version or a newer one: nothing to write or audit.
			res.Action = casenotes.Unchanged
			return nil
		}
		return w.audit(ctx, tx, auditID, now, item.UUID, contactID)
	})
	return res, err
}

// findOffender matches the person by NOMS number, as the original: none is
// OffenderNotFound (acknowledged), more than one is an error (retried).
func findOffender(ctx context.Context, tx bun.IDB, noms string) (offender, error) {
	var offs []offender
	err := tx.NewRaw("SELECT offender_id, crn, noms_number FROM delius_offender WHERE noms_number = ? AND soft_deleted = 0", noms).Scan(ctx, &offs)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return offender{}, err
	}
	switch len(offs) {
	case 0:
		return offender{}, &casenotes.OffenderNotFoundError{NOMS: noms}
	case 1:
		return offs[0], nil
	}
	return offender{}, fmt.Errorf("%d offenders have NOMS number %s", len(offs), noms)
}

// findExisting finds the item's contact by URN, or a case note's pre-DPS
// contact by its NOMIS id. It does not lock: the update's row_version check
// and the unique URN catch concurrent changes.
func findExisting(ctx context.Context, tx bun.IDB, item casenotes.Item) (*existingContact, error) {
	const q = `SELECT c.contact_id, c.row_version, c.notes, c.external_reference, c.last_updated_datetime, o.crn, o.noms_number
		FROM delius_contact c JOIN delius_offender o ON o.offender_id = c.offender_id WHERE `
	var found []existingContact
	var err error
	if item.Kind == casenotes.KindCaseNote && item.LegacyID != nil {
		// One round trip for both: the URN's contact if any, else the legacy id's first.
		err = tx.NewRaw(q+"c.external_reference = ? OR (c.nomis_case_note_id = ? AND c.soft_deleted = 0) "+
			"ORDER BY CASE WHEN c.external_reference = ? THEN 0 ELSE 1 END, c.contact_id LIMIT 1",
			item.URN(), *item.LegacyID, item.URN()).Scan(ctx, &found)
	} else {
		err = tx.NewRaw(q+"c.external_reference = ?", item.URN()).Scan(ctx, &found)
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	if len(found) == 0 {
		return nil, nil
	}
	e := found[0]
	e.LastUpdatedDatetime = e.LastUpdatedDatetime.UTC()
	return &e, nil
}

// build makes a complete contact for item on off: everything Delius derives
// (type, sensitivity, description, area, team, staff, event and NSI).
func (w *Writer) build(ctx context.Context, tx bun.IDB, off offender, item casenotes.Item) (*contactRow, error) {
	ct, err := w.contactTypes.Load(ctx, item.TypeLookup(), func(ctx context.Context) (contactType, error) {
		return findContactType(ctx, tx, item.TypeLookup())
	})
	if err != nil {
		return nil, err
	}
	inst, err := item.InstitutionCode()
	if err != nil {
		return nil, err
	}
	a, err := w.areas.Load(ctx, inst, func(ctx context.Context) (area, error) { return findArea(ctx, tx, inst) })
	if err != nil {
		return nil, err
	}
	staffID, err := findStaff(ctx, tx, a.ProbationAreaID, item.Staff)
	if err != nil {
		return nil, err
	}
	if staffID == 0 {
		return nil, &needStaff{area: a, staff: item.Staff}
	}
	var eventID, nsiID *int64
	if !item.IsAlert() {
		if eventID, nsiID, err = findEventAndNSI(ctx, tx, off.OffenderID, item.TypeLookup()); err != nil {
			return nil, err
		}
	}
	urn := item.URN()
	return &contactRow{
		OffenderID: off.OffenderID, EventID: eventID, NSIID: nsiID, NomisCaseNoteID: item.LegacyID,
		ContactTypeID: ct.ContactTypeID, Description: nullable(item.Description(ct.Code)), Notes: item.Notes(),
		ContactDate: civilDate(item.ContactTime), ContactStartTime: item.ContactTime.UTC(),
		StaffID: staffID, StaffEmployeeID: staffID, TeamID: a.TeamID, ProbationAreaID: a.ProbationAreaID,
		Sensitive: ct.SensitiveContact, ExternalReference: &urn,
		CreatedDatetime: item.SystemTime.UTC(), LastUpdatedDatetime: item.SystemTime.UTC(),
		CreatedByUserID: w.serviceUserID, LastUpdatedUserID: w.serviceUserID, RowVersion: 1,
		TrustProviderTeamID: &a.TeamID,
	}, nil
}

// findContactType maps "TYPE SUBTYPE" through the data table, else NOMISD.
func findContactType(ctx context.Context, tx bun.IDB, lookup string) (contactType, error) {
	var cts []contactType
	err := tx.NewRaw(`SELECT t.contact_type_id, t.code, t.sensitive_contact FROM delius_r_contact_type t
		JOIN delius_r_contact_type_nomis_type m ON m.contact_type_id = t.contact_type_id WHERE m.nomis_contact_type = ?`, lookup).Scan(ctx, &cts)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return contactType{}, err
	}
	if len(cts) > 0 {
		return cts[0], nil
	}
	return findContactTypeByCode(ctx, tx, casenotes.DefaultContactType)
}

func findContactTypeByCode(ctx context.Context, tx bun.IDB, code string) (contactType, error) {
	var cts []contactType
	err := tx.NewRaw("SELECT contact_type_id, code, sensitive_contact FROM delius_r_contact_type WHERE code = ?", code).Scan(ctx, &cts)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return contactType{}, err
	}
	if len(cts) == 0 {
		return contactType{}, fmt.Errorf("contact type %s is not in delius_r_contact_type", code)
	}
	return cts[0], nil
}

// findArea finds the probation area of a prison and its <area>CSN team.
func findArea(ctx context.Context, tx bun.IDB, institution string) (area, error) {
	var areas []area
	err := tx.NewRaw(`SELECT pa.probation_area_id, pa.code FROM delius_probation_area pa
		JOIN delius_r_institution i ON i.institution_id = pa.institution_id WHERE i.nomis_cde_code = ?`, institution).Scan(ctx, &areas)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return area{}, err
	}
	if len(areas) == 0 {
		return area{}, fmt.Errorf("probation area not found for NOMIS institution: %s", institution)
	}
	a := areas[0]
	var teams []int64
	if err := tx.NewRaw("SELECT team_id FROM delius_team WHERE code = ?", a.Code+"CSN").Scan(ctx, &teams); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return area{}, err
	}
	if len(teams) == 0 {
		return area{}, fmt.Errorf("team %sCSN not found", a.Code)
	}
	a.TeamID = teams[0]
	return a, nil
}

// findStaff returns the first staff member of the area with the name, case-insensitively; 0 if none.
func findStaff(ctx context.Context, tx bun.IDB, areaID int64, name casenotes.StaffName) (int64, error) {
	var ids []int64
	err := tx.NewRaw(`SELECT staff_id FROM delius_staff WHERE probation_area_id = ? AND UPPER(forename) = UPPER(?) AND UPPER(surname) = UPPER(?)
		ORDER BY staff_id LIMIT 1`, areaID, name.Forename, name.Surname).Scan(ctx, &ids)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	if len(ids) == 0 {
		return 0, nil
	}
	return ids[0], nil
}

// findEventAndNSI links a case note to the latest active NSI of a type mapped
// to it, else to the offender's only active custodial event, else to nothing.
func findEventAndNSI(ctx context.Context, tx bun.IDB, offenderID int64, lookup string) (eventID, nsiID *int64, err error) {
	var nsis []struct {
		NSIID   int64  `bun:"nsi_id"`
		EventID *int64 `bun:"event_id"`
	}
	err = tx.NewRaw(`SELECT n.nsi_id, n.event_id FROM delius_nsi n
		JOIN delius_r_nomis_type_nsi_type m ON m.nsi_type_id = n.nsi_type_id
		WHERE n.offender_id = ? AND m.nomis_contact_type = ? AND n.active_flag = 1 AND n.soft_deleted = 0
		ORDER BY n.referral_date DESC, n.nsi_id DESC LIMIT 1`, offenderID, lookup).Scan(ctx, &nsis)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, nil, err
	}
	if len(nsis) > 0 {
		return nsis[0].EventID, &nsis[0].NSIID, nil
	}
	var events []int64
	err = tx.NewRaw(`SELECT DISTINCT e.event_id FROM delius_event e
		JOIN delius_disposal d ON d.event_id = e.event_id
		JOIN delius_r_disposal_type t ON t.disposal_type_id = d.disposal_type_id
		WHERE e.offender_id = ? AND e.active_flag = 1 AND e.soft_deleted = 0 AND d.active_flag = 1 AND d.soft_deleted = 0
		AND t.sentence_type IN ('NC', 'SC')`, offenderID).Scan(ctx, &events)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, nil, err
	}
	if len(events) == 1 {
		return &events[0], nil, nil
	}
	return nil, nil, nil
}

// audit records the merge as an APIBI001 audited interaction.
func (w *Writer) audit(ctx context.Context, tx bun.IDB, id int64, now time.Time, dpsID string, contactID int64) error {
	_, err := tx.NewInsert().Model(&auditedInteractionRow{
		AuditedInteractionID: id, DateTime: now.UTC(), Outcome: "S",
		BusinessInteractionID: w.interactionID, UserID: w.serviceUserID,
		Parameters: "dpsId=" + dpsID + ", contactId=" + strconv.FormatInt(contactID, 10),
	}).Exec(ctx)
	return err
}

// idBlock is how many ids of a sequence one process takes at a time, as an
// Oracle sequence's cache hands them out: a round trip per block, not per id.
const idBlock = 20

// nextID takes the next id of a Delius sequence from this process's block,
// fetching a new block when it is used up. It must be called outside any
// transaction: on PostgreSQL so that concurrent merges neither queue on the
// sequence row until commit nor, holding a pooled connection each, wait for
// another to fetch a block; on SQLite because the transaction holds the only
// connection. Ids are unique but, across processes, not in order; gaps
// (unused ids, blocks left at exit) are fine, as in Delius.
func (w *Writer) nextID(ctx context.Context, seq string) (int64, error) {
	w.seqMu.Lock()
	defer w.seqMu.Unlock()
	b := w.seqs[seq]
	if b.next >= b.end {
		var end int64
		if err := w.db.NewRaw("UPDATE delius_sequence SET next_value = next_value + ? WHERE name = ? RETURNING next_value", idBlock, seq).Scan(ctx, &end); err != nil {
			return 0, fmt.Errorf("sequence %s: %w", seq, err)
		}
		b = idRange{next: end - idBlock, end: end}
	}
	id := b.next
	b.next++
	w.seqs[seq] = b
	return id, nil
}

// idRange is a fetched block of a sequence: ids next..end-1 are unused.
type idRange struct{ next, end int64 }

// loadReference reads the ids of the service user and the business
// interaction on first use (a failure is retried on the next merge); they
// never change while the service runs.
func (w *Writer) loadReference(ctx context.Context) error {
	w.refMu.Lock()
	defer w.refMu.Unlock()
	if w.interactionID != 0 {
		return nil
	}
	var user, interaction int64
	if err := w.db.NewRaw("SELECT user_id FROM delius_user_ WHERE distinguished_name = ?", casenotes.ServiceUser).Scan(ctx, &user); err != nil {
		return fmt.Errorf("delius service user %s: %w", casenotes.ServiceUser, err)
	}
	if err := w.db.NewRaw("SELECT business_interaction_id FROM delius_business_interaction WHERE business_interaction_code = ?", casenotes.MergeInteraction).Scan(ctx, &interaction); err != nil {
		return fmt.Errorf("delius business interaction %s: %w", casenotes.MergeInteraction, err)
	}
	w.serviceUserID, w.interactionID = user, interaction
	return nil
}

// civilDate is the UK date of t, as Delius stores contact dates.
func civilDate(t time.Time) time.Time {
	l := t.In(casenotes.London)
	return time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, time.UTC)
}

func checkUpdated(r sql.Result, err error) error {
	if err != nil {
		return classify(err)
	}
	if n, err := r.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return fmt.Errorf("contact changed by another writer: %w", errConflict)
	}
	return nil
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
