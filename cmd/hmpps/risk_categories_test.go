package main

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRiskCategories(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/risks/categories" }
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, map[string]any{
			"offenderNo": "A1234AA", "category": "Cat C", "categoryCode": "C",
			"assessments": []any{
				map[string]any{"classification": "Cat C", "classificationCode": "C", "assessmentCode": "CATEGORY", "assessmentDescription": "Categorisation",
					"assessmentStatus": "A", "assessmentAgencyId": "MDI", "assessmentDate": "2023-02-10", "nextReviewDate": "2024-02-10"},
				map[string]any{"classification": "Standard", "classificationCode": "STANDARD", "assessmentCode": "CSR", "assessmentDescription": "CSR Rating",
					"assessmentStatus": "A", "assessmentAgencyId": "MDI", "assessmentDate": "2023-02-10"},
			},
		}, body["data"], id)
	}
	status, _, _ := s.do(t, http.MethodGet, path("A1234AA"), "", as("leeds-only"))
	assert.Equal(t, http.StatusNotFound, status)
	status, _, _ = s.do(t, http.MethodGet, path("X00002"), "", nil)
	assert.Equal(t, http.StatusNotFound, status, "probation only")
	status, _, _ = s.do(t, http.MethodGet, path("A5000EE"), "", nil)
	assert.Equal(t, http.StatusInternalServerError, status, "prison-api failing")
	commonErrors(t, s, path)
}
