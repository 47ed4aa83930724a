package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/courthearings"
)

type courtHearingRow struct {
	bun.BaseModel `bun:"table:court_hearings,alias:ch"`

	ID             string    `bun:"id,pk"`
	MoveID         *string   `bun:"move_id"`
	StartTime      time.Time `bun:"start_time"`
	CaseStartDate  *string   `bun:"case_start_date"`
	CaseNumber     *string   `bun:"case_number"`
	NomisCaseID    *int64    `bun:"nomis_case_id"`
	NomisHearingID *int64    `bun:"nomis_hearing_id"`
	CaseType       *string   `bun:"case_type"`
	Comments       *string   `bun:"comments"`
	SavedToNomis   *bool     `bun:"saved_to_nomis"`
	CreatedAt      time.Time `bun:"created_at"`
	UpdatedAt      time.Time `bun:"updated_at"`
}

func courtHearingToRow(s courthearings.Snapshot) courtHearingRow {
	return courtHearingRow{
		ID: s.ID, MoveID: ptr(s.MoveID), StartTime: s.StartTime.UTC(), CaseStartDate: dateText(s.CaseStartDate),
		CaseNumber: ptr(s.CaseNumber), NomisCaseID: s.NomisCaseID, NomisHearingID: s.NomisHearingID,
		CaseType: ptr(s.CaseType), Comments: ptr(s.Comments), SavedToNomis: s.SavedToNomis,
		CreatedAt: s.CreatedAt.UTC(), UpdatedAt: s.UpdatedAt.UTC(),
	}
}

func (r courtHearingRow) snapshot() courthearings.Snapshot {
	return courthearings.Snapshot{
		Details: courthearings.Details{
			StartTime: r.StartTime.UTC(), CaseStartDate: dateOf(r.CaseStartDate), CaseNumber: deref(r.CaseNumber),
			NomisCaseID: r.NomisCaseID, NomisHearingID: r.NomisHearingID, CaseType: deref(r.CaseType),
			Comments: deref(r.Comments), SavedToNomis: r.SavedToNomis,
		},
		ID: r.ID, MoveID: deref(r.MoveID), CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC(),
	}
}

// CourtHearings implements ports.CourtHearings.
type CourtHearings struct{ db *DB }

// NewCourtHearings builds the repository.
func NewCourtHearings(db *DB) *CourtHearings { return &CourtHearings{db: db} }

// Create implements ports.CourtHearings.
func (s *CourtHearings) Create(ctx context.Context, h *courthearings.CourtHearing) error {
	row := courtHearingToRow(h.Snapshot())
	_, err := s.db.NewInsert().Model(&row).Exec(ctx)
	return err
}

// Get implements ports.CourtHearings.
func (s *CourtHearings) Get(ctx context.Context, id string) (*courthearings.CourtHearing, error) {
	var row courtHearingRow
	if err := s.db.NewSelect().Model(&row).Where("ch.id = ?", id).Scan(ctx); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, apperr.New(apperr.NotFound, "Couldn't find CourtHearing with 'id'=%s", id)
		}
		return nil, err
	}
	return courthearings.Restore(row.snapshot()), nil
}
