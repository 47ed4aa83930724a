package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
)

type locationRow struct {
	bun.BaseModel `bun:"table:locations"`

	ID                       string     `bun:"id,pk"`
	Key                      string     `bun:"key"`
	Title                    string     `bun:"title"`
	LocationType             string     `bun:"location_type"`
	NomisAgencyID            *string    `bun:"nomis_agency_id"`
	CanUploadDocuments       bool       `bun:"can_upload_documents"`
	YoungOffenderInstitution bool       `bun:"young_offender_institution"`
	Premise                  *string    `bun:"premise"`
	Locality                 *string    `bun:"locality"`
	City                     *string    `bun:"city"`
	Country                  *string    `bun:"country"`
	Postcode                 *string    `bun:"postcode"`
	Latitude                 *float64   `bun:"latitude"`
	Longitude                *float64   `bun:"longitude"`
	ExtraditionCapable       bool       `bun:"extradition_capable"`
	CreatedAt                time.Time  `bun:"created_at"`
	UpdatedAt                time.Time  `bun:"updated_at"`
	DisabledAt               *time.Time `bun:"disabled_at"`
}

type supplierLocationRow struct {
	bun.BaseModel `bun:"table:supplier_locations"`

	SupplierID    string     `bun:"supplier_id,pk"`
	LocationID    string     `bun:"location_id,pk"`
	EffectiveFrom *time.Time `bun:"effective_from"`
	EffectiveTo   *time.Time `bun:"effective_to"`
}

func (r locationRow) domain(suppliers []string) reference.Location {
	return reference.Location{
		ID:                       r.ID,
		Key:                      r.Key,
		Title:                    r.Title,
		Type:                     reference.LocationType(r.LocationType),
		NomisAgencyID:            deref(r.NomisAgencyID),
		CanUploadDocuments:       r.CanUploadDocuments,
		YoungOffenderInstitution: r.YoungOffenderInstitution,
		Premise:                  deref(r.Premise),
		Locality:                 deref(r.Locality),
		City:                     deref(r.City),
		Country:                  deref(r.Country),
		Postcode:                 deref(r.Postcode),
		Latitude:                 r.Latitude,
		Longitude:                r.Longitude,
		ExtraditionCapable:       r.ExtraditionCapable,
		CreatedAt:                r.CreatedAt.UTC(),
		DisabledAt:               utcPtr(r.DisabledAt),
		SupplierIDs:              suppliers,
	}
}

// Locations implements ports.Locations.
type Locations struct{ db *DB }

// NewLocations builds the repository.
func NewLocations(db *DB) *Locations { return &Locations{db: db} }

// List implements ports.Locations.
func (s *Locations) List(ctx context.Context, f reference.LocationFilter, page paging.Request) (paging.Page[reference.Location], error) {
	var rows []locationRow
	q := s.db.NewSelect().Model(&rows)
	if len(f.LocationTypes) > 0 {
		q = q.Where("location_type IN (?)", bun.List(f.LocationTypes))
	}
	if len(f.NomisAgencyIDs) > 0 {
		q = q.Where("UPPER(nomis_agency_id) IN (?)", bun.List(upper(f.NomisAgencyIDs)))
	}
	if len(f.LocationIDs) > 0 {
		q = q.Where("id IN (?)", bun.List(f.LocationIDs))
	}
	if len(f.SupplierIDs) > 0 {
		q = q.Where("id IN (SELECT location_id FROM supplier_locations WHERE supplier_id IN (?))", bun.List(f.SupplierIDs))
	}
	if f.YoungOffenderInstitution != nil {
		q = q.Where("young_offender_institution = ?", *f.YoungOffenderInstitution)
	}
	if f.ExtraditionCapable != nil {
		q = q.Where("extradition_capable = ?", *f.ExtraditionCapable)
	}
	total, err := q.OrderExpr("title ASC, id ASC").Limit(int64(page.PerPage)).Offset(int64(page.Offset())).ScanAndCount(ctx)
	if err != nil {
		return paging.Page[reference.Location]{}, err
	}
	suppliers, err := s.suppliersOf(ctx, rows)
	if err != nil {
		return paging.Page[reference.Location]{}, err
	}
	items := make([]reference.Location, len(rows))
	for i, r := range rows {
		items[i] = r.domain(suppliers[r.ID])
	}
	return paging.Page[reference.Location]{Items: items, Request: page, Total: int(total)}, nil
}

// Get implements ports.Locations.
func (s *Locations) Get(ctx context.Context, id string) (reference.Location, error) {
	var row locationRow
	err := s.db.conn(ctx).NewSelect().Model(&row).Where("id = ?", id).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return reference.Location{}, apperr.New(apperr.NotFound, "Couldn't find Location with 'id'=%s", id)
	}
	if err != nil {
		return reference.Location{}, err
	}
	suppliers, err := s.suppliersOf(ctx, []locationRow{row})
	if err != nil {
		return reference.Location{}, err
	}
	return row.domain(suppliers[row.ID]), nil
}

func (s *Locations) suppliersOf(ctx context.Context, rows []locationRow) (map[string][]string, error) {
	out := map[string][]string{}
	if len(rows) == 0 {
		return out, nil
	}
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	var links []supplierLocationRow
	if err := s.db.conn(ctx).NewSelect().Model(&links).Where("location_id IN (?)", bun.List(ids)).OrderExpr("supplier_id").Scan(ctx); err != nil {
		return nil, err
	}
	for _, l := range links {
		out[l.LocationID] = append(out[l.LocationID], l.SupplierID)
	}
	return out, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func ptr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func utcPtr(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

func upper(values []string) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = strings.ToUpper(strings.TrimSpace(v))
	}
	return out
}
