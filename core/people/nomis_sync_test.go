package people_test

import (
	"testing"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/people"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

func TestAlertAndCareNeedCodeTables(t *testing.T) {
	t.Parallel()
	alerts := map[string]string{
		"HA": "self_harm", "F1": "self_harm", "XGANG": "hold_separately", "RNO121": "hold_separately",
		"ROM": "violent", "PC2": "violent", "XEL": "escape", "XNR": "not_to_be_released",
		"MAS": "health_issue", "PEEP": "special_vehicle", "P0": "other_risks", "": "other_risks",
	}
	for code, want := range alerts {
		if got := people.QuestionKeyForAlert(code); got != want {
			t.Errorf("alert %q → %s, want %s", code, got, want)
		}
	}
	needs := map[string]string{"PREG": "pregnant", "AU9U18": "pregnant", "EPI": "special_vehicle", "OD": "special_vehicle", "ND": "health_issue", "ASTH": "health_issue"}
	for code, want := range needs {
		if got := people.QuestionKeyForCareNeed(code); got != want {
			t.Errorf("care need %q → %s, want %s", code, got, want)
		}
	}
}

func TestAnswersFromNOMIS(t *testing.T) {
	t.Parallel()
	today := time.Date(2026, 11, 23, 15, 0, 0, 0, time.UTC)
	created := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
	ids := func(key string) (string, bool) {
		id, ok := map[string]string{"violent": "q-violent", "other_risks": "q-other", "health_issue": "q-health"}[key]
		return id, ok
	}
	answers := people.AnswersFromAlerts([]prison.Alert{
		{Type: "R", TypeDescription: "Risk", Code: "ROM", CodeDescription: "Risk to Other Males", Comment: "c", DateCreated: &created},
		{Type: "P", Code: "P0"},
		{Type: "X", Code: "XEL", Expired: true}, // expired alerts are not imported
		{Type: "X", Code: "XC"},                 // no escape question known: skipped
	}, ids, today)
	if len(answers) != 2 {
		t.Fatalf("got %d answers: %+v", len(answers), answers)
	}
	rom := answers[0]
	if rom.QuestionID != "q-violent" || !rom.ImportedFromNomis || rom.NomisAlertCode != "ROM" || rom.NomisAlertTypeDescription != "Risk" || !rom.CreatedAt.Equal(created) || rom.Comments != "c" {
		t.Errorf("ROM answer: %+v", rom)
	}
	if answers[1].QuestionID != "q-other" || !answers[1].CreatedAt.Equal(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("P0 answer: %+v", answers[1])
	}

	health := people.AnswersFromCareNeeds([]prison.PersonalCareNeed{{ProblemType: "DISAB", ProblemCode: "ND", ProblemDescription: "No Disability"}, {ProblemType: "ZZZ", ProblemCode: "ASTH"}}, ids, today)
	if len(health) != 2 || health[0].NomisAlertTypeDescription != "Disability" || health[1].NomisAlertTypeDescription != "Unknown" || health[0].QuestionID != "q-health" {
		t.Errorf("care need answers: %+v", health)
	}
}
