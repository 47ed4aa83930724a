package integration_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

// probationRecords mocks nDelius: X00001 has registrations, X00002 an empty
// record, any other CRN is unknown.
func probationRecords(t *testing.T) *portsmocks.ProbationRecords {
	t.Helper()
	level, category := 2, 1
	seed := probation.Record{
		Mappa: probation.Mappa{Level: &level, LevelDescription: "MAPPA Level 2", Category: &category, StartDate: date(2023, 3, 20)},
		DynamicRisks: []probation.Registration{
			{Code: "RCCO", Description: "Child Concerns"}, {Code: "RVAD", Description: "Risk to Vulnerable Adult"},
		},
		PersonStatus: []probation.Registration{
			{Code: "WRSM", Notes: "warrant"}, {Code: "RMDO"}, {Code: "ASFO", Notes: "sfo"}, {Code: "INVI"},
		},
	}
	records := portsmocks.NewProbationRecords(t)
	records.EXPECT().Record(mock.Anything, mock.Anything).RunAndReturn(func(_ context.Context, crn string) (probation.Record, error) {
		switch crn {
		case "X00001":
			return seed, nil
		case "X00002":
			return probation.Record{}, nil
		}
		return probation.Record{}, apperr.New(apperr.NotFound, "404 from nDelius")
	}).Maybe()
	return records
}

var firstPage = paging.Request{Page: 1, PerPage: 10}

func TestGetStatusInformationKeepsOnlyASFOAndWRSM(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		id    string
		page  paging.Request
		codes []string
		total int
		kind  apperr.Kind
	}{
		{"by NOMS number", "A1234AA", firstPage, []string{"WRSM", "ASFO"}, 2, 0},
		{"by CRN", "X00001", firstPage, []string{"WRSM", "ASFO"}, 2, 0},
		{"second page", "X00001", paging.Request{Page: 2, PerPage: 1}, []string{"ASFO"}, 2, 0},
		{"nothing registered", "X00002", firstPage, []string{}, 0, 0},
		{"unknown", "Z9999ZZ", firstPage, nil, 0, apperr.NotFound},
		{"malformed", "bogus", firstPage, nil, 0, apperr.Invalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got, err := integration.NewGetStatusInformation(newWorld(t).resolver, probationRecords(t)).Handle(context.Background(), c.id, c.page)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			codes := []string{}
			for _, r := range got.Items {
				codes = append(codes, r.Code)
			}
			assert.Equal(t, c.codes, codes)
			assert.Equal(t, c.total, got.Total)
		})
	}
}

func TestGetDynamicRisks(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		id    string
		codes []string
		kind  apperr.Kind
	}{
		{"by NOMS number", "A1234AA", []string{"RCCO", "RVAD"}, 0},
		{"by CRN", "X00001", []string{"RCCO", "RVAD"}, 0},
		{"nothing registered", "X00002", []string{}, 0},
		{"unknown", "Z9999ZZ", nil, apperr.NotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got, err := integration.NewGetDynamicRisks(newWorld(t).resolver, probationRecords(t)).Handle(context.Background(), c.id, firstPage)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			codes := []string{}
			for _, r := range got.Items {
				codes = append(codes, r.Code)
			}
			assert.Equal(t, c.codes, codes)
		})
	}
}

func TestGetMappaDetail(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		id    string
		level int
		kind  apperr.Kind
	}{
		{"by NOMS number", "A1234AA", 2, 0},
		{"by CRN", "X00001", 2, 0},
		{"nothing recorded is not found", "X00002", 0, apperr.NotFound},
		{"unknown", "Z9999ZZ", 0, apperr.NotFound},
		{"malformed", "bogus", 0, apperr.Invalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got, err := integration.NewGetMappaDetail(newWorld(t).resolver, probationRecords(t)).Handle(context.Background(), c.id)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.level, *got.Level)
			assert.Equal(t, "MAPPA Level 2", got.LevelDescription)
		})
	}
}
