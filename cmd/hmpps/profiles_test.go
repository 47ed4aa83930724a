package main

import (
	"net/http"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
)

var jsonapi = map[string]string{"Content-Type": "application/vnd.api+json", "Accept": "application/vnd.api+json; version=2"}

// The seed 001 walkthrough: find the prisoner by prison number (imported from
// NOMIS on the way), then create a profile whose answers come from NOMIS.
func TestPrisonNumberSearchImportsAndProfileSyncsFromNOMIS(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)

		status, _, body := s.do(t, http.MethodGet, "/api/people?filter%5Bprison_number%5D=g8133ua&include=gender,ethnicity", "", jsonapi)
		require.Equal(t, http.StatusOK, status, "%v", body)
		require.Len(t, body["data"], 1)
		fred := body["data"].([]any)[0].(map[string]any)
		attrs := fred["attributes"].(map[string]any)
		assert.Equal(t, []any{"FRED", "BLOGGS", "1995-11-17", "G8133UA", "14/120018R", "351774/14D"},
			[]any{attrs["first_names"], attrs["last_name"], attrs["date_of_birth"], attrs["prison_number"], attrs["police_national_computer"], attrs["criminal_records_office"]})
		assert.Len(t, body["included"], 2, "gender and ethnicity mapped from NOMIS")
		personID := fred["id"].(string)

		// Searching again refreshes, never duplicates.
		status, _, body = s.do(t, http.MethodGet, "/api/people?filter%5Bprison_number%5D=G8133UA", "", jsonapi)
		require.Equal(t, http.StatusOK, status)
		require.Len(t, body["data"], 1)

		status, _, body = s.do(t, http.MethodPost, "/api/people/"+personID+"/profiles", `{"data":{"type":"profiles"}}`, jsonapi)
		require.Equal(t, http.StatusCreated, status, "%v", body)
		profile := body["data"].(map[string]any)
		var keys []string
		for _, a := range profile["attributes"].(map[string]any)["assessment_answers"].([]any) {
			answer := a.(map[string]any)
			assert.Equal(t, true, answer["imported_from_nomis"])
			keys = append(keys, answer["key"].(string)+"/"+answer["nomis_alert_code"].(string))
		}
		sort.Strings(keys)
		assert.Equal(t, []string{"health_issue/MAS", "health_issue/ND", "other_risks/P0", "violent/PC2", "violent/ROM"}, keys)
		assert.Equal(t, "Standard", profile["attributes"].(map[string]any)["csra"])
		assert.Equal(t, "2c5a3b1e-0c4d-4e7a-9a4b-1f0e2d3c4b02", profile["relationships"].(map[string]any)["category"].(map[string]any)["data"].(map[string]any)["id"], "Cat B from NOMIS")

		status, _, body = s.do(t, http.MethodGet, "/api/people/"+personID+"?include=profiles", "", jsonapi)
		require.Equal(t, http.StatusOK, status)
		assert.Len(t, body["data"].(map[string]any)["relationships"].(map[string]any)["profiles"].(map[string]any)["data"], 1)
		assert.Len(t, body["included"], 1)
	})
}

