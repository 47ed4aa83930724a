package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
)

type moveRow struct {
	bun.BaseModel `bun:"table:moves,alias:m"`

	ID                        string     `bun:"id,pk"`
	Reference                 string     `bun:"reference"`
	MoveType                  string     `bun:"move_type"`
	Status                    string     `bun:"status"`
	InitialStatus             string     `bun:"initial_status"`
	CancellationReason        *string    `bun:"cancellation_reason"`
	RejectionReason           *string    `bun:"rejection_reason"`
	CancellationReasonComment *string    `bun:"cancellation_reason_comment"`
	FromLocationID            string     `bun:"from_location_id"`
	ToLocationID              *string    `bun:"to_location_id"`
	SupplierID                *string    `bun:"supplier_id"`
	ProfileID                 *string    `bun:"profile_id"`
	PrisonTransferReasonID    *string    `bun:"prison_transfer_reason_id"`
	AdditionalInformation     *string    `bun:"additional_information"`
	Date                      *string    `bun:"date"`
	DateFrom                  *string    `bun:"date_from"`
	DateTo                    *string    `bun:"date_to"`
	TimeDue                   *time.Time `bun:"time_due"`
	MoveAgreed                *bool      `bun:"move_agreed"`
	MoveAgreedBy              *string    `bun:"move_agreed_by"`
	RecallDate                *string    `bun:"recall_date"`
	SectionFortySix           *bool      `bun:"section_forty_six"`
	ReasonComment             *string    `bun:"reason_comment"`
	IsLockout                 bool       `bun:"is_lockout"`
	OriginalMoveID            *string    `bun:"original_move_id"`
	CreatedAt                 time.Time  `bun:"created_at"`
	UpdatedAt                 time.Time  `bun:"updated_at"`
}

type eventRow struct {
	bun.BaseModel `bun:"table:events"`

	ID            string    `bun:"id,pk"`
	EventableType string    `bun:"eventable_type"`
	EventableID   string    `bun:"eventable_id"`
	EventType     string    `bun:"event_type"`
	OccurredAt    time.Time `bun:"occurred_at"`
	RecordedAt    time.Time `bun:"recorded_at"`
	Notes         *string   `bun:"notes"`
	Details       string    `bun:"details"`
	Relationships string    `bun:"relationships"`
	SupplierID    *string   `bun:"supplier_id"`
	CreatedBy     *string   `bun:"created_by"`
	Seq           int       `bun:"seq"`
}

// Dates travel as YYYY-MM-DD text: both engines compare and sort that form
// the same way, where a time.Time would be written differently by each.
func dateText(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format(time.DateOnly)
	return &s
}

func dateOf(s *string) *time.Time {
	if s == nil || len(*s) < 10 {
		return nil
	}
	t, err := time.Parse(time.DateOnly, (*s)[:10])
	if err != nil {
		return nil
	}
	return &t
}

func moveToRow(s moves.Snapshot) moveRow {
	return moveRow{
		ID: s.ID, Reference: s.Reference, MoveType: string(s.Type), Status: string(s.Status), InitialStatus: string(s.InitialStatus),
		CancellationReason: ptr(string(s.CancellationReason)), RejectionReason: ptr(string(s.RejectionReason)),
		CancellationReasonComment: ptr(s.CancellationReasonComment),
		FromLocationID:            s.FromLocationID, ToLocationID: ptr(s.ToLocationID), SupplierID: ptr(s.SupplierID),
		ProfileID: ptr(s.ProfileID), PrisonTransferReasonID: ptr(s.PrisonTransferReasonID),
		AdditionalInformation: ptr(s.AdditionalInformation),
		Date:                  dateText(s.Date), DateFrom: dateText(s.DateFrom), DateTo: dateText(s.DateTo),
		TimeDue: utcPtr(s.TimeDue), MoveAgreed: s.MoveAgreed, MoveAgreedBy: ptr(s.MoveAgreedBy),
		RecallDate: dateText(s.RecallDate), SectionFortySix: s.SectionFortySix, ReasonComment: ptr(s.ReasonComment),
		IsLockout: s.IsLockout, OriginalMoveID: ptr(s.OriginalMoveID), CreatedAt: s.CreatedAt.UTC(), UpdatedAt: s.UpdatedAt.UTC(),
	}
}

