package offending

import (
	"cmp"
	"slices"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/probation"
)

// Sentence is one sentence (NOMIS) or disposal of an event (nDelius). The
// two systems describe length differently: NOMIS as terms (imprisonment,
// licence...), nDelius as one duration in units.
type Sentence struct {
	Source           Source
	DateOfSentencing *time.Time
	Description      string
	Active           *bool // nil when the source does not say
	Custodial        bool
	FineAmount       *float64 // NOMIS only
	Duration         *int     // nDelius only, in Units
	Units            string   // Hours | Days | Weeks | Months | Years
	Terms            []Term   // NOMIS only; empty for nDelius
}

// Term is one part of a NOMIS sentence's length, such as the term of
// imprisonment (IMP) or of licence (LIC).
type Term struct {
	Years, Months, Weeks, Days, Hours *int
	Code                              string // NOMIS term code, e.g. IMP
}

// NomisSentenceActive reads NOMIS's sentence status: A is active, I
// inactive. Any other (or no) status says nothing, so the answer is nil
// rather than a guess.
func NomisSentenceActive(status string) *bool {
	var active bool
	switch status {
	case "A":
		active = true
	case "I":
		active = false
	default:
		return nil
	}
	return &active
}

// SortSentencesNewestFirst orders one booking's NOMIS sentences by date of
// sentencing, newest first, with undated sentences last.
func SortSentencesNewestFirst(sentences []Sentence) {
	slices.SortStableFunc(sentences, func(a, b Sentence) int {
		switch {
		case a.DateOfSentencing == nil && b.DateOfSentencing == nil:
			return 0
		case a.DateOfSentencing == nil:
			return 1
		case b.DateOfSentencing == nil:
			return -1
		}
		return cmp.Compare(b.DateOfSentencing.Unix(), a.DateOfSentencing.Unix())
	})
}

// SentencesFromSupervisions lists the sentence of every nDelius event, in
// nDelius order. Whether it is active is the event's status, not the
// sentence's; an event not yet sentenced still appears, with no details, as
// it does in the original.
func SentencesFromSupervisions(supervisions []probation.Supervision) []Sentence {
	out := []Sentence{}
	for _, s := range supervisions {
		active := s.Active
		sentence := Sentence{Source: NDelius, Active: &active, Terms: []Term{}}
		if d := s.Sentence; d != nil {
			sentence.DateOfSentencing, sentence.Description = d.Date, d.Description
			sentence.Custodial, sentence.Duration, sentence.Units = d.Custodial, d.Length, d.LengthUnits
		}
		out = append(out, sentence)
	}
	return out
}
