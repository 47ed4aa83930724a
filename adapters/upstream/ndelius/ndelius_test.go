package ndelius_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/ndelius"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	"github.com/ministryofjustice/hmpps-backbone/core/refdata"
)

// supervisions is a recorded /case/{crn}/supervisions body. Hearing times
// come with or without an offset; the hearing's day is its London calendar day.
const supervisions = `{
 "communityManager":{"code":"N54A001","name":{"forename":"Jane","surname":"Fletcher"},"email":"jane.fletcher@justice.gov.uk",
   "team":{"code":"N54DON","description":"Doncaster OMU","telephoneNumber":"01302 555 100","provider":{"code":"N54","description":"North East Region"}},"allocated":true},
 "mappaDetail":{"level":2,"levelDescription":"MAPPA Level 2","category":1,"categoryDescription":"MAPPA Category 1","startDate":"2023-03-20","notes":"n"},
 "dynamicRisks":[{"code":"RCCO","description":"Child Concerns","startDate":"2023-04-03","reviewDate":"2026-04-03"}],
 "personStatus":[{"code":"ASFO","description":"SFO","notes":"sfo"}],
 "supervisions":[{"number":1,"active":true,"date":"2023-03-15",
   "mainOffence":{"code":"03400","description":"Robbery","date":"2022-11-02","count":1},
   "additionalOffences":[{"code":"10501","description":"Common assault","count":1}],
   "courtAppearances":[{"court":"Sheffield Crown Court","date":"2023-07-14T23:30:00Z"},{"court":"Doncaster","date":"2022-11-04T10:00:00"}]}]}`

func TestRecordMapsSupervisions(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/case/X00001/supervisions":
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(supervisions))
		case "/case/X00009/supervisions":
			w.WriteHeader(http.StatusInternalServerError)
		default:
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	t.Cleanup(srv.Close)
	c, err := ndelius.New(srv.URL, srv.Client())
	require.NoError(t, err)

	got, err := c.Record(context.Background(), "X00001")
	require.NoError(t, err)
	assert.Equal(t, &probation.Manager{
		Forename: "Jane", Surname: "Fletcher", Email: "jane.fletcher@justice.gov.uk",
		Team: probation.Team{Code: "N54DON", Description: "Doncaster OMU", TelephoneNumber: "01302 555 100"},
	}, got.CommunityManager)
	assert.Equal(t, 2, *got.Mappa.Level)
	assert.Equal(t, "MAPPA Category 1", got.Mappa.CategoryDescription)
	assert.Equal(t, "RCCO", got.DynamicRisks[0].Code)
	assert.Equal(t, "sfo", got.PersonStatus[0].Notes)

	require.Len(t, got.Supervisions, 1)
	s := got.Supervisions[0]
	assert.Equal(t, "03400", s.MainOffence.Code)
	assert.Equal(t, "10501", s.AdditionalOffences[0].Code)
	assert.Nil(t, s.AdditionalOffences[0].Date)
	require.Len(t, s.CourtAppearances, 2)
	// 23:30 UTC in July is 00:30 the next day in London.
	assert.Equal(t, time.Date(2023, time.July, 15, 0, 0, 0, 0, time.UTC), *s.CourtAppearances[0].Date)
	assert.Equal(t, time.Date(2022, time.November, 4, 0, 0, 0, 0, time.UTC), *s.CourtAppearances[1].Date)

	_, err = c.Record(context.Background(), "X99999")
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
	_, err = c.Record(context.Background(), "X00009")
	assert.Equal(t, apperr.Upstream, apperr.KindOf(err))
}

func TestProbationReferenceData(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"probationReferenceData":{"GENDER":[{"code":"M","description":"Male"}],"REGISTER_TYPE":[]}}`))
	}))
	t.Cleanup(srv.Close)
	c, err := ndelius.New(srv.URL, srv.Client())
	require.NoError(t, err)
	got, err := c.ProbationReferenceData(context.Background())
	require.NoError(t, err)
	assert.Equal(t, map[string][]refdata.Code{"GENDER": {{Code: "M", Description: "Male"}}, "REGISTER_TYPE": {}}, got)
}