func (r moveRow) snapshot() moves.Snapshot {
	return moves.Snapshot{
		Attributes: moves.Attributes{
			AdditionalInformation: deref(r.AdditionalInformation),
			Date:                  dateOf(r.Date), DateFrom: dateOf(r.DateFrom), DateTo: dateOf(r.DateTo),
			TimeDue: utcPtr(r.TimeDue), MoveAgreed: r.MoveAgreed, MoveAgreedBy: deref(r.MoveAgreedBy),
			RecallDate: dateOf(r.RecallDate), SectionFortySix: r.SectionFortySix, ReasonComment: deref(r.ReasonComment),
			ProfileID: deref(r.ProfileID), PrisonTransferReasonID: deref(r.PrisonTransferReasonID),
		},
		ID: r.ID, Reference: r.Reference, Type: moves.Type(r.MoveType), Status: moves.Status(r.Status),
		InitialStatus:             moves.Status(r.InitialStatus),
		CancellationReason:        moves.CancellationReason(deref(r.CancellationReason)),
		RejectionReason:           moves.RejectionReason(deref(r.RejectionReason)),
		CancellationReasonComment: deref(r.CancellationReasonComment),
		FromLocationID:            r.FromLocationID, ToLocationID: deref(r.ToLocationID), SupplierID: deref(r.SupplierID),
		IsLockout: r.IsLockout, OriginalMoveID: deref(r.OriginalMoveID), CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC(),
	}
}

const eventableMove = "moves"

func eventToRow(moveID string, seq int, e moves.Event) (eventRow, error) {
	return newEventRow(eventableMove, moveID, seq, storedEvent{
		ID: e.ID, Type: string(e.Type), OccurredAt: e.OccurredAt, RecordedAt: e.RecordedAt, Notes: e.Notes,
		Details: e.Details, Relationships: e.Relationships, SupplierID: e.SupplierID, CreatedBy: e.CreatedBy,
	})
}

func (r eventRow) domain() (moves.Event, error) {
	f, err := r.stored()
	return moves.Event{
		ID: f.ID, Type: moves.EventType(f.Type), OccurredAt: f.OccurredAt, RecordedAt: f.RecordedAt, Notes: f.Notes,
		Details: f.Details, Relationships: f.Relationships, SupplierID: f.SupplierID, CreatedBy: f.CreatedBy,
	}, err
}

// storedEvent is what every row of the shared events table holds, whatever
// its eventable (moves, journeys, person escort records).
type storedEvent struct {
	ID, Type, Notes, SupplierID, CreatedBy string
	OccurredAt, RecordedAt                 time.Time
	Details                                map[string]any
	Relationships                          map[string]string
}

func newEventRow(eventableType, eventableID string, seq int, e storedEvent) (eventRow, error) {
	details, err := json.Marshal(orEmpty(e.Details))
	if err != nil {
		return eventRow{}, fmt.Errorf("store: event details: %w", err)
	}
	rels, err := json.Marshal(orEmptyStrings(e.Relationships))
	if err != nil {
		return eventRow{}, fmt.Errorf("store: event relationships: %w", err)
	}
	return eventRow{
		ID: e.ID, EventableType: eventableType, EventableID: eventableID, EventType: e.Type,
		OccurredAt: e.OccurredAt.UTC(), RecordedAt: e.RecordedAt.UTC(), Notes: ptr(e.Notes),
		Details: string(details), Relationships: string(rels), SupplierID: ptr(e.SupplierID), CreatedBy: ptr(e.CreatedBy), Seq: seq,
	}, nil
}

func (r eventRow) stored() (storedEvent, error) {
	e := storedEvent{
		ID: r.ID, Type: r.EventType, OccurredAt: r.OccurredAt.UTC(), RecordedAt: r.RecordedAt.UTC(),
		Notes: deref(r.Notes), SupplierID: deref(r.SupplierID), CreatedBy: deref(r.CreatedBy),
	}
	if err := json.Unmarshal([]byte(r.Details), &e.Details); err != nil {
		return e, fmt.Errorf("store: event %s details: %w", r.ID, err)
	}
	if err := json.Unmarshal([]byte(r.Relationships), &e.Relationships); err != nil {
		return e, fmt.Errorf("store: event %s relationships: %w", r.ID, err)
	}
	return e, nil
}

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

func orEmptyStrings(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

// Moves implements ports.Moves.
type Moves struct{ db *DB }

// NewMoves builds the repository.
func NewMoves(db *DB) *Moves { return &Moves{db: db} }

// Create implements ports.Moves. On PostgreSQL the move and its events are
// one statement (a data-modifying WITH), atomic without BEGIN and COMMIT
// round trips; SQLite cannot modify data in a WITH, so it takes a transaction.
func (s *Moves) Create(ctx context.Context, m *moves.Move) error {
	row := moveToRow(m.Snapshot())
	events, err := eventRows(m.ID(), 0, m.Pending())
	if err != nil {
		return err
	}
	if s.db.Engine == Postgres && len(events) > 0 {
		_, err := s.db.NewInsert().Model(&events).With("created_move", s.db.NewInsert().Model(&row)).Exec(ctx)
		return err
	}
	return s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.NewInsert().Model(&row).Exec(ctx); err != nil {
			return err
		}
		return insertRows(ctx, tx, events)
	})
}

