package main

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Component tests of the personal learning plan induction schedules.

func TestPlpInductionSchedule(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/plp-induction-schedule" }
	completed := map[string]any{
		"nomisNumber": "A1234AA", "deadlineDate": "2023-03-10", "status": "COMPLETED", "calculationRule": "NEW_PRISON_ADMISSION",
		"inductionPerformedBy": "Ellie Hart", "inductionPerformedByRole": "CIAG", "inductionPerformedAt": "2023-03-01",
		"inductionPerformedAtPrison": "MDI",
		"systemCreatedBy":            "SYSTEM", "systemCreatedAt": "2023-02-10T11:00:00Z", "systemCreatedAtPrison": "MDI",
		"systemUpdatedBy": "EHART_GEN", "systemUpdatedAt": "2023-03-01T15:30:00Z", "systemUpdatedAtPrison": "MDI",
		"version": float64(2),
	}
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, completed, body["data"], id)

		status, _, body = s.do(t, http.MethodGet, path(id)+"/history", "", nil)
		require.Equal(t, http.StatusOK, status, id)
		history := data(t, body)["inductionSchedules"].([]any)
		assert.Equal(t, []any{"SCHEDULED", "COMPLETED"}, field(history, "status"), id)
		assert.Equal(t, completed, history[1], id)
	}

	// Fred Bloggs has no induction schedule: none now, an empty history.
	status, _, body := s.do(t, http.MethodGet, path("G8133UA"), "", nil)
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, personNotFound("G8133UA"), body)
	status, _, body = s.do(t, http.MethodGet, path("G8133UA")+"/history", "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, map[string]any{"inductionSchedules": []any{}}, body["data"])

	for _, p := range []string{path("A1234AA"), path("A1234AA") + "/history"} {
		status, _, _ = s.do(t, http.MethodGet, p, "", as("leeds-only"))
		assert.Equal(t, http.StatusNotFound, status, p)
	}
	commonErrors(t, s, path)
	commonErrors(t, s, func(id string) string { return path(id) + "/history" })
}

func TestPlpReviewSchedule(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/plp-review-schedule" }
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		schedules := data(t, body)["reviewSchedules"].([]any)
		require.Len(t, schedules, 4, id)
		assert.Equal(t, []any{"SCHEDULED", "COMPLETED", "COMPLETED", "SCHEDULED"}, field(schedules, "status"), id)
		assert.Equal(t, []any{"A1234AA", "A1234AA", "A1234AA", "A1234AA"}, field(schedules, "nomisNumber"), id)
		assert.Equal(t, map[string]any{
			"reference": "6b1c2d3e-0000-4000-8000-000000000002", "nomisNumber": "A1234AA", "version": float64(1),
			"calculationRule": "PRISONER_TRANSFER", "status": "COMPLETED", "reviewDateFrom": "2024-05-01", "reviewDateTo": "2024-06-01",
			"createdBy": "EHART_GEN", "createdByDisplayName": "Ellie Hart", "createdAt": "2024-05-20T14:00:00Z", "createdAtPrison": "MDI",
			"updatedBy": "EHART_GEN", "updatedByDisplayName": "Ellie Hart", "updatedAt": "2024-05-20T14:00:00Z", "updatedAtPrison": "MDI",
			"reviewCompletedBy": "Sam Lowe", "reviewCompletedByRole": "Peer mentor", "reviewCompletedAt": "2024-05-20",
			"reviewType": "PRE_RELEASE", "reviewReason": "TRANSFER",
		}, schedules[2], id)
		completedByAdviser := schedules[1].(map[string]any)
		assert.Equal(t, []any{"Ellie Hart", "CIAG", "REGULAR", "REGULAR"},
			[]any{completedByAdviser["reviewCompletedBy"], completedByAdviser["reviewCompletedByRole"], completedByAdviser["reviewType"], completedByAdviser["reviewReason"]}, id)
		assert.NotContains(t, schedules[0], "reviewCompletedBy", "scheduled ones carry no completion")
	}

	status, _, body := s.do(t, http.MethodGet, path("A1234AA")+"?statuses=COMPLETED", "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{"COMPLETED", "COMPLETED"}, field(data(t, body)["reviewSchedules"].([]any), "status"))
	status, _, body = s.do(t, http.MethodGet, path("G8133UA"), "", nil)
	require.Equal(t, http.StatusOK, status, "schedules but no reviews: %v", body)
	assert.Equal(t, map[string]any{"reviewSchedules": []any{}}, body["data"])
	status, _, _ = s.do(t, http.MethodGet, path("A1234AA"), "", as("leeds-only"))
	assert.Equal(t, http.StatusNotFound, status)
	commonErrors(t, s, path)
}
