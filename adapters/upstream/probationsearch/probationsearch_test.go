package probationsearch_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/probationsearch"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

// offender is a recorded /search hit with contact details and a restriction.
const offender = `[{"offenderId":1,"firstName":"Eleanor","surname":"Price","dateOfBirth":"1977-05-09",
	"otherIds":{"crn":"X00007","pncNumber":"2010/0044556P"},
	"currentRestriction":true,"restrictionMessage":"Restricted","currentExclusion":false,
	"contactDetails":{"emailAddresses":["e@example.com"],"phoneNumbers":[{"number":"0207","type":"TELEPHONE"}],
		"addresses":[{"id":9,"from":"2020-05-01","addressNumber":"22","buildingName":"Kings Court","streetName":"Caledonian Road","district":"Islington",
		  "town":"London","postcode":"N1 9DX","noFixedAbode":false,"type":{"code":"A03","description":"Rental"}}]}}]`

func TestFindProbationCasesSendsTheQueryAndMapsContacts(t *testing.T) {
	t.Parallel()
	var got map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		require.NoError(t, json.NewDecoder(r.Body).Decode(&got))
		if got["surname"] == "Fail" {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(offender))
	}))
	t.Cleanup(srv.Close)
	c, err := probationsearch.New(srv.URL, srv.Client())
	require.NoError(t, err)

	dob := time.Date(1977, time.May, 9, 0, 0, 0, 0, time.UTC)
	cases, err := c.FindProbationCases(context.Background(), person.SearchQuery{LastName: "Price", DateOfBirth: &dob, IncludeAliases: true})
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"surname": "Price", "dateOfBirth": "1977-05-09", "includeAliases": true}, got, "only the given fields are sent")
	require.Len(t, cases, 1)
	from := time.Date(2020, time.May, 1, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, person.CaseAccess{Restricted: true, RestrictionMessage: "Restricted"}, cases[0].Access)
	assert.Equal(t, &person.Contact{
		Phones: []person.Phone{{Number: "0207", Type: "TELEPHONE"}}, Emails: []string{"e@example.com"},
		Addresses: []person.Address{{
			Name: "Kings Court", Number: "22", Street: "Caledonian Road", Locality: "Islington", Town: "London", Postcode: "N1 9DX",
			StartDate: &from, Types: []person.AddressType{{Code: "A03", Description: "Rental"}},
		}},
	}, cases[0].Contact)

	_, err = c.FindProbationCases(context.Background(), person.SearchQuery{LastName: "Fail"})
	assert.Equal(t, apperr.Upstream, apperr.KindOf(err))
}
