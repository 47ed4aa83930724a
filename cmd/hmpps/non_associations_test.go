package main

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Component test of the non-associations operation.

func TestNonAssociations(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(prisonID, id, query string) string {
		return "/v1/prison/" + prisonID + "/prisoners/" + id + "/non-associations" + query
	}
	// Every id shape is resolved to the NOMIS number, not only A1234AA.
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path("MDI", id, ""), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		list := data(t, body)["nonAssociations"].([]any)
		require.Len(t, list, 1, id)
		assert.Equal(t, map[string]any{
			"id": float64(9101), "role": "VICTIM", "roleDescription": "Victim", "reason": "BULLYING", "reasonDescription": "Bullying",
			"restrictionType": "CELL", "restrictionTypeDescription": "Cell only", "comment": "Threats made on the wing.",
			"authorisedBy": "Security team", "updatedBy": "SIM", "whenCreated": "2025-02-03T11:00:00", "whenUpdated": "2025-02-03T11:00:00",
			"isOpen": true, "isClosed": false,
			"otherPrisonerDetails": map[string]any{"prisonerNumber": "A4578BX", "role": "PERPETRATOR", "roleDescription": "Perpetrator",
				"firstName": "MARCUS", "lastName": "REID", "prisonId": "MDI", "prisonName": "Moorland (HMP & YOI)", "cellLocation": "2-1-017"},
		}, list[0], id)
	}

	cases := []struct {
		name, path string
		consumer   string
		status     int
		ids        []any
	}{
		{"open and closed", path("MDI", "A1234AA", "?includeClosed=true"), "full-access", http.StatusOK, []any{float64(9101), float64(9102)}},
		{"closed only", path("MDI", "X00001", "?includeOpen=false&includeClosed=true"), "full-access", http.StatusOK, []any{float64(9102)}},
		{"none is an empty list", path("PNT", "A2345BC", ""), "full-access", http.StatusOK, []any{}},
		{"path prison is only the filter's", path("LEI", "A1234AA", ""), "leeds-only", http.StatusOK, []any{float64(9101)}},
		{"prison outside the filter", path("MDI", "A1234AA", ""), "leeds-only", http.StatusNotFound, nil},
		{"neither open nor closed", path("MDI", "A1234AA", "?includeOpen=false"), "full-access", http.StatusBadRequest, nil},
		{"not a boolean", path("MDI", "A1234AA", "?includeOpen=maybe"), "full-access", http.StatusBadRequest, nil},
		{"probation only", path("MDI", "X00002", ""), "full-access", http.StatusNotFound, nil},
	}
	for _, c := range cases {
		status, _, body := s.do(t, http.MethodGet, c.path, "", as(c.consumer))
		require.Equal(t, c.status, status, "%s: %v", c.name, body)
		if c.ids != nil {
			assert.Equal(t, c.ids, field(data(t, body)["nonAssociations"].([]any), "id"), c.name)
		}
	}
	commonErrors(t, s, func(id string) string { return path("MDI", id, "") })
}
