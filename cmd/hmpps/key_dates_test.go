package main

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLatestKeyDatesAndAdjustments(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/sentences/latest-key-dates-and-adjustments" }
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		d := data(t, body)
		assert.Equal(t, map[string]any{"remand": float64(45), "additionalDaysAwarded": float64(14)}, d["adjustments"], id)
		assert.Equal(t, map[string]any{"date": "2028-09-14"}, d["conditionalRelease"], id)
		assert.Equal(t, map[string]any{"date": "2030-03-14", "calculatedDate": "2030-03-14"}, d["licenceExpiry"], id)
		assert.Equal(t, map[string]any{"date": "2028-09-14", "releaseDateType": "CRD"}, d["nonDto"], id)
		assert.Equal(t, map[string]any{"startDate": "2023-03-15", "expiryDate": "2030-03-14", "expiryCalculatedDate": "2030-03-14"}, d["sentence"], id)
		assert.Equal(t, map[string]any{"eligibilityDate": "2028-05-30"}, d["homeDetentionCurfew"], id)
		assert.Equal(t, map[string]any{"date": "2028-09-14"}, d["release"], id)
	}

	// Key dates but no adjustments.
	status, _, body := s.do(t, http.MethodGet, path("G8133UA"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.NotContains(t, data(t, body), "adjustments")
	assert.Equal(t, map[string]any{"date": "2027-07-21"}, data(t, body)["conditionalRelease"])

	// On remand: NOMIS holds neither.
	status, _, body = s.do(t, http.MethodGet, path("A2345BC"), "", nil)
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, personNotFound("A2345BC"), body)

	status, _, _ = s.do(t, http.MethodGet, path("A5000EE"), "", nil)
	assert.Equal(t, http.StatusInternalServerError, status, "both calls failing")
	status, _, _ = s.do(t, http.MethodGet, path("A1234AA"), "", as("leeds-only"))
	assert.Equal(t, http.StatusNotFound, status)
	commonErrors(t, s, path)
}