func eventRows(moveID string, seq int, events []moves.Event) ([]eventRow, error) {
	rows := make([]eventRow, len(events))
	for i, e := range events {
		row, err := eventToRow(moveID, seq+i, e)
		if err != nil {
			return nil, err
		}
		rows[i] = row
	}
	return rows, nil
}

func insertRows(ctx context.Context, tx bun.IDB, rows []eventRow) error {
	if len(rows) == 0 {
		return nil
	}
	_, err := tx.NewInsert().Model(&rows).Exec(ctx)
	return err
}

// Get implements ports.Moves.
func (s *Moves) Get(ctx context.Context, id string) (*moves.Move, error) {
	return s.load(ctx, s.db.DB, id, false)
}

// moveWithEvent is a move joined with one of its events; the event columns
// are all NULL (scanned as zero values) for a move without events.
type moveWithEvent struct {
	moveRow
	Event eventRow `bun:"embed:e_"`
}

// loadMove reads a move with its events in one round trip: the move's
// columns repeat on each event's row.
const loadMove = `SELECT m.*, e.id AS e_id, e.eventable_type AS e_eventable_type, e.eventable_id AS e_eventable_id,
 e.event_type AS e_event_type, e.occurred_at AS e_occurred_at, e.recorded_at AS e_recorded_at, e.notes AS e_notes,
 e.details AS e_details, e.relationships AS e_relationships, e.supplier_id AS e_supplier_id, e.created_by AS e_created_by,
 e.seq AS e_seq
FROM moves AS m LEFT JOIN events AS e ON e.eventable_type = ? AND e.eventable_id = m.id
WHERE m.id = ? ORDER BY e.seq`

func (s *Moves) load(ctx context.Context, db bun.IDB, id string, lock bool) (*moves.Move, error) {
	if lock && s.db.Engine == Postgres {
		return s.loadLocked(ctx, db, id)
	}
	// SQLite has no row locks; its single connection already serialises writers.
	var rows []moveWithEvent
	if err := db.NewRaw(loadMove, eventableMove, id).Scan(ctx, &rows); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, apperr.New(apperr.NotFound, "Couldn't find Move with 'id'=%s", id)
	}
	events := make([]eventRow, 0, len(rows))
	for _, r := range rows {
		if r.Event.ID != "" {
			events = append(events, r.Event)
		}
	}
	return restoreMove(rows[0].moveRow, events)
}

// loadLocked locks the move, then reads its events in a second statement. One
// statement cannot do both: a statement that waited for the lock still reads
// the other tables as they were when it started, so it would miss the event
// of the update it waited for.
func (s *Moves) loadLocked(ctx context.Context, db bun.IDB, id string) (*moves.Move, error) {
	var row moveRow
	if err := db.NewSelect().Model(&row).Where("m.id = ?", id).For("UPDATE").Scan(ctx); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, apperr.New(apperr.NotFound, "Couldn't find Move with 'id'=%s", id)
		}
		return nil, err
	}
	var events []eventRow
	if err := db.NewSelect().Model(&events).Where("eventable_type = ? AND eventable_id = ?", eventableMove, id).Order("seq").Scan(ctx); err != nil {
		return nil, err
	}
	return restoreMove(row, events)
}

func restoreMove(row moveRow, rows []eventRow) (*moves.Move, error) {
	events := make([]moves.Event, len(rows))
	for i, r := range rows {
		e, err := r.domain()
		if err != nil {
			return nil, err
		}
		events[i] = e
	}
	return moves.Restore(row.snapshot(), events), nil
}

