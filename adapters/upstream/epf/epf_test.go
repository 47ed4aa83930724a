package epf_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/epf"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
)

func TestCaseDetail(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/case-details/X00001/1" {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"nomsId":"A1234AA","name":{"forename":"Arthur","middleName":"James","surname":"Morgan"},
			"dateOfBirth":"1979-06-14","gender":"Male","courtAppearance":{"date":"2023-03-15","court":{"name":"Sheffield Crown Court"}},
			"sentence":{"expectedReleaseDate":"2028-09-14"},"responsibleProvider":{"code":"N54","name":"North East Region"},
			"ogrsScore":75,"rsrScore":5.4,"age":47,"ageAtRelease":49}`))
	}))
	t.Cleanup(srv.Close)
	c, err := epf.New(srv.URL, srv.Client())
	require.NoError(t, err)

	day := func(y int, m time.Month, d int) *time.Time { t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); return &t }
	n := func(v int64) *int64 { return &v }
	rsr := 5.4
	got, err := c.CaseDetail(context.Background(), "X00001", 1)
	require.NoError(t, err)
	assert.Equal(t, probation.CaseDetail{
		NomsID: "A1234AA", Forename: "Arthur", MiddleName: "James", Surname: "Morgan", DateOfBirth: day(1979, 6, 14), Gender: "Male",
		CourtAppearanceDate: day(2023, 3, 15), CourtName: "Sheffield Crown Court", ExpectedReleaseDate: day(2028, 9, 14),
		ResponsibleProviderCode: "N54", ResponsibleProviderName: "North East Region",
		OGRSScore: n(75), RSRScore: &rsr, Age: n(47), AgeAtRelease: n(49),
	}, got)

	_, err = c.CaseDetail(context.Background(), "X00007", 1)
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
}
