package offending_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ministryofjustice/hmpps-backbone/core/offending"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
)

func TestSentencesFromSupervisionsKeepsEventOrderAndStatus(t *testing.T) {
	t.Parallel()
	twelve := 12
	active, inactive := true, false
	got := offending.SentencesFromSupervisions([]probation.Supervision{
		{Active: true, Sentence: &probation.Sentence{Description: "ORA Adult Custody", Date: day(2023, 3, 15), Custodial: true}},
		{Active: false, Sentence: &probation.Sentence{Description: "ORA Community Order", Length: &twelve, LengthUnits: "Months"}},
		{Active: true}, // not yet sentenced
	})
	assert.Equal(t, []offending.Sentence{
		{Source: offending.NDelius, Description: "ORA Adult Custody", DateOfSentencing: day(2023, 3, 15), Active: &active, Custodial: true, Terms: []offending.Term{}},
		{Source: offending.NDelius, Description: "ORA Community Order", Active: &inactive, Duration: &twelve, Units: "Months", Terms: []offending.Term{}},
		{Source: offending.NDelius, Active: &active, Terms: []offending.Term{}},
	}, got)
}

func TestNomisSentenceActive(t *testing.T) {
	t.Parallel()
	active, inactive := true, false
	for status, want := range map[string]*bool{"A": &active, "I": &inactive, "": nil, "X": nil} {
		assert.Equal(t, want, offending.NomisSentenceActive(status), "status %q", status)
	}
}

func TestSortSentencesNewestFirstPutsUndatedLast(t *testing.T) {
	t.Parallel()
	sentences := []offending.Sentence{
		{Description: "undated"}, {Description: "old", DateOfSentencing: day(2001, 1, 1)}, {Description: "new", DateOfSentencing: day(2022, 1, 1)},
	}
	offending.SortSentencesNewestFirst(sentences)
	got := []string{}
	for _, s := range sentences {
		got = append(got, s.Description)
	}
	assert.Equal(t, []string{"new", "old", "undated"}, got)
}
