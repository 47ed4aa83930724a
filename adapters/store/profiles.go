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
	"github.com/ministryofjustice/hmpps-backbone/core/people"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
)

type profileRow struct {
	bun.BaseModel `bun:"table:profiles"`

	ID                          string    `bun:"id,pk"`
	PersonID                    string    `bun:"person_id"`
	AssessmentAnswers           string    `bun:"assessment_answers"`
	RequiresYouthRiskAssessment bool      `bun:"requires_youth_risk_assessment"`
	CategoryID                  *string   `bun:"category_id"`
	CSRA                        *string   `bun:"csra"`
	CreatedAt                   time.Time `bun:"created_at"`
	UpdatedAt                   time.Time `bun:"updated_at"`
}

// answerJSON is the stored form of an assessment answer: the API's field names,
// so the column reads the same as the documents clients see.
type answerJSON struct {
	QuestionID                string  `json:"assessment_question_id"`
	Category                  string  `json:"category"`
	Key                       string  `json:"key"`
	Title                     string  `json:"title"`
	Comments                  string  `json:"comments,omitempty"`
	CreatedAt                 string  `json:"created_at"`
	ExpiresAt                 *string `json:"expires_at,omitempty"`
	NomisAlertType            string  `json:"nomis_alert_type,omitempty"`
	NomisAlertCode            string  `json:"nomis_alert_code,omitempty"`
	NomisAlertTypeDescription string  `json:"nomis_alert_type_description,omitempty"`
	NomisAlertDescription     string  `json:"nomis_alert_description,omitempty"`
	ImportedFromNomis         bool    `json:"imported_from_nomis"`
}

const isoDate = "2006-01-02"

func profileToRow(p people.Profile) (profileRow, error) {
	answers := make([]answerJSON, len(p.AssessmentAnswers))
	for i, a := range p.AssessmentAnswers {
		answers[i] = answerJSON{
			QuestionID: a.QuestionID, Category: string(a.Category), Key: a.Key, Title: a.Title, Comments: a.Comments,
			CreatedAt: a.CreatedAt.Format(isoDate), NomisAlertType: a.NomisAlertType, NomisAlertCode: a.NomisAlertCode,
			NomisAlertTypeDescription: a.NomisAlertTypeDescription, NomisAlertDescription: a.NomisAlertDescription,
			ImportedFromNomis: a.ImportedFromNomis,
		}
		if a.ExpiresAt != nil {
			e := a.ExpiresAt.Format(isoDate)
			answers[i].ExpiresAt = &e
		}
	}
	data, err := json.Marshal(answers)
	if err != nil {
		return profileRow{}, err
	}
	return profileRow{
		ID: p.ID, PersonID: p.PersonID, AssessmentAnswers: string(data),
		RequiresYouthRiskAssessment: p.RequiresYouthRiskAssessment, CategoryID: ptr(p.CategoryID), CSRA: ptr(p.CSRA),
		CreatedAt: p.CreatedAt.UTC(), UpdatedAt: p.UpdatedAt.UTC(),
	}, nil
}

func (r profileRow) domain() (people.Profile, error) {
	var stored []answerJSON
	if err := json.Unmarshal([]byte(r.AssessmentAnswers), &stored); err != nil {
		return people.Profile{}, fmt.Errorf("store: profile %s answers: %w", r.ID, err)
	}
	answers := make([]people.AssessmentAnswer, len(stored))
	for i, a := range stored {
		created, err := time.Parse(isoDate, a.CreatedAt)
		if err != nil {
			return people.Profile{}, fmt.Errorf("store: profile %s answer date: %w", r.ID, err)
		}
		answers[i] = people.AssessmentAnswer{
			QuestionID: a.QuestionID, Category: reference.AssessmentCategory(a.Category), Key: a.Key, Title: a.Title,
			Comments: a.Comments, CreatedAt: created, NomisAlertType: a.NomisAlertType, NomisAlertCode: a.NomisAlertCode,
			NomisAlertTypeDescription: a.NomisAlertTypeDescription, NomisAlertDescription: a.NomisAlertDescription,
			ImportedFromNomis: a.ImportedFromNomis,
		}
		if a.ExpiresAt != nil {
			if e, err := time.Parse(isoDate, *a.ExpiresAt); err == nil {
				answers[i].ExpiresAt = &e
			}
		}
	}
	return people.Profile{
		ID: r.ID, PersonID: r.PersonID, AssessmentAnswers: answers,
		RequiresYouthRiskAssessment: r.RequiresYouthRiskAssessment, CategoryID: deref(r.CategoryID), CSRA: deref(r.CSRA),
		CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC(),
	}, nil
}

// Profiles implements ports.Profiles.
type Profiles struct{ db *DB }

// NewProfiles builds the repository.
func NewProfiles(db *DB) *Profiles { return &Profiles{db: db} }

// Create implements ports.Profiles.
func (s *Profiles) Create(ctx context.Context, p people.Profile) error {
	row, err := profileToRow(p)
	if err != nil {
		return err
	}
	_, err = s.db.NewInsert().Model(&row).Exec(ctx)
	return err
}

// Get implements ports.Profiles.
func (s *Profiles) Get(ctx context.Context, id string) (people.Profile, error) {
	return getProfile(ctx, s.db.DB, id, false)
}

func getProfile(ctx context.Context, db bun.IDB, id string, lock bool) (people.Profile, error) {
	var row profileRow
	q := db.NewSelect().Model(&row).Where("id = ?", id)
	if lock {
		q = q.For("UPDATE")
	}
	err := q.Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return people.Profile{}, apperr.New(apperr.NotFound, "Couldn't find Profile with 'id'=%s", id)
	}
	if err != nil {
		return people.Profile{}, err
	}
	return row.domain()
}

// Update implements ports.Profiles: the row is locked (PostgreSQL) or the
// database is (SQLite's single writer) while change runs.
func (s *Profiles) Update(ctx context.Context, id string, change func(*people.Profile) error) (people.Profile, error) {
	var out people.Profile
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		p, err := getProfile(ctx, tx, id, s.db.Engine == Postgres)
		if err != nil {
			return err
		}
		if err := change(&p); err != nil {
			return err
		}
		row, err := profileToRow(p)
		if err != nil {
			return err
		}
		if _, err := tx.NewUpdate().Model(&row).WherePK().Exec(ctx); err != nil {
			return err
		}
		out = p
		return nil
	})
	return out, err
}

// profileIDsOf returns each person's profile ids, oldest first.
func profileIDsOf(ctx context.Context, db bun.IDB, personIDs []string) (map[string][]string, error) {
	out := map[string][]string{}
	if len(personIDs) == 0 {
		return out, nil
	}
	var rows []profileRow
	if err := db.NewSelect().Model(&rows).Column("id", "person_id").Where("person_id IN (?)", bun.List(personIDs)).OrderExpr("created_at, id").Scan(ctx); err != nil {
		return nil, err
	}
	for _, r := range rows {
		out[r.PersonID] = append(out[r.PersonID], r.ID)
	}
	return out, nil
}
