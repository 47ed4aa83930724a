package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/events"
)

// Events implements ports.Events on the events table every eventable shares
// (see 00004_moves.sql).
type Events struct{ db *DB }

// NewEvents builds the repository.
func NewEvents(db *DB) *Events { return &Events{db: db} }

// eventableTables names the table of each eventable type, for the row lock,
// and its model as the original's 404 names it.
var eventableTables = map[string]struct{ table, model string }{
	events.Moves:               {"moves", "Move"},
	events.People:              {"people", "Person"},
	events.PersonEscortRecords: {"person_escort_records", "PersonEscortRecord"},
	events.Journeys:            {"journeys", "Journey"},
}

// Append implements ports.Events. The eventable's row is locked (SELECT … FOR
// UPDATE on PostgreSQL) while the next seq is taken, the same lock the move
// and journey repositories hold, so an event appended here and one recorded
// through them cannot claim the same place.
func (s *Events) Append(ctx context.Context, e events.Event) error {
	eventable, ok := eventableTables[e.EventableType]
	if !ok {
		return fmt.Errorf("store: no table for eventable type %q", e.EventableType)
	}
	row, err := newEventRow(e.EventableType, e.EventableID, 0, storedEvent{
		ID: e.ID, Type: e.Type, OccurredAt: e.OccurredAt, RecordedAt: e.RecordedAt, Notes: e.Notes,
		Details: e.Details, Relationships: e.Relationships, SupplierID: e.SupplierID, CreatedBy: e.CreatedBy,
	})
	if err != nil {
		return err
	}
	return s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		lock := tx.NewSelect().Table(eventable.table).Column("id").Where("id = ?", e.EventableID)
		if s.db.Engine == Postgres {
			lock = lock.For("UPDATE")
		}
		var id string
		if err := lock.Scan(ctx, &id); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return apperr.New(apperr.NotFound, "Couldn't find %s with 'id'=%s", eventable.model, e.EventableID)
			}
			return err
		}
		seq, err := tx.NewSelect().Model((*eventRow)(nil)).Where("eventable_type = ? AND eventable_id = ?", e.EventableType, e.EventableID).Count(ctx)
		if err != nil {
			return err
		}
		row.Seq = int(seq)
		_, err = tx.NewInsert().Model(&row).Exec(ctx)
		return err
	})
}

// Get implements ports.Events.
func (s *Events) Get(ctx context.Context, id string) (events.Event, error) {
	var row eventRow
	err := s.db.NewSelect().Model(&row).Where("id = ?", id).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return events.Event{}, apperr.New(apperr.NotFound, "Couldn't find Event with 'id'=%s", id)
	}
	if err != nil {
		return events.Event{}, err
	}
	e := events.Event{
		ID: row.ID, Type: row.EventType, EventableType: row.EventableType, EventableID: row.EventableID,
		OccurredAt: row.OccurredAt.UTC(), RecordedAt: row.RecordedAt.UTC(), Notes: deref(row.Notes),
		SupplierID: deref(row.SupplierID), CreatedBy: deref(row.CreatedBy),
	}
	if err := json.Unmarshal([]byte(row.Details), &e.Details); err != nil {
		return e, fmt.Errorf("store: event %s details: %w", row.ID, err)
	}
	if err := json.Unmarshal([]byte(row.Relationships), &e.Relationships); err != nil {
		return e, fmt.Errorf("store: event %s relationships: %w", row.ID, err)
	}
	return e, nil
}

// JourneyMove implements ports.Events.
func (s *Events) JourneyMove(ctx context.Context, journeyID string) (string, error) {
	var moveID string
	err := s.db.NewSelect().Table("journeys").Column("move_id").Where("id = ?", journeyID).Scan(ctx, &moveID)
	if errors.Is(err, sql.ErrNoRows) {
		return "", apperr.New(apperr.NotFound, "Couldn't find Journey with 'id'=%s", journeyID)
	}
	return moveID, err
}
