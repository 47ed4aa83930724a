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
	"github.com/ministryofjustice/hmpps-backbone/core/offending"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/core/refdata"
)

func TestOffenceHistoryMapsNomisCodesAndDates(t *testing.T) {
	t.Parallel()
	c := recorded(t, http.StatusOK, map[string]string{
		"/api/bookings/offenderNo/A1234AA/offenceHistory": `[
			{"bookingId":1,"offenceDate":"2022-10-30","offenceRangeDate":"2022-11-02","offenceDescription":"Robbery","offenceCode":"TH68023",
			 "statuteCode":"TH68","mostSerious":true,"courtDate":"2023-03-15","caseId":1},
			{"bookingId":1,"offenceDescription":"Undated","offenceCode":"XX00001","statuteCode":"XX00","mostSerious":false}]`,
	})
	got, err := c.OffenceHistory(context.Background(), "A1234AA")
	require.NoError(t, err)
	assert.Equal(t, []offending.Offence{
		{Source: offending.NOMIS, CJSCode: "TH68023", StatuteCode: "TH68", Description: "Robbery",
			CourtDates: []*time.Time{day(2023, time.March, 15)}, StartDate: day(2022, time.October, 30), EndDate: day(2022, time.November, 2)},
		{Source: offending.NOMIS, CJSCode: "XX00001", StatuteCode: "XX00", Description: "Undated", CourtDates: []*time.Time{nil}},
	}, got)

	_, err = c.OffenceHistory(context.Background(), "Z9999ZZ")
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
}

func TestAddressesMapPremiseFlatAndTypes(t *testing.T) {
	t.Parallel()
	c := recorded(t, http.StatusOK, map[string]string{
		"/api/offenders/A1234AA/addresses": `[{"addressId":1,"addressType":"HOME","flat":"2B","premise":"Rose Court","street":"Hillside Road",
			"locality":"Bentley","town":"Doncaster","county":"South Yorkshire","postalCode":"DN1 2AB","country":"England","comment":"Partner's flat",
			"primary":true,"mail":true,"noFixedAddress":false,"startDate":"2019-03-01",
			"addressUsages":[{"addressId":1,"addressUsage":"HDC","addressUsageDescription":"HDC Address","activeFlag":true}]}]`,
	})
	got, err := c.Addresses(context.Background(), "A1234AA")
	require.NoError(t, err)
	assert.Equal(t, []person.Address{{
		Name: "Rose Court", Number: "2B", Street: "Hillside Road", Locality: "Bentley", Town: "Doncaster", County: "South Yorkshire",
		Postcode: "DN1 2AB", Country: "England", Notes: "Partner's flat", StartDate: day(2019, time.March, 1),
		Types: []person.AddressType{{Code: "HDC", Description: "HDC Address"}, {Code: "HOME"}},
	}}, got)
}

func TestReferenceDomainAsksForEveryCode(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/api/reference-domains/domains/SEX" {
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte(`{"status":404,"userMessage":"not found"}`))
			return
		}
		assert.Equal(t, "2147483647", r.Header.Get("Page-Limit"))
		assert.Equal(t, "1.0", r.Header.Get("version"))
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`[{"domain":"SEX","code":"M","description":"Male","activeFlag":"Y"},{"domain":"SEX","code":"F","description":"Female","activeFlag":"Y"}]`))
	}))
	t.Cleanup(srv.Close)
	c, err := prisonapi.New(srv.URL, srv.Client())
	require.NoError(t, err)

	got, err := c.ReferenceDomain(context.Background(), "SEX")
	require.NoError(t, err)
	assert.Equal(t, []refdata.Code{{Code: "M", Description: "Male"}, {Code: "F", Description: "Female"}}, got)
	_, err = c.ReferenceDomain(context.Background(), "NOPE")
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
}
