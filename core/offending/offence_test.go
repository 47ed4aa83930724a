package offending_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/ministryofjustice/hmpps-backbone/core/offending"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
)

func day(y int, m time.Month, d int) *time.Time {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return &t
}

func TestFromSupervisionsListsMainThenAdditionalOffences(t *testing.T) {
	t.Parallel()
	got := offending.FromSupervisions([]probation.Supervision{
		{
			MainOffence:        &probation.Offence{Code: "03400", Description: "Robbery", Date: day(2022, 11, 2)},
			AdditionalOffences: []probation.Offence{{Code: "10501", Description: "Common assault"}},
			CourtAppearances: []probation.CourtAppearance{
				{Court: "Doncaster Magistrates' Court", Date: day(2022, 11, 4)}, {Court: "Sheffield Crown Court", Date: day(2023, 3, 15)},
			},
		},
		{MainOffence: &probation.Offence{Code: "04600", Description: "Theft from a shop"}},
	})
	assert.Equal(t, []offending.Offence{
		{Source: offending.NDelius, HOCode: "03400", Description: "Robbery", StartDate: day(2022, 11, 2),
			CourtDates: []*time.Time{day(2022, 11, 4), day(2023, 3, 15)}, CourtName: "Doncaster Magistrates' Court"},
		{Source: offending.NDelius, HOCode: "10501", Description: "Common assault",
			CourtDates: []*time.Time{day(2022, 11, 4), day(2023, 3, 15)}, CourtName: "Doncaster Magistrates' Court"},
		{Source: offending.NDelius, HOCode: "04600", Description: "Theft from a shop", CourtDates: []*time.Time{}},
	}, got)
}

func TestSortNewestFirstPutsUndatedLast(t *testing.T) {
	t.Parallel()
	offences := []offending.Offence{
		{CJSCode: "undated"}, {CJSCode: "old", StartDate: day(2001, 1, 1)}, {CJSCode: "new", StartDate: day(2020, 1, 1)},
	}
	offending.SortNewestFirst(offences)
	codes := []string{}
	for _, o := range offences {
		codes = append(codes, o.CJSCode)
	}
	assert.Equal(t, []string{"new", "old", "undated"}, codes)
}