// Update implements ports.Moves: the move row is locked (SELECT … FOR UPDATE on
// PostgreSQL) for the whole transaction, so concurrent events on one move are
// applied one after the other, each seeing the previous one's result. fn's
// context runs this store's lookups in the same transaction. On PostgreSQL the
// move row and its new events are written in one statement.
func (s *Moves) Update(ctx context.Context, id string, fn func(context.Context, *moves.Move) error) (*moves.Move, error) {
	var out *moves.Move
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		m, err := s.load(ctx, tx, id, true)
		if err != nil {
			return err
		}
		stored := len(m.Events())
		if err := fn(s.db.withTx(ctx, tx), m); err != nil {
			return err
		}
		events, err := eventRows(id, stored, m.Pending())
		if err != nil {
			return err
		}
		row := moveToRow(m.Snapshot())
		update := tx.NewUpdate().Model(&row).WherePK()
		if s.db.Engine == Postgres && len(events) > 0 {
			_, err := tx.NewInsert().Model(&events).With("updated_move", update).Exec(ctx)
			if err != nil {
				return err
			}
		} else {
			if _, err := update.Exec(ctx); err != nil {
				return err
			}
			if err := insertRows(ctx, tx, events); err != nil {
				return err
			}
		}
		out = m
		return nil
	})
	return out, err
}

// ReferenceTaken implements ports.Moves.
func (s *Moves) ReferenceTaken(ctx context.Context, reference string) (bool, error) {
	return s.db.NewSelect().Model((*moveRow)(nil)).Where("reference = ?", reference).Exists(ctx)
}

// RebookOf implements ports.Moves.
func (s *Moves) RebookOf(ctx context.Context, originalID string) (string, error) {
	var ids []string
	err := s.db.NewSelect().Model((*moveRow)(nil)).Column("m.id").Where("m.original_move_id = ?", originalID).Limit(1).Scan(ctx, &ids)
	if err != nil || len(ids) == 0 {
		return "", err
	}
	return ids[0], nil
}

// Duplicate implements ports.Moves.
func (s *Moves) Duplicate(ctx context.Context, m moves.Snapshot, personID string) (string, error) {
	if m.Date == nil || personID == "" {
		return "", nil
	}
	var ids []string
	err := s.db.NewSelect().Model((*moveRow)(nil)).Column("m.id").
		Join("JOIN profiles AS p ON p.id = m.profile_id").
		Where("p.person_id = ?", personID).
		Where("m.from_location_id = ?", m.FromLocationID).
		Where("m.to_location_id = ?", m.ToLocationID).
		Where("m.date = ?", *dateText(m.Date)).
		Where("m.status NOT IN (?)", bun.List([]string{string(moves.Cancelled), string(moves.Proposed)})).
		Where("m.id <> ?", m.ID).
		Limit(1).Scan(ctx, &ids)
	if err != nil || len(ids) == 0 {
		return "", err
	}
	return ids[0], nil
}

// List implements ports.Moves.
func (s *Moves) List(ctx context.Context, f moves.Filter, sort moves.Sort, page paging.Request) (paging.Page[*moves.Move], error) {
	var rows []moveRow
	q := s.db.NewSelect().Model(&rows)
	q = applyMoveFilter(q, f)
	q = q.OrderExpr(sortExpr(sort)).OrderExpr("m.created_at DESC, m.id")
	total, err := q.Limit(int64(page.PerPage)).Offset(int64(page.Offset())).ScanAndCount(ctx)
	if err != nil {
		return paging.Page[*moves.Move]{}, err
	}
	items := make([]*moves.Move, len(rows))
	for i, r := range rows {
		items[i] = moves.Restore(r.snapshot(), nil)
	}
	return paging.Page[*moves.Move]{Items: items, Request: page, Total: int(total)}, nil
}

