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
	Description *string    `bun:"description,scanonly"`
	NomisCode   *string    `bun:"nomis_code,scanonly"`
	DisabledAt  *time.Time `bun:"disabled_at"`
}

func (r itemRow) domain() reference.Item {
	return reference.Item{
		ID: r.ID, Key: r.Key, Title: r.Title,
		Description: deref(r.Description), NomisCode: deref(r.NomisCode), DisabledAt: utcPtr(r.DisabledAt),
	}
}

// itemColumns lists the columns each lookup table has (transfer reasons have no description or NOMIS code).
func itemColumns(list string) []string {
	if list == "prison_transfer_reasons" {
		return []string{"id", "key", "title", "disabled_at"}
	}
	return []string{"id", "key", "title", "description", "nomis_code", "disabled_at"}
}

// lists names the lookup tables ReferenceData may read; the name is never taken from input as SQL.
var lists = map[string]bool{"genders": true, "ethnicities": true, "prison_transfer_reasons": true}

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
	err := s.db.NewSelect().Model(&row).ModelTableExpr("? AS item_row", bun.Ident(list)).Column(itemColumns(list)...).Where("id = ?", id).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return reference.Item{}, apperr.New(apperr.NotFound, "Couldn't find %s with 'id'=%s", list, id)
	}
	if err != nil {
		return reference.Item{}, err
	}
	return row.domain(), nil
}

// Items implements ports.ReferenceData.
func (s *ReferenceData) Items(ctx context.Context, list string) ([]reference.Item, error) {
	if !lists[list] {
		return nil, fmt.Errorf("store: unknown reference list %q", list)
	}
	var rows []itemRow
	if err := s.db.NewSelect().Model(&rows).ModelTableExpr("? AS item_row", bun.Ident(list)).Column(itemColumns(list)...).OrderExpr("title, id").Scan(ctx); err != nil {
		return nil, err
	}
	out := make([]reference.Item, len(rows))
	for i, r := range rows {
		out[i] = r.domain()
	}
	return out, nil
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

// Suppliers implements ports.ReferenceData.
func (s *ReferenceData) Suppliers(ctx context.Context) ([]reference.Supplier, error) {
	var rows []supplierRow
	if err := s.db.NewSelect().Model(&rows).OrderExpr("name, id").Scan(ctx); err != nil {
		return nil, err
	}
	out := make([]reference.Supplier, len(rows))
	for i, r := range rows {
		out[i] = reference.Supplier{ID: r.ID, Key: r.Key, Name: r.Name}
	}
	return out, nil
}

type questionRow struct {
	bun.BaseModel `bun:"table:assessment_questions"`

	ID         string     `bun:"id,pk"`
	Key        string     `bun:"key"`
	Category   string     `bun:"category"`
	Title      string     `bun:"title"`
	DisabledAt *time.Time `bun:"disabled_at"`
}

func (r questionRow) domain() reference.AssessmentQuestion {
	return reference.AssessmentQuestion{ID: r.ID, Key: r.Key, Category: reference.AssessmentCategory(r.Category), Title: r.Title, DisabledAt: utcPtr(r.DisabledAt)}
}

// AssessmentQuestions implements ports.ReferenceData.
func (s *ReferenceData) AssessmentQuestions(ctx context.Context, category reference.AssessmentCategory) ([]reference.AssessmentQuestion, error) {
	var rows []questionRow
	q := s.db.NewSelect().Model(&rows).OrderExpr("category, title, id")
	if category != "" {
		q = q.Where("category = ?", string(category))
	}
	if err := q.Scan(ctx); err != nil {
		return nil, err
	}
	out := make([]reference.AssessmentQuestion, len(rows))
	for i, r := range rows {
		out[i] = r.domain()
	}
	return out, nil
}

// AssessmentQuestion implements ports.ReferenceData.
func (s *ReferenceData) AssessmentQuestion(ctx context.Context, id string) (reference.AssessmentQuestion, error) {
	var row questionRow
	err := s.db.NewSelect().Model(&row).Where("id = ?", id).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return reference.AssessmentQuestion{}, apperr.New(apperr.NotFound, "Couldn't find AssessmentQuestion with 'id'=%s", id)
	}
	if err != nil {
		return reference.AssessmentQuestion{}, err
	}
	return row.domain(), nil
}

type categoryRow struct {
	bun.BaseModel `bun:"table:categories"`

	ID            string    `bun:"id,pk"`
	Key           string    `bun:"key"`
	Title         string    `bun:"title"`
	MoveSupported bool      `bun:"move_supported"`
	CreatedAt     time.Time `bun:"created_at"`
	UpdatedAt     time.Time `bun:"updated_at"`
}

func (r categoryRow) domain() reference.Category {
	return reference.Category{ID: r.ID, Key: r.Key, Title: r.Title, MoveSupported: r.MoveSupported, CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC()}
}

// Categories implements ports.ReferenceData.
func (s *ReferenceData) Categories(ctx context.Context) ([]reference.Category, error) {
	var rows []categoryRow
	if err := s.db.NewSelect().Model(&rows).OrderExpr("key, id").Scan(ctx); err != nil {
		return nil, err
	}
	out := make([]reference.Category, len(rows))
	for i, r := range rows {
		out[i] = r.domain()
	}
	return out, nil
}

// CategoryByKey implements ports.ReferenceData.
func (s *ReferenceData) CategoryByKey(ctx context.Context, key string) (reference.Category, error) {
	var row categoryRow
	err := s.db.NewSelect().Model(&row).Where("key = ?", key).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return reference.Category{}, apperr.New(apperr.NotFound, "Couldn't find Category with 'key'=%s", key)
	}
	if err != nil {
		return reference.Category{}, err
	}
	return row.domain(), nil
}
