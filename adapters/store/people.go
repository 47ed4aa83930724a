package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
)

type personRow struct {
	bun.BaseModel `bun:"table:people"`

	ID                          string     `bun:"id,pk"`
	FirstNames                  string     `bun:"first_names"`
	LastName                    string     `bun:"last_name"`
	DateOfBirth                 *time.Time `bun:"date_of_birth,type:date"`
	GenderAdditionalInformation *string    `bun:"gender_additional_information"`
	PrisonNumber                *string    `bun:"prison_number"`
	CriminalRecordsOffice       *string    `bun:"criminal_records_office"`
	PoliceNationalComputer      *string    `bun:"police_national_computer"`
	EthnicityID                 *string    `bun:"ethnicity_id"`
	GenderID                    *string    `bun:"gender_id"`
	CreatedAt                   time.Time  `bun:"created_at"`
	UpdatedAt                   time.Time  `bun:"updated_at"`
}

func personToRow(p people.Person) personRow {
	return personRow{
		ID:                          p.ID,
		FirstNames:                  p.FirstNames,
		LastName:                    p.LastName,
		DateOfBirth:                 p.DateOfBirth,
		GenderAdditionalInformation: ptr(p.GenderAdditionalInformation),
		PrisonNumber:                ptr(p.PrisonNumber),
		CriminalRecordsOffice:       ptr(p.CriminalRecordsOffice),
		PoliceNationalComputer:      ptr(p.PoliceNationalComputer),
		EthnicityID:                 ptr(p.EthnicityID),
		GenderID:                    ptr(p.GenderID),
		CreatedAt:                   p.CreatedAt.UTC(),
		UpdatedAt:                   p.UpdatedAt.UTC(),
	}
}

func (r personRow) domain() people.Person {
	var dob *time.Time
	if r.DateOfBirth != nil {
		d := time.Date(r.DateOfBirth.Year(), r.DateOfBirth.Month(), r.DateOfBirth.Day(), 0, 0, 0, 0, time.UTC)
		dob = &d
	}
	return people.Person{
		ID:                          r.ID,
		FirstNames:                  r.FirstNames,
		LastName:                    r.LastName,
		DateOfBirth:                 dob,
		GenderAdditionalInformation: deref(r.GenderAdditionalInformation),
		PrisonNumber:                deref(r.PrisonNumber),
		CriminalRecordsOffice:       deref(r.CriminalRecordsOffice),
		PoliceNationalComputer:      deref(r.PoliceNationalComputer),
		EthnicityID:                 deref(r.EthnicityID),
		GenderID:                    deref(r.GenderID),
		CreatedAt:                   r.CreatedAt.UTC(),
		UpdatedAt:                   r.UpdatedAt.UTC(),
	}
}

// People implements ports.People.
type People struct{ db bun.IDB }

// NewPeople builds the repository.
func NewPeople(db *DB) *People { return &People{db: db.DB} }

// Create implements ports.People.
func (s *People) Create(ctx context.Context, p people.Person) error {
	row := personToRow(p)
	_, err := s.db.NewInsert().Model(&row).Exec(ctx)
	return err
}

// Save implements ports.People.
func (s *People) Save(ctx context.Context, p people.Person) error {
	row := personToRow(p)
	res, err := s.db.NewUpdate().Model(&row).WherePK().Exec(ctx)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return apperr.New(apperr.NotFound, "Couldn't find Person with 'id'=%s", p.ID)
	}
	return nil
}

// Get implements ports.People.
func (s *People) Get(ctx context.Context, id string) (people.Person, error) {
	var row personRow
	err := s.db.NewSelect().Model(&row).Where("id = ?", id).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return people.Person{}, apperr.New(apperr.NotFound, "Couldn't find Person with 'id'=%s", id)
	}
	if err != nil {
		return people.Person{}, err
	}
	p := row.domain()
	ids, err := profileIDsOf(ctx, s.db, []string{p.ID})
	if err != nil {
		return people.Person{}, err
	}
	p.ProfileIDs = ids[p.ID]
	return p, nil
}

// List implements ports.People.
func (s *People) List(ctx context.Context, f people.Filter, page paging.Request) (paging.Page[people.Person], error) {
	var rows []personRow
	q := s.db.NewSelect().Model(&rows)
	if len(f.PoliceNationalComputers) > 0 {
		q = q.Where("UPPER(police_national_computer) IN (?)", bun.List(upper(f.PoliceNationalComputers)))
	}
	if len(f.CriminalRecordsOffices) > 0 {
		q = q.Where("UPPER(criminal_records_office) IN (?)", bun.List(upper(f.CriminalRecordsOffices)))
	}
	if len(f.PrisonNumbers) > 0 {
		q = q.Where("UPPER(prison_number) IN (?)", bun.List(upper(f.PrisonNumbers)))
	}
	total, err := q.OrderExpr("created_at ASC, id ASC").Limit(int64(page.PerPage)).Offset(int64(page.Offset())).ScanAndCount(ctx)
	if err != nil {
		return paging.Page[people.Person]{}, err
	}
	personIDs := make([]string, len(rows))
	for i, r := range rows {
		personIDs[i] = r.ID
	}
	profiles, err := profileIDsOf(ctx, s.db, personIDs)
	if err != nil {
		return paging.Page[people.Person]{}, err
	}
	items := make([]people.Person, len(rows))
	for i, r := range rows {
		items[i] = r.domain()
		items[i].ProfileIDs = profiles[r.ID]
	}
	return paging.Page[people.Person]{Items: items, Request: page, Total: int(total)}, nil
}
