package store

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/core/people"
)

// MoveRelations implements ports.MoveRelations: the profiles and people a page
// of moves side-loads, each kind in one query, so a listing costs the same
// number of queries whatever its page size.
type MoveRelations struct{ db *DB }

// NewMoveRelations builds the loader.
func NewMoveRelations(db *DB) *MoveRelations { return &MoveRelations{db: db} }

// Profiles implements ports.MoveRelations.
func (s *MoveRelations) Profiles(ctx context.Context, ids []string) ([]people.Profile, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	var rows []profileRow
	if err := s.db.NewSelect().Model(&rows).Where("id IN (?)", bun.List(ids)).Scan(ctx); err != nil {
		return nil, err
	}
	out := make([]people.Profile, 0, len(rows))
	for _, r := range rows {
		p, err := r.domain()
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// People implements ports.MoveRelations.
func (s *MoveRelations) People(ctx context.Context, ids []string) ([]people.Person, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	var rows []personRow
	if err := s.db.NewSelect().Model(&rows).Where("id IN (?)", bun.List(ids)).Scan(ctx); err != nil {
		return nil, err
	}
	profiles, err := profileIDsOf(ctx, s.db.DB, ids)
	if err != nil {
		return nil, err
	}
	out := make([]people.Person, len(rows))
	for i, r := range rows {
		out[i] = r.domain()
		out[i].ProfileIDs = profiles[r.ID]
	}
	return out, nil
}