func applyMoveFilter(q *bun.SelectQuery, f moves.Filter) *bun.SelectQuery {
	in := func(q *bun.SelectQuery, col string, values []string) *bun.SelectQuery {
		if len(values) == 0 {
			return q
		}
		return q.Where("? IN (?)", bun.Ident(col), bun.List(values))
	}
	day := func(t *time.Time) string { return t.Format(time.DateOnly) }
	if f.DateFrom != nil {
		q = q.Where("m.date >= ?", day(f.DateFrom))
	}
	if f.DateTo != nil {
		q = q.Where("m.date <= ?", day(f.DateTo))
	}
	if f.CreatedAtFrom != nil {
		q = q.Where("m.created_at >= ?", f.CreatedAtFrom.UTC())
	}
	if f.CreatedAtTo != nil {
		q = q.Where("m.created_at < ?", f.CreatedAtTo.AddDate(0, 0, 1).UTC())
	}
	if f.DateOfBirthFrom != nil || f.DateOfBirthTo != nil {
		sub := "SELECT p.id FROM profiles AS p JOIN people AS pe ON pe.id = p.person_id WHERE 1 = 1"
		var args []any
		if f.DateOfBirthFrom != nil {
			sub += " AND pe.date_of_birth >= ?"
			args = append(args, *f.DateOfBirthFrom)
		}
		if f.DateOfBirthTo != nil {
			sub += " AND pe.date_of_birth <= ?"
			args = append(args, *f.DateOfBirthTo)
		}
		q = q.Where("m.profile_id IN ("+sub+")", args...)
	}
	if f.LocationType != "" {
		q = q.Where("m.to_location_id IN (SELECT id FROM locations WHERE location_type = ?)", f.LocationType)
	}
	q = in(q, "m.status", strs(f.Statuses))
	q = in(q, "m.from_location_id", f.FromLocationIDs)
	q = in(q, "m.to_location_id", f.ToLocationIDs)
	if len(f.LocationIDs) > 0 {
		q = q.Where("(m.from_location_id IN (?) OR m.to_location_id IN (?))", bun.List(f.LocationIDs), bun.List(f.LocationIDs))
	}
	q = in(q, "m.supplier_id", f.SupplierIDs)
	if f.MoveType != "" {
		q = q.Where("m.move_type = ?", string(f.MoveType))
	}
	q = in(q, "m.cancellation_reason", strs(f.CancellationReasons))
	q = in(q, "m.rejection_reason", strs(f.RejectionReasons))
	if f.HasAllocation != nil && *f.HasAllocation {
		// Allocations are not built yet: no move belongs to one.
		q = q.Where("1 = 0")
	}
	if f.ReadyForTransit != nil && *f.ReadyForTransit {
		// Person escort records are not built yet: no move is ready for transit.
		q = q.Where("1 = 0")
	}
	q = in(q, "m.profile_id", f.ProfileIDs)
	if f.PersonID != "" {
		q = q.Where("m.profile_id IN (SELECT id FROM profiles WHERE person_id = ?)", f.PersonID)
	}
	q = in(q, "m.reference", f.References)
	if f.VisibleTo != "" {
		q = q.Where("(m.supplier_id = ? OR m.from_location_id IN (SELECT location_id FROM supplier_locations WHERE supplier_id = ?) OR m.to_location_id IN (SELECT location_id FROM supplier_locations WHERE supplier_id = ?))", f.VisibleTo, f.VisibleTo, f.VisibleTo)
	}
	return q
}

func strs[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}

// sortExpr orders by the sort key; the expressions are fixed strings chosen
// by a closed enum, never caller text.
func sortExpr(s moves.Sort) string {
	expr := map[moves.SortBy]string{
		moves.SortByName:                 "(SELECT pe.last_name || ' ' || pe.first_names FROM profiles AS p JOIN people AS pe ON pe.id = p.person_id WHERE p.id = m.profile_id)",
		moves.SortByFromLocation:         "(SELECT title FROM locations WHERE id = m.from_location_id)",
		moves.SortByToLocation:           "(SELECT title FROM locations WHERE id = m.to_location_id)",
		moves.SortByPrisonTransferReason: "(SELECT title FROM prison_transfer_reasons WHERE id = m.prison_transfer_reason_id)",
		moves.SortByCreatedAt:            "m.created_at",
		moves.SortByDateFrom:             "m.date_from",
		moves.SortByDate:                 "m.date",
	}[s.By]
	if expr == "" {
		expr = "m.date"
	}
	if s.Descending {
		return expr + " DESC"
	}
	return expr + " ASC"
}

// MoveProfiles implements ports.MoveProfiles over the profiles table.
type MoveProfiles struct{ db *DB }

// NewMoveProfiles builds the lookup.
func NewMoveProfiles(db *DB) *MoveProfiles { return &MoveProfiles{db: db} }

// MoveProfile implements ports.MoveProfiles. A profile without a category is movable.
func (s *MoveProfiles) MoveProfile(ctx context.Context, id string) (moves.Profile, error) {
	var out struct {
		ID            string `bun:"id"`
		PersonID      string `bun:"person_id"`
		MoveSupported *bool  `bun:"move_supported"`
	}
	err := s.db.conn(ctx).NewSelect().TableExpr("profiles AS p").
		ColumnExpr("p.id, p.person_id, c.move_supported").
		Join("LEFT JOIN categories AS c ON c.id = p.category_id").
		Where("p.id = ?", id).Scan(ctx, &out)
	if errors.Is(err, sql.ErrNoRows) {
		return moves.Profile{}, apperr.New(apperr.NotFound, "Couldn't find Profile with 'id'=%s", id)
	}
	if err != nil {
		return moves.Profile{}, err
	}
	return moves.Profile{ID: out.ID, PersonID: out.PersonID, MoveSupported: out.MoveSupported == nil || *out.MoveSupported}, nil
}
