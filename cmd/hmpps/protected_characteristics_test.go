package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProtectedCharacteristics(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/protected-characteristics" }

	// Probation search works the age out from today's date.
	ageToday := func(y int, m time.Month, d int) float64 {
		now := time.Now()
		age := now.Year() - y
		if now.Month() < m || (now.Month() == m && now.Day() < d) {
			age--
		}
		return float64(age)
	}
	arthur := map[string]any{
		"age": ageToday(1979, time.June, 14), "gender": "Male", "sexualOrientation": "Heterosexual",
		"ethnicity": "White: Eng./Welsh/Scot./N.Irish/British", "nationality": "British", "religion": "Church of England (Anglican)",
		"disabilities": []any{}, "maritalStatus": "Single-not married/in civil partnership",
		// Only the treatments of HEALTH_TREAT types, ended ones included.
		"reasonableAdjustments": []any{
			map[string]any{"treatmentCode": "WHEELCHR_ACC", "treatmentDescription": "Wheelchair accessibility",
				"commentText": "Knee injury; ground floor cell.", "startDate": "2023-02-10"},
			map[string]any{"treatmentCode": "HEARING_LOOP", "treatmentDescription": "Hearing loop",
				"startDate": "2023-02-10", "endDate": "2024-02-09"},
		},
	}
	// Every id shape finds the same person (a PNC through probation search too).
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, arthur, data(t, body), id)
	}

	status, _, body := s.do(t, http.MethodGet, path("X00002"), "", nil)
	require.Equal(t, http.StatusOK, status, "probation only")
	d := data(t, body)
	assert.Equal(t, []any{map[string]any{
		"disabilityType": map[string]any{"code": "LD", "description": "Learning Difficulties"},
		"startDate":      "2022-01-10", "notes": "Dyslexia; prefers letters read aloud.",
	}}, d["disabilities"])
	assert.Equal(t, []any{}, d["reasonableAdjustments"])
	assert.Nil(t, d["maritalStatus"])

	cases := []struct {
		name    string
		id      string
		headers map[string]string
		status  int
	}{
		{"prison only: unknown to probation", "G8133UA", nil, http.StatusNotFound},
		{"outside the consumer's prisons", "A1234AA", as("leeds-only"), http.StatusNotFound},
		{"probation only, with a prison filter", "X00002", as("leeds-only"), http.StatusNotFound},
	}
	for _, c := range cases {
		status, _, body := s.do(t, http.MethodGet, path(c.id), "", c.headers)
		assert.Equal(t, c.status, status, "%s: %v", c.name, body)
	}
	commonErrors(t, s, path)
}

func TestProtectedCharacteristicsUpstreamFailure(t *testing.T) {
	t.Parallel()
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close() // nothing listens here any more

	for _, upstream := range []string{"PRISON_API_URL", "PROBATION_SEARCH_URL"} {
		s := startPrisonService(t, map[string]string{upstream: deadURL})
		status, _, body := s.do(t, http.MethodGet, "/v1/persons/X00001/protected-characteristics", "", nil)
		require.Equal(t, http.StatusInternalServerError, status, upstream)
		assert.Equal(t, "Unable to complete request as an upstream service is not responding", body["userMessage"], upstream)
	}
}
