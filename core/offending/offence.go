// Package offending lists a person's offences as prison (NOMIS) and probation
// (nDelius) record them. Neither is a complete history: each system holds the
// offences behind its own sentences.
package offending

import (
	"cmp"
	"slices"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/probation"
)

// Source is the system an offence record came from.
type Source int

const (
	// NOMIS is the prison system (the seed calls it NOMIS, today PRISON_API).
	NOMIS Source = iota + 1
	// NDelius is the probation system.
	NDelius
)

// Offence is one offence on one sentence or event.
type Offence struct {
	Source      Source
	CJSCode     string // Criminal Justice System code (NOMIS only)
	HOCode      string // Home Office code (nDelius only)
	StatuteCode string
	Description string
	CourtDates  []*time.Time
	CourtName   string
	StartDate   *time.Time // when the offence was committed (or began)
	EndDate     *time.Time // the end of a date range, if any
}

// SortNewestFirst orders NOMIS offences by offence date, newest first, with
// undated offences last.
func SortNewestFirst(offences []Offence) {
	slices.SortStableFunc(offences, func(a, b Offence) int {
		switch {
		case a.StartDate == nil && b.StartDate == nil:
			return 0
		case a.StartDate == nil:
			return 1
		case b.StartDate == nil:
			return -1
		}
		return cmp.Compare(b.StartDate.Unix(), a.StartDate.Unix())
	})
}

// FromSupervisions lists the offences of every nDelius event, main offence
// first, in nDelius order. Each carries every hearing date of its event and
// the court of the first hearing.
func FromSupervisions(supervisions []probation.Supervision) []Offence {
	out := []Offence{}
	for _, s := range supervisions {
		dates := []*time.Time{}
		court := ""
		for i, a := range s.CourtAppearances {
			dates = append(dates, a.Date)
			if i == 0 {
				court = a.Court
			}
		}
		offences := s.AdditionalOffences
		if s.MainOffence != nil {
			offences = append([]probation.Offence{*s.MainOffence}, offences...)
		}
		for _, o := range offences {
			out = append(out, Offence{
				Source: NDelius, HOCode: o.Code, Description: o.Description,
				CourtDates: slices.Clone(dates), CourtName: court, StartDate: o.Date,
			})
		}
	}
	return out
}
