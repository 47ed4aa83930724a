package main

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReportedAdjudications(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/reported-adjudications" }
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		list := items(t, body)
		assert.Equal(t, []any{"NOT_PROCEED", "CHARGE_PROVED", "DISMISSED"}, field(list, "status"), "newest incident first: %s", id)
		assert.Equal(t, map[string]any{
			"incidentDetails":    map[string]any{"dateTimeOfIncident": "2024-08-03T15:30:00"},
			"incidentRole":       map[string]any{"roleCode": "25b"},
			"offenceDetails":     map[string]any{"offenceCode": float64(4001), "offenceRule": map[string]any{"paragraphNumber": "51:4", "paragraphDescription": "Fights with any person"}},
			"isYouthOffender":    false,
			"hearings":           []any{map[string]any{"dateTimeOfHearing": "2024-08-05T11:00:00", "oicHearingType": "GOV_ADULT", "outcome": map[string]any{"code": "COMPLETE", "plea": "GUILTY"}}},
			"outcomes":           []any{map[string]any{"hearing": map[string]any{"dateTimeOfHearing": "2024-08-05T11:00:00", "oicHearingType": "GOV_ADULT", "outcome": map[string]any{"code": "COMPLETE", "plea": "GUILTY"}}, "outcome": map[string]any{"outcome": map[string]any{"code": "CHARGE_PROVED", "canRemove": true}}}},
			"punishments":        []any{map[string]any{"type": "PRIVILEGE", "privilegeType": "CANTEEN", "schedule": map[string]any{"days": float64(14), "startDate": "2024-08-05", "endDate": "2024-08-19"}}},
			"punishmentComments": []any{},
			"status":             "CHARGE_PROVED",
		}, list[1], id)
		assert.Equal(t, map[string]any{"isLastPage": true, "count": float64(3), "page": float64(1), "perPage": float64(8), "totalCount": float64(3), "totalPages": float64(1)}, body["pagination"], "8 a page by default: %s", id)
	}
	status, _, body := s.do(t, http.MethodGet, path("A1234AA")+"?page=2&perPage=2", "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{"DISMISSED"}, field(items(t, body), "status"))

	status, _, body = s.do(t, http.MethodGet, path("G8133UA"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{}, body["data"])
	status, _, _ = s.do(t, http.MethodGet, path("A1234AA"), "", as("leeds-only"))
	assert.Equal(t, http.StatusNotFound, status)
	status, _, _ = s.do(t, http.MethodGet, path("A1234AA")+"?perPage=0", "", nil)
	assert.Equal(t, http.StatusBadRequest, status)
	commonErrors(t, s, path)
}