func TestProfilesWithManualAnswers(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	status, _, body := s.do(t, http.MethodPost, "/api/people", `{"data":{"type":"people","attributes":{"first_names":"Sarah","last_name":"Jenkins"}}}`, jsonapi)
	require.Equal(t, http.StatusCreated, status)
	personID := body["data"].(map[string]any)["id"].(string)

	escape := `{"data":{"type":"profiles","attributes":{"assessment_answers":[{"assessment_question_id":"f2db9a8f-a5a9-40cf-875b-d1f5f62b2497","title":"ignored","comments":"Former escapee"}]}}}`
	status, _, body = s.do(t, http.MethodPost, "/api/people/"+personID+"/profiles?include=person", escape, jsonapi)
	require.Equal(t, http.StatusCreated, status, "%v", body)
	answer := body["data"].(map[string]any)["attributes"].(map[string]any)["assessment_answers"].([]any)[0].(map[string]any)
	assert.Equal(t, []any{"Escape", "escape", "risk", "Former escapee", false}, []any{answer["title"], answer["key"], answer["category"], answer["comments"], answer["imported_from_nomis"]})
	assert.Len(t, body["included"], 1)
	profileID := body["data"].(map[string]any)["id"].(string)

	status, _, body = s.do(t, http.MethodPatch, "/api/people/"+personID+"/profiles/"+profileID, `{"data":{"type":"profiles","attributes":{"assessment_answers":[],"requires_youth_risk_assessment":true}}}`, jsonapi)
	require.Equal(t, http.StatusOK, status, "%v", body)
	assert.Empty(t, body["data"].(map[string]any)["attributes"].(map[string]any)["assessment_answers"])

	// Someone else's profile, an unknown question, an imported answer without its codes.
	status, _, body = s.do(t, http.MethodPost, "/api/people", `{"data":{"type":"people","attributes":{"first_names":"Other","last_name":"Person"}}}`, jsonapi)
	require.Equal(t, http.StatusCreated, status)
	otherID := body["data"].(map[string]any)["id"].(string)
	status, _, _ = s.do(t, http.MethodPatch, "/api/people/"+otherID+"/profiles/"+profileID, `{"data":{"type":"profiles"}}`, jsonapi)
	assert.Equal(t, http.StatusNotFound, status)
	status, _, _ = s.do(t, http.MethodPost, "/api/people/"+personID+"/profiles", `{"data":{"type":"profiles","attributes":{"assessment_answers":[{"assessment_question_id":"00000000-0000-4000-8000-000000000000"}]}}}`, jsonapi)
	assert.Equal(t, http.StatusNotFound, status)
	status, _, body = s.do(t, http.MethodPost, "/api/people/"+personID+"/profiles", `{"data":{"type":"profiles","attributes":{"assessment_answers":[{"assessment_question_id":"f2db9a8f-a5a9-40cf-875b-d1f5f62b2497","imported_from_nomis":true}]}}}`, jsonapi)
	require.Equal(t, http.StatusUnprocessableEntity, status)
	assert.Equal(t, "/data/attributes/assessment_answers", body["errors"].([]any)[0].(map[string]any)["source"].(map[string]any)["pointer"])
	status, _, _ = s.do(t, http.MethodPost, "/api/people/00000000-0000-4000-8000-000000000000/profiles", `{"data":{"type":"profiles"}}`, jsonapi)
	assert.Equal(t, http.StatusNotFound, status)
}

func TestUpdatePerson(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	status, _, body := s.do(t, http.MethodPost, "/api/people", `{"data":{"type":"people","attributes":{"first_names":"Fred","last_name":"Bloggs","prison_number":"G8133UA"},
		"relationships":{"gender":{"data":{"id":"ffac6763-26d6-4425-8005-6e5d052aed88","type":"genders"}},"ethnicity":{"data":{"id":"a4f988ba-5ebc-4b24-9dfe-b7fa0c23c30e","type":"ethnicities"}}}}}`, jsonapi)
	require.Equal(t, http.StatusCreated, status)
	id := body["data"].(map[string]any)["id"].(string)

	status, _, body = s.do(t, http.MethodPatch, "/api/people/"+id, `{"data":{"type":"people","id":"`+id+`","attributes":{"last_name":"Blogs"},"relationships":{"gender":{"data":null}}}}`, jsonapi)
	require.Equal(t, http.StatusOK, status, "%v", body)
	data := body["data"].(map[string]any)
	assert.Equal(t, "Blogs", data["attributes"].(map[string]any)["last_name"])
	assert.Equal(t, "Fred", data["attributes"].(map[string]any)["first_names"], "omitted attributes stay")
	rels := data["relationships"].(map[string]any)
	assert.Nil(t, rels["gender"].(map[string]any)["data"], "data:null clears")
	assert.NotNil(t, rels["ethnicity"].(map[string]any)["data"], "omitted relationships stay")

	status, _, _ = s.do(t, http.MethodPatch, "/api/people/"+id, `{"data":{"type":"people","attributes":{"first_names":""}}}`, jsonapi)
	assert.Equal(t, http.StatusUnprocessableEntity, status)
	status, _, _ = s.do(t, http.MethodPatch, "/api/people/00000000-0000-4000-8000-000000000000", `{"data":{"type":"people","attributes":{"last_name":"X"}}}`, jsonapi)
	assert.Equal(t, http.StatusNotFound, status)
}
