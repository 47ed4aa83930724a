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
	"github.com/ministryofjustice/hmpps-backbone/core/escortrecords"
)

type escortRecordRow struct {
	bun.BaseModel `bun:"table:person_escort_records,alias:per"`

	ID                 string     `bun:"id,pk"`
	MoveID             string     `bun:"move_id"`
	ProfileID          string     `bun:"profile_id"`
	Version            string     `bun:"version"`
	Status             string     `bun:"status"`
	CompletedAt        *time.Time `bun:"completed_at"`
	ConfirmedAt        *time.Time `bun:"confirmed_at"`
	AmendedAt          *time.Time `bun:"amended_at"`
	HandoverDetails    string     `bun:"handover_details"`
	HandoverOccurredAt *time.Time `bun:"handover_occurred_at"`
	CreatedAt          time.Time  `bun:"created_at"`
	UpdatedAt          time.Time  `bun:"updated_at"`
}

func escortRecordToRow(s escortrecords.Snapshot) (escortRecordRow, error) {
	details, err := json.Marshal(orEmpty(s.HandoverDetails))
	if err != nil {
		return escortRecordRow{}, fmt.Errorf("store: handover details: %w", err)
	}
	return escortRecordRow{
		ID: s.ID, MoveID: s.MoveID, ProfileID: s.ProfileID, Version: s.Version, Status: string(s.Status),
		CompletedAt: utcPtr(s.CompletedAt), ConfirmedAt: utcPtr(s.ConfirmedAt), AmendedAt: utcPtr(s.AmendedAt),
		HandoverDetails: string(details), HandoverOccurredAt: utcPtr(s.HandoverOccurredAt),
		CreatedAt: s.CreatedAt.UTC(), UpdatedAt: s.UpdatedAt.UTC(),
	}, nil
}

func (r escortRecordRow) snapshot() (escortrecords.Snapshot, error) {
	s := escortrecords.Snapshot{
		ID: r.ID, MoveID: r.MoveID, ProfileID: r.ProfileID, Version: r.Version, Status: escortrecords.Status(r.Status),
		CompletedAt: utcPtr(r.CompletedAt), ConfirmedAt: utcPtr(r.ConfirmedAt), AmendedAt: utcPtr(r.AmendedAt),
		HandoverOccurredAt: utcPtr(r.HandoverOccurredAt), CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC(),
	}
	if err := json.Unmarshal([]byte(r.HandoverDetails), &s.HandoverDetails); err != nil {
		return s, fmt.Errorf("store: record %s handover details: %w", r.ID, err)
	}
	return s, nil
}

// PER events share the events table with move and journey events.
const eventableEscortRecord = "person_escort_records"

// EscortRecords implements ports.EscortRecords.
type EscortRecords struct{ db *DB }

// NewEscortRecords builds the repository.
func NewEscortRecords(db *DB) *EscortRecords { return &EscortRecords{db: db} }

// Create implements ports.EscortRecords: the profile row is locked (SELECT …
// FOR UPDATE on PostgreSQL) while the profile's records are counted and the
// new one inserted, so a second record for the profile is a 422, not a
// unique-index failure.
func (s *EscortRecords) Create(ctx context.Context, r *escortrecords.Record) error {
	snap := r.Snapshot()
	row, err := escortRecordToRow(snap)
	if err != nil {
		return err
	}
	return s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		lock := tx.NewSelect().Table("profiles").Column("id").Where("id = ?", snap.ProfileID)
		if s.db.Engine == Postgres {
			// SQLite has no row locks; its single connection already serialises writers.
			lock = lock.For("UPDATE")
		}
		var ids []string
		if err := lock.Scan(ctx, &ids); err != nil {
			return err
		}
		if len(ids) == 0 {
			return apperr.New(apperr.NotFound, "Couldn't find Profile with 'id'=%s", snap.ProfileID)
		}
		taken, err := tx.NewSelect().Model((*escortRecordRow)(nil)).Where("per.profile_id = ?", snap.ProfileID).Exists(ctx)
		if err != nil {
			return err
		}
		if taken {
			return escortrecords.TakenError()
		}
		_, err = tx.NewInsert().Model(&row).Exec(ctx)
		return err
	})
}

// Get implements ports.EscortRecords.
func (s *EscortRecords) Get(ctx context.Context, id string) (*escortrecords.Record, error) {
	return s.load(ctx, s.db.DB, id, false)
}

func (s *EscortRecords) load(ctx context.Context, db bun.IDB, id string, lock bool) (*escortrecords.Record, error) {
	var row escortRecordRow
	q := db.NewSelect().Model(&row).Where("per.id = ?", id)
	if lock && s.db.Engine == Postgres {
		q = q.For("UPDATE")
	}
	if err := q.Scan(ctx); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, apperr.New(apperr.NotFound, "Couldn't find PersonEscortRecord with 'id'=%s", id)
		}
		return nil, err
	}
	snap, err := row.snapshot()
	if err != nil {
		return nil, err
	}
	return escortrecords.Restore(snap), nil
}

// Update implements ports.EscortRecords.
func (s *EscortRecords) Update(ctx context.Context, id string, fn func(*escortrecords.Record) error) (*escortrecords.Record, error) {
	var out *escortrecords.Record
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		r, err := s.load(ctx, tx, id, true)
		if err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
		row, err := escortRecordToRow(r.Snapshot())
		if err != nil {
			return err
		}
		if _, err := tx.NewUpdate().Model(&row).WherePK().Exec(ctx); err != nil {
			return err
		}
		if err := s.insertEvents(ctx, tx, id, r.Pending()); err != nil {
			return err
		}
		out = r
		return nil
	})
	return out, err
}

// insertEvents appends the record's automatic events after those it has.
func (s *EscortRecords) insertEvents(ctx context.Context, tx bun.IDB, id string, events []escortrecords.Event) error {
	if len(events) == 0 {
		return nil
	}
	seq, err := tx.NewSelect().Model((*eventRow)(nil)).Where("eventable_type = ? AND eventable_id = ?", eventableEscortRecord, id).Count(ctx)
	if err != nil {
		return err
	}
	rows := make([]eventRow, len(events))
	for i, e := range events {
		row, err := newEventRow(eventableEscortRecord, id, int(seq)+i, storedEvent{
			ID: e.ID, Type: e.Type, OccurredAt: e.OccurredAt, RecordedAt: e.RecordedAt,
			Details: e.Details, Relationships: e.Relationships, SupplierID: e.SupplierID, CreatedBy: e.CreatedBy,
		})
		if err != nil {
			return err
		}
		rows[i] = row
	}
	_, err = tx.NewInsert().Model(&rows).Exec(ctx)
	return err
}

// EventTypes lists the types of a record's stored events in order, for tests
// and the timeline later.
func (s *EscortRecords) EventTypes(ctx context.Context, id string) ([]string, error) {
	var types []string
	err := s.db.NewSelect().Model((*eventRow)(nil)).Column("event_type").
		Where("eventable_type = ? AND eventable_id = ?", eventableEscortRecord, id).Order("seq").Scan(ctx, &types)
	return types, err
}
