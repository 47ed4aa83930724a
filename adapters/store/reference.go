package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
)

type itemRow struct {
	ID          string     `bun:"id,pk"`
	Key         string     `bun:"key"`
	Title       string     `bun:"title"`
	Description *string    `bun:"description"`
	NomisCode   *string    `bun:"nomis_code"`
	DisabledAt  *time.Time `bun:"disabled_at"`
}

// lists names the lookup tables ReferenceData may read; the name is never taken from input as SQL.
var lists = map[string]bool{"genders": true, "ethnicities": true}

// ReferenceData implements ports.ReferenceData.
type ReferenceData struct{ db bun.IDB }

// NewReferenceData builds the repository.
func NewReferenceData(db *DB) *ReferenceData { return &ReferenceData{db: db.DB} }

// Item implements ports.ReferenceData.
func (s *ReferenceData) Item(ctx context.Context, list, id string) (reference.Item, error) {
	if !lists[list] {
		return reference.Item{}, fmt.Errorf("store: unknown reference list %q", list)
	}
	var row itemRow
	err := s.db.NewSelect().Model(&row).ModelTableExpr("? AS item_row", bun.Ident(list)).Where("id = ?", id).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return reference.Item{}, apperr.New(apperr.NotFound, "Couldn't find %s with 'id'=%s", list, id)
	}
	if err != nil {
		return reference.Item{}, err
	}
	return reference.Item{
		ID: row.ID, Key: row.Key, Title: row.Title,
		Description: deref(row.Description), NomisCode: deref(row.NomisCode), DisabledAt: utcPtr(row.DisabledAt),
	}, nil
}

type supplierRow struct {
	bun.BaseModel `bun:"table:suppliers"`

	ID   string `bun:"id,pk"`
	Key  string `bun:"key"`
	Name string `bun:"name"`
}

// Supplier implements ports.ReferenceData.
func (s *ReferenceData) Supplier(ctx context.Context, id string) (reference.Supplier, error) {
	var row supplierRow
	err := s.db.NewSelect().Model(&row).Where("id = ?", id).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return reference.Supplier{}, apperr.New(apperr.NotFound, "Couldn't find Supplier with 'id'=%s", id)
	}
	if err != nil {
		return reference.Supplier{}, err
	}
	return reference.Supplier{ID: row.ID, Key: row.Key, Name: row.Name}, nil
}

// SupplierByKey implements ports.ReferenceData.
func (s *ReferenceData) SupplierByKey(ctx context.Context, key string) (reference.Supplier, error) {
	var row supplierRow
	err := s.db.NewSelect().Model(&row).Where("key = ?", key).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return reference.Supplier{}, apperr.New(apperr.NotFound, "Couldn't find Supplier with 'key'=%s", key)
	}
	if err != nil {
		return reference.Supplier{}, err
	}
	return reference.Supplier{ID: row.ID, Key: row.Key, Name: row.Name}, nil
}
