package prisonapi_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/prisonapi"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

func TestReasonableAdjustmentsAsksForEveryHealthTreatment(t *testing.T) {
	t.Parallel()
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/api/reference-domains/domains/HEALTH_TREAT/codes":
			_, _ = w.Write([]byte(`[{"domain":"HEALTH_TREAT","code":"WHEELCHR_ACC","description":"Wheelchair","activeFlag":"Y"},
				{"domain":"HEALTH_TREAT","code":"AMP TEL","description":"Amplified telephone","activeFlag":"Y"}]`))
		case "/api/bookings/1/reasonable-adjustments":
			asked = r.URL.Query()["type"]
			_, _ = w.Write([]byte(`{"reasonableAdjustments":[{"treatmentCode":"WHEELCHR_ACC","commentText":"abcd","startDate":"2013-04-11",
				"endDate":"2023-04-11","treatmentDescription":"Wheelchair accessibility"}]}`))
		case "/api/bookings/2/reasonable-adjustments":
			w.WriteHeader(http.StatusInternalServerError)
		default:
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte(`{"status":404,"userMessage":"Offender booking not found."}`))
		}
	}))
	t.Cleanup(srv.Close)
	c, err := prisonapi.New(srv.URL, srv.Client())
	require.NoError(t, err)

	got, err := c.ReasonableAdjustments(context.Background(), 1)
	require.NoError(t, err)
	assert.Equal(t, []string{"WHEELCHR_ACC", "AMP TEL"}, asked)
	assert.Equal(t, []person.ReasonableAdjustment{{TreatmentCode: "WHEELCHR_ACC", TreatmentDescription: "Wheelchair accessibility",
		CommentText: "abcd", StartDate: day(2013, 4, 11), EndDate: day(2023, 4, 11)}}, got)

	_, err = c.ReasonableAdjustments(context.Background(), 2)
	assert.Equal(t, apperr.Upstream, apperr.KindOf(err))
	_, err = c.ReasonableAdjustments(context.Background(), 3)
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
}
