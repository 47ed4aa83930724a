package people_test

import (
	"testing"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
)

func lookup(id string) (reference.AssessmentQuestion, error) {
	if id == "q-escape" {
		return reference.AssessmentQuestion{ID: id, Key: "escape", Category: reference.RiskQuestions, Title: "Escape"}, nil
	}
	return reference.AssessmentQuestion{}, apperr.New(apperr.NotFound, "Couldn't find AssessmentQuestion with 'id'=%s", id)
}

func TestCompleteAnswersTakesCategoryKeyAndTitleFromTheQuestion(t *testing.T) {
	t.Parallel()
	today := time.Date(2026, 11, 23, 9, 30, 0, 0, time.UTC)
	got, err := people.CompleteAnswers([]people.AssessmentAnswer{{QuestionID: "q-escape", Key: "wrong", Title: "Wrong", Category: "court", Comments: "Former escapee"}}, lookup, today)
	if err != nil {
		t.Fatal(err)
	}
	a := got[0]
	if a.Key != "escape" || a.Title != "Escape" || a.Category != reference.RiskQuestions || !a.CreatedAt.Equal(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)) || a.Comments != "Former escapee" {
		t.Errorf("answer not completed from its question: %+v", a)
	}
}

func TestCompleteAnswersRejects(t *testing.T) {
	t.Parallel()
	_, err := people.CompleteAnswers([]people.AssessmentAnswer{{QuestionID: "nope"}}, lookup, time.Now())
	if !apperr.Is(err, apperr.NotFound) {
		t.Errorf("unknown question: want NotFound, got %v", err)
	}
	for _, bad := range []people.AssessmentAnswer{{}, {QuestionID: "q-escape", ImportedFromNomis: true, NomisAlertType: "X"}} {
		_, err := people.CompleteAnswers([]people.AssessmentAnswer{bad}, lookup, time.Now())
		e, ok := apperr.As(err)
		if !ok || e.Kind != apperr.Unprocessable || e.Fields[0].Message != "One or more assessment answers is invalid" {
			t.Errorf("%+v: want the assessment_answers error, got %v", bad, err)
		}
	}
}

func TestApplyChangesOnlyWhatIsGivenAndKeepsTheRules(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	p, err := people.New("id", people.Details{FirstNames: "Fred", LastName: "Bloggs", GenderID: "g", EthnicityID: "e", PoliceNationalComputer: "14/120018R"}, now.Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	last := "Blogs"
	if err := p.Apply(people.Update{LastName: &last, GenderID: people.Change{Set: true}}, now); err != nil {
		t.Fatal(err)
	}
	if p.LastName != "Blogs" || p.FirstNames != "Fred" || p.GenderID != "" || p.EthnicityID != "e" || p.PoliceNationalComputer != "14/120018R" || !p.UpdatedAt.Equal(now) {
		t.Errorf("after apply: %+v", p)
	}
	empty := ""
	if err := p.Apply(people.Update{FirstNames: &empty}, now); !apperr.Is(err, apperr.Unprocessable) {
		t.Errorf("blank first names: want Unprocessable, got %v", err)
	}
	if p.FirstNames != "Fred" {
		t.Error("a rejected change must leave the person as it was")
	}
}
