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
	"github.com/ministryofjustice/hmpps-backbone/core/refdata"
)

func TestProbationProfileMapsTheOffenderProfile(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var q map[string]string
		require.NoError(t, json.NewDecoder(r.Body).Decode(&q))
		w.Header().Set("Content-Type", "application/json")
		switch q["crn"] + q["nomsNumber"] {
		case "X00002":
			_, _ = w.Write([]byte(`[{"offenderId":2,"otherIds":{"crn":"X00002","nomsNumber":"A1234AA"},"age":46,"gender":"Female",
				"offenderProfile":{"ethnicity":"White: British","nationality":"British","religion":"None","sexualOrientation":"Bisexual",
				"disabilities":[{"disabilityType":{"code":"PC","description":"Physical Condition"},"startDate":"2020-03-01","notes":"Walking issue"}]}}]`))
		case "X00009":
			w.WriteHeader(http.StatusInternalServerError)
		case "X00003":
			_, _ = w.Write([]byte(`[{"offenderId":3,"otherIds":{"crn":"X00003"},"softDeleted":true}]`))
		default:
			_, _ = w.Write([]byte(`[]`))
		}
	}))
	t.Cleanup(srv.Close)
	c, err := probationsearch.New(srv.URL, srv.Client())
	require.NoError(t, err)
	id := func(raw string) person.ID {
		parsed, err := person.ParseID(raw)
		require.NoError(t, err)
		return parsed
	}

	got, err := c.ProbationProfile(context.Background(), id("X00002"))
	require.NoError(t, err)
	start := time.Date(2020, time.March, 1, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, person.ProbationProfile{
		NomsNumber: "A1234AA", Age: 46, Gender: "Female", SexualOrientation: "Bisexual", Ethnicity: "White: British",
		Nationality: "British", Religion: "None",
		Disabilities: []person.Disability{{Type: &refdata.Code{Code: "PC", Description: "Physical Condition"}, StartDate: &start, Notes: "Walking issue"}},
	}, got)

	for raw, kind := range map[string]apperr.Kind{"X00001": apperr.NotFound, "X00003": apperr.NotFound, "X00009": apperr.Upstream} {
		_, err = c.ProbationProfile(context.Background(), id(raw))
		assert.Equal(t, kind, apperr.KindOf(err), raw)
	}
}
