package people

import (
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
)

// AssessmentAnswer is one answer of a profile's assessment: a question it
// applies to, with comments and, when imported, the NOMIS alert behind it.
type AssessmentAnswer struct {
	QuestionID                string
	Category                  reference.AssessmentCategory
	Key                       string
	Title                     string
	Comments                  string
	CreatedAt                 time.Time // a date
	ExpiresAt                 *time.Time
	NomisAlertType            string
	NomisAlertCode            string
	NomisAlertTypeDescription string
	NomisAlertDescription     string
	ImportedFromNomis         bool
}

// Profile is a person's circumstances as assessed for moving them.
type Profile struct {
	ID                          string
	PersonID                    string
	AssessmentAnswers           []AssessmentAnswer
	RequiresYouthRiskAssessment bool
	CategoryID                  string
	CSRA                        string
	CreatedAt                   time.Time
	UpdatedAt                   time.Time
}

// QuestionLookup finds assessment questions by id.
type QuestionLookup func(id string) (reference.AssessmentQuestion, error)

// CompleteAnswers checks each answer and fills in what the question decides:
// category, key and title always come from the question (whatever was sent),
// and created_at defaults to today. An unknown question is NotFound; an answer
// imported from NOMIS without its alert type and code is invalid.
func CompleteAnswers(answers []AssessmentAnswer, lookup QuestionLookup, today time.Time) ([]AssessmentAnswer, error) {
	out := make([]AssessmentAnswer, len(answers))
	for i, a := range answers {
		if a.QuestionID == "" {
			return nil, invalidAnswers()
		}
		q, err := lookup(a.QuestionID)
		if err != nil {
			return nil, err
		}
		if a.ImportedFromNomis && (a.NomisAlertType == "" || a.NomisAlertCode == "") {
			return nil, invalidAnswers()
		}
		a.Category, a.Key, a.Title = q.Category, q.Key, q.Title
		if a.CreatedAt.IsZero() {
			a.CreatedAt = dateOf(today)
		}
		out[i] = a
	}
	return out, nil
}

func invalidAnswers() error {
	return apperr.Validation(apperr.FieldError{Field: "assessment_answers", Code: "invalid", Message: "One or more assessment answers is invalid"})
}

func dateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
