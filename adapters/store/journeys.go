package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
)

type journeyRow struct {
	bun.BaseModel `bun:"table:journeys,alias:j"`

	ID                  string    `bun:"id,pk"`
	MoveID              string    `bun:"move_id"`
	SupplierID          string    `bun:"supplier_id"`
	FromLocationID      string    `bun:"from_location_id"`
	ToLocationID        string    `bun:"to_location_id"`
	State               string    `bun:"state"`
	Billable            bool      `bun:"billable"`
	VehicleRegistration *string   `bun:"vehicle_registration"`
	VehicleDepot        *string   `bun:"vehicle_depot"`
	Date                *string   `bun:"date"`
	Number              *int      `bun:"number"`
	ClientTimestamp     time.Time `bun:"client_timestamp"`
	CreatedAt           time.Time `bun:"created_at"`
	UpdatedAt           time.Time `bun:"updated_at"`
}

func journeyToRow(s journeys.Snapshot) journeyRow {
	return journeyRow{
		ID: s.ID, MoveID: s.MoveID, SupplierID: s.SupplierID, FromLocationID: s.FromLocationID, ToLocationID: s.ToLocationID,
		State: string(s.State), Billable: s.Billable,
		VehicleRegistration: ptr(s.Vehicle.Registration), VehicleDepot: ptr(s.Vehicle.Depot),
		Date: dateText(s.Date), Number: s.Number, ClientTimestamp: s.Timestamp.UTC(),
		CreatedAt: s.CreatedAt.UTC(), UpdatedAt: s.UpdatedAt.UTC(),
	}
}

func (r journeyRow) snapshot() journeys.Snapshot {
	return journeys.Snapshot{
		ID: r.ID, MoveID: r.MoveID, SupplierID: r.SupplierID, FromLocationID: r.FromLocationID, ToLocationID: r.ToLocationID,
		State: journeys.State(r.State), Billable: r.Billable,
		Vehicle: journeys.Vehicle{Registration: deref(r.VehicleRegistration), Depot: deref(r.VehicleDepot)},
		Date:    dateOf(r.Date), Number: r.Number, Timestamp: r.ClientTimestamp.UTC(),
		CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC(),
	}
}

// Journey events share the events table with move events (see 00004_moves.sql),
// told apart by eventable_type, so one event listing can read them all later.
const eventableJourney = "journeys"

func journeyEventToRow(journeyID string, seq int, e journeys.Event) (eventRow, error) {
	return newEventRow(eventableJourney, journeyID, seq, storedEvent{
		ID: e.ID, Type: string(e.Type), OccurredAt: e.OccurredAt, RecordedAt: e.RecordedAt, Notes: e.Notes,
		Details: e.Details, Relationships: e.Relationships, SupplierID: e.SupplierID, CreatedBy: e.CreatedBy,
	})
}

func (r eventRow) journeyEvent() (journeys.Event, error) {
	f, err := r.stored()
	return journeys.Event{
		ID: f.ID, Type: journeys.EventType(f.Type), OccurredAt: f.OccurredAt, RecordedAt: f.RecordedAt, Notes: f.Notes,
		Details: f.Details, Relationships: f.Relationships, SupplierID: f.SupplierID, CreatedBy: f.CreatedBy,
	}, err
}

// Journeys implements ports.Journeys.
type Journeys struct{ db *DB }

// NewJourneys builds the repository.
func NewJourneys(db *DB) *Journeys { return &Journeys{db: db} }

