package main

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
)

func TestReferenceLists(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		accept := map[string]string{"Accept": "application/vnd.api+json; version=2"}
		for path, want := range map[string]int{
			"/api/reference/genders":                                        5,
			"/api/reference/ethnicities":                                    10,
			"/api/reference/prison_transfer_reasons":                        7,
			"/api/reference/assessment_questions":                           18,
			"/api/reference/assessment_questions?filter%5Bcategory%5D=risk": 8,
			"/api/reference/categories":                                     7,
			"/api/reference/suppliers":                                      2,
		} {
			status, _, body := s.do(t, http.MethodGet, path, "", accept)
			require.Equal(t, http.StatusOK, status, path)
			assert.Len(t, body["data"], want, path)
		}

		status, _, body := s.do(t, http.MethodGet, "/api/reference/suppliers/serco", "", accept)
		require.Equal(t, http.StatusOK, status)
		assert.Equal(t, "Serco", body["data"].(map[string]any)["attributes"].(map[string]any)["name"])
		status, _, _ = s.do(t, http.MethodGet, "/api/reference/suppliers/nobody", "", accept)
		assert.Equal(t, http.StatusNotFound, status)

		status, _, body = s.do(t, http.MethodGet, "/api/suppliers/7f604bf6-b8f5-45fd-a694-91ddb408e6f1/locations?per_page=50", "", accept)
		require.Equal(t, http.StatusOK, status)
		assert.Len(t, body["data"], 8, "GEOAmey's locations")
		status, _, _ = s.do(t, http.MethodGet, "/api/suppliers/00000000-0000-4000-8000-000000000000/locations", "", accept)
		assert.Equal(t, http.StatusNotFound, status)

		status, _, _ = s.do(t, http.MethodGet, "/api/reference/assessment_questions?filter%5Bcategory%5D=nonsense", "", accept)
		assert.Equal(t, http.StatusBadRequest, status)
	})
}
