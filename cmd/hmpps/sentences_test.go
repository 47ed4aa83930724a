package main

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSentences(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/sentences" }
	// NOMIS's lines newest first, then nDelius's events in event order.
	want := []any{
		map[string]any{"serviceSource": "NOMIS", "systemSource": "PRISON_SYSTEMS", "dateOfSentencing": "2023-03-15",
			"description": "Standard Determinate Sentence", "isActive": true, "isCustodial": true,
			"length": map[string]any{"terms": []any{
				map[string]any{"prisonTermCode": "IMP", "years": float64(7), "months": float64(0), "weeks": float64(0), "days": float64(0)},
				map[string]any{"prisonTermCode": "LIC", "years": float64(1), "months": float64(6), "weeks": float64(0), "days": float64(0)},
			}}},
		map[string]any{"serviceSource": "NOMIS", "systemSource": "PRISON_SYSTEMS", "dateOfSentencing": "2022-11-04",
			"description": "Suspended Sentence Order", "isActive": false, "isCustodial": true, "fineAmount": float64(250),
			"length": map[string]any{"terms": []any{
				map[string]any{"prisonTermCode": "SUSP", "years": float64(0), "months": float64(12), "weeks": float64(0), "days": float64(0)},
			}}},
		map[string]any{"serviceSource": "NDELIUS", "systemSource": "PROBATION_SYSTEMS", "dateOfSentencing": "2023-03-15",
			"description": "ORA Adult Custody (inc PSS)", "isActive": true, "isCustodial": true,
			"length": map[string]any{"duration": float64(7), "units": "Years", "terms": []any{}}},
		map[string]any{"serviceSource": "NDELIUS", "systemSource": "PROBATION_SYSTEMS", "dateOfSentencing": "2019-02-20",
			"description": "ORA Community Order", "isActive": false, "isCustodial": false,
			"length": map[string]any{"duration": float64(12), "units": "Months", "terms": []any{}}},
	}
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, want, items(t, body), id)
		assert.Equal(t, map[string]any{"isLastPage": true, "count": float64(4), "page": float64(1), "perPage": float64(10),
			"totalCount": float64(4), "totalPages": float64(1)}, body["pagination"], id)
	}

	cases := []struct {
		name    string
		path    string
		headers map[string]string
		status  int
		count   int
	}{
		{"second page", path("A1234AA") + "?page=2&perPage=3", nil, http.StatusOK, 1},
		{"probation only: nDelius's sentences", path("X00002"), nil, http.StatusOK, 1},
		{"prison only, no NOMIS sentences", path("G8133UA"), nil, http.StatusOK, 0},
		{"outside the consumer's prisons", path("A1234AA"), as("leeds-only"), http.StatusNotFound, 0},
		{"prison-api failing", path("A5000EE"), nil, http.StatusInternalServerError, 0},
		{"nDelius failing", path("X00008"), nil, http.StatusInternalServerError, 0},
		{"perPage below 1", path("A1234AA") + "?perPage=0", nil, http.StatusBadRequest, 0},
	}
	for _, c := range cases {
		status, _, body := s.do(t, http.MethodGet, c.path, "", c.headers)
		require.Equal(t, c.status, status, "%s: %v", c.name, body)
		switch c.status {
		case http.StatusOK:
			assert.Len(t, items(t, body), c.count, c.name)
		case http.StatusInternalServerError:
			assert.Equal(t, "Unable to complete request as an upstream service is not responding", body["userMessage"], c.name)
		}
	}
	commonErrors(t, s, path)
}