// Create implements ports.Journeys: the move row is locked (SELECT … FOR
// UPDATE on PostgreSQL) while the move's journeys are checked and the new one
// inserted, so two concurrent creates of the same leg cannot both pass.
func (s *Journeys) Create(ctx context.Context, j *journeys.Journey, check func([]journeys.Snapshot) error) error {
	return s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		snap := j.Snapshot()
		lock := tx.NewSelect().Model((*moveRow)(nil)).Column("m.id").Where("m.id = ?", snap.MoveID)
		if s.db.Engine == Postgres {
			// SQLite has no row locks; its single connection already serialises writers.
			lock = lock.For("UPDATE")
		}
		var ids []string
		if err := lock.Scan(ctx, &ids); err != nil {
			return err
		}
		if len(ids) == 0 {
			return apperr.New(apperr.NotFound, "Couldn't find Move with 'id'=%s", snap.MoveID)
		}
		var rows []journeyRow
		if err := tx.NewSelect().Model(&rows).Where("j.move_id = ?", snap.MoveID).Scan(ctx); err != nil {
			return err
		}
		siblings := make([]journeys.Snapshot, len(rows))
		for i, r := range rows {
			siblings[i] = r.snapshot()
		}
		if err := check(siblings); err != nil {
			return err
		}
		row := journeyToRow(snap)
		if _, err := tx.NewInsert().Model(&row).Exec(ctx); err != nil {
			return err
		}
		return insertJourneyEvents(ctx, tx, j.ID(), 0, j.Pending())
	})
}

func insertJourneyEvents(ctx context.Context, tx bun.IDB, journeyID string, seq int, events []journeys.Event) error {
	if len(events) == 0 {
		return nil
	}
	rows := make([]eventRow, len(events))
	for i, e := range events {
		row, err := journeyEventToRow(journeyID, seq+i, e)
		if err != nil {
			return err
		}
		rows[i] = row
	}
	_, err := tx.NewInsert().Model(&rows).Exec(ctx)
	return err
}

// Get implements ports.Journeys.
func (s *Journeys) Get(ctx context.Context, moveID, id string) (*journeys.Journey, error) {
	return s.load(ctx, s.db.DB, moveID, id, false)
}

func (s *Journeys) load(ctx context.Context, db bun.IDB, moveID, id string, lock bool) (*journeys.Journey, error) {
	var row journeyRow
	q := db.NewSelect().Model(&row).Where("j.id = ? AND j.move_id = ?", id, moveID)
	if lock && s.db.Engine == Postgres {
		q = q.For("UPDATE")
	}
	if err := q.Scan(ctx); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, apperr.New(apperr.NotFound, "Couldn't find Journey with 'id'=%s", id)
		}
		return nil, err
	}
	var rows []eventRow
	if err := db.NewSelect().Model(&rows).Where("eventable_type = ? AND eventable_id = ?", eventableJourney, id).Order("seq").Scan(ctx); err != nil {
		return nil, err
	}
	events := make([]journeys.Event, len(rows))
	for i, r := range rows {
		e, err := r.journeyEvent()
		if err != nil {
			return nil, err
		}
		events[i] = e
	}
	return journeys.Restore(row.snapshot(), events), nil
}

// Update implements ports.Journeys: the journey row is locked for the whole
// transaction, so concurrent events on one journey apply one after the other.
func (s *Journeys) Update(ctx context.Context, moveID, id string, fn func(*journeys.Journey) error) (*journeys.Journey, error) {
	var out *journeys.Journey
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		j, err := s.load(ctx, tx, moveID, id, true)
		if err != nil {
			return err
		}
		stored := len(j.Events())
		if err := fn(j); err != nil {
			return err
		}
		row := journeyToRow(j.Snapshot())
		if _, err := tx.NewUpdate().Model(&row).WherePK().Exec(ctx); err != nil {
			return err
		}
		if err := insertJourneyEvents(ctx, tx, id, stored, j.Pending()); err != nil {
			return err
		}
		out = j
		return nil
	})
	return out, err
}

// List implements ports.Journeys.
func (s *Journeys) List(ctx context.Context, moveID, supplierID string, page paging.Request) (paging.Page[*journeys.Journey], error) {
	var rows []journeyRow
	q := s.db.NewSelect().Model(&rows).Where("j.move_id = ?", moveID)
	if supplierID != "" {
		q = q.Where("j.supplier_id = ?", supplierID)
	}
	total, err := q.OrderExpr("j.created_at, j.id").Limit(int64(page.PerPage)).Offset(int64(page.Offset())).ScanAndCount(ctx)
	if err != nil {
		return paging.Page[*journeys.Journey]{}, err
	}
	items := make([]*journeys.Journey, len(rows))
	for i, r := range rows {
		items[i] = journeys.Restore(r.snapshot(), nil)
	}
	return paging.Page[*journeys.Journey]{Items: items, Request: page, Total: int(total)}, nil
}
