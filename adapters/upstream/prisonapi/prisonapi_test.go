package prisonapi_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/prisonapi"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

// recorded serves one recorded body per path.
func recorded(t *testing.T, status int, bodies map[string]string) *prisonapi.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := bodies[r.URL.Path]
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte(`{"status":404,"userMessage":"Resource with id [` + r.URL.Path + `] not found."}`))
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	c, err := prisonapi.New(srv.URL, srv.Client())
	require.NoError(t, err)
	return c
}

func day(y int, m time.Month, d int) *time.Time {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return &t
}

func TestAlertsMapping(t *testing.T) {
	t.Parallel()
	c := recorded(t, 200, map[string]string{"/api/offenders/A1234AA/alerts/v2": `[
		{"alertId":4102,"bookingId":1201001,"offenderNo":"A1234AA","alertType":"H","alertTypeDescription":"Self Harm",
		 "alertCode":"HA","alertCodeDescription":"ACCT Open (HMPS)","comment":"ACCT opened.","dateCreated":"2023-09-05",
		 "dateExpires":"2023-11-20","modifiedDateTime":"2023-11-20T10:15:00","expired":true,"active":false,
		 "addedByFirstName":"MARK","addedByLastName":"ELLIS"},
		{"alertId":4101,"alertCode":"XA","dateCreated":"2023-03-02"}
	]`})
	got, err := c.Alerts(context.Background(), "A1234AA")
	require.NoError(t, err)
	assert.Equal(t, []prison.Alert{
		{OffenderNo: "A1234AA", Type: "H", TypeDescription: "Self Harm", Code: "HA", CodeDescription: "ACCT Open (HMPS)",
			Comment: "ACCT opened.", DateCreated: day(2023, 9, 5), DateExpired: day(2023, 11, 20), Expired: true, Active: false},
		{Code: "XA", DateCreated: day(2023, 3, 2)},
	}, got)
}

func TestVisitRestrictionsMapping(t *testing.T) {
	t.Parallel()
	c := recorded(t, 200, map[string]string{
		"/api/offenders/A1234AA/offender-restrictions": `{"bookingId":1201001,"offenderRestrictions":[
			{"restrictionId":5101,"comment":"Drugs find.","restrictionType":"CLOSED","restrictionTypeDescription":"Closed","startDate":"2025-10-01","active":true},
			{"restrictionId":5102,"restrictionType":"NONCON","restrictionTypeDescription":"Non Contact Visit","startDate":"2024-01-08","expiryDate":"2024-06-30","active":false}]}`,
		"/api/offenders/G8133UA/offender-restrictions": `{"bookingId":1201002}`,
	})
	got, err := c.VisitRestrictions(context.Background(), "A1234AA")
	require.NoError(t, err)
	assert.Equal(t, []prison.VisitRestriction{
		{RestrictionID: 5101, Comment: "Drugs find.", RestrictionType: "CLOSED", RestrictionTypeDescription: "Closed", StartDate: *day(2025, 10, 1), Active: true},
		{RestrictionID: 5102, RestrictionType: "NONCON", RestrictionTypeDescription: "Non Contact Visit", StartDate: *day(2024, 1, 8), ExpiryDate: day(2024, 6, 30)},
	}, got)

	got, err = c.VisitRestrictions(context.Background(), "G8133UA")
	require.NoError(t, err)
	assert.Equal(t, []prison.VisitRestriction{}, got, "no list is an empty list")
}

func TestVisitBalancesMapping(t *testing.T) {
	t.Parallel()
	c := recorded(t, 200, map[string]string{
		"/api/bookings/offenderNo/A1234AA/visit/balances": `{"remainingVo":2,"remainingPvo":1,"latestIepAdjustDate":"2025-11-01"}`,
		"/api/bookings/offenderNo/G8133UA/visit/balances": `{"remainingVo":null,"remainingPvo":3}`,
	})
	got, err := c.VisitBalances(context.Background(), "A1234AA")
	require.NoError(t, err)
	assert.Equal(t, prison.VisitBalances{RemainingVisitOrders: 2, RemainingPrivilegeVisitOrders: 1}, got)

	got, err = c.VisitBalances(context.Background(), "G8133UA")
	require.NoError(t, err)
	assert.Equal(t, prison.VisitBalances{RemainingVisitOrders: 0, RemainingPrivilegeVisitOrders: 3}, got, "null counts as none left")
}

func TestUpstreamStatusesAreClassified(t *testing.T) {
	t.Parallel()
	cases := []struct {
		status int
		want   apperr.Kind
	}{
		{http.StatusNotFound, apperr.NotFound},
		{http.StatusBadRequest, apperr.Upstream},
		{http.StatusInternalServerError, apperr.Upstream},
	}
	for _, c := range cases {
		client := recorded(t, c.status, map[string]string{
			"/api/offenders/A1234AA/alerts/v2":                `{"status":0,"userMessage":"x"}`,
			"/api/offenders/A1234AA/offender-restrictions":    `{"status":0,"userMessage":"x"}`,
			"/api/bookings/offenderNo/A1234AA/visit/balances": `{"status":0,"userMessage":"x"}`,
		})
		ctx := context.Background()
		_, err := client.Alerts(ctx, "A1234AA")
		assert.Equal(t, c.want, apperr.KindOf(err), "alerts %d", c.status)
		_, err = client.VisitRestrictions(ctx, "A1234AA")
		assert.Equal(t, c.want, apperr.KindOf(err), "restrictions %d", c.status)
		_, err = client.VisitBalances(ctx, "A1234AA")
		assert.Equal(t, c.want, apperr.KindOf(err), "balances %d", c.status)
	}
}
