package main

import (
	"net/http"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
)

// moveWithProfile books a requested move for the seeds' person.
func moveWithProfile(t *testing.T, s *service) (moveID, profileID string) {
	t.Helper()
	profileID = profileFor(t, s, "G8133UA")
	body := `{"data":{"type":"moves","attributes":{"date":"2026-12-01","move_type":"prison_remand"},"relationships":{` +
		`"profile":{"data":{"type":"profiles","id":"` + profileID + `"}},` +
		`"from_location":{"data":{"type":"locations","id":"` + hudrycID + `"}},"to_location":{"data":{"type":"locations","id":"` + bsiID + `"}}}}}`
	status, _, doc := s.do(t, http.MethodPost, "/api/moves", body, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusCreated, status, "%v", doc)
	return doc["data"].(map[string]any)["id"].(string), profileID
}

func perBody(moveID string) string {
	return `{"data":{"type":"person_escort_records","attributes":{"version":"1.0.0"},"relationships":{"move":{"data":{"type":"moves","id":"` + moveID + `"}}}}}`
}

func perPatch(attributes string) string {
	return `{"data":{"type":"person_escort_records","attributes":` + attributes + `}}`
}

// A record is started for the move's profile, shown, stepped along its
// lifecycle and confirmed with the handover; then it is final.
func TestPersonEscortRecordLifecycle(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		moveID, profileID := moveWithProfile(t, s)

		status, _, doc := s.do(t, http.MethodPost, "/api/person_escort_records?include=move", perBody(moveID), walkthrough(""))
		require.Equal(t, http.StatusCreated, status, "%v", doc)
		data := doc["data"].(map[string]any)
		id := data["id"].(string)
		a := attrs(doc)
		assert.Equal(t, "not_started", a["status"])
		assert.Equal(t, "1.0.0", a["version"])
		assert.Equal(t, true, a["editable"])
		assert.Equal(t, map[string]any{}, a["handover_details"])
		assert.Nil(t, a["confirmed_at"])
		rels := data["relationships"].(map[string]any)
		assert.Equal(t, profileID, rels["profile"].(map[string]any)["data"].(map[string]any)["id"])
		assert.Equal(t, map[string]any{"data": nil}, rels["framework"])
		require.Len(t, doc["included"], 1)
		assert.Equal(t, moveID, doc["included"].([]any)[0].(map[string]any)["id"])

		status, _, doc = s.do(t, http.MethodPost, "/api/person_escort_records", perBody(moveID), walkthrough(""))
		require.Equal(t, http.StatusUnprocessableEntity, status, "%v", doc)
		assert.Equal(t, "taken", errorOf(doc)["code"])
		assert.Equal(t, "Profile has already been taken", errorOf(doc)["detail"])

		status, _, doc = s.do(t, http.MethodPatch, "/api/person_escort_records/"+id, perPatch(`{"status":"confirmed"}`), walkthrough(""))
		require.Equal(t, http.StatusUnprocessableEntity, status, "%v", doc)
		assert.Equal(t, "Status can't update to 'confirmed' from 'not_started'", errorOf(doc)["detail"])
		assert.Equal(t, "/data/attributes/status", errorOf(doc)["source"].(map[string]any)["pointer"])

		for _, step := range []string{"in_progress", "completed"} {
			status, _, doc = s.do(t, http.MethodPatch, "/api/person_escort_records/"+id, perPatch(`{"status":"`+step+`"}`), walkthrough(""))
			require.Equal(t, http.StatusOK, status, "%v", doc)
			assert.Equal(t, step, attrs(doc)["status"])
		}
		assert.NotNil(t, attrs(doc)["completed_at"])

		confirm := perPatch(`{"status":"confirmed","handover_occurred_at":"2020-12-03T10:51:41+00:00","handover_details":{` +
			`"dispatching_officer":"Mr. Officer","dispatching_officer_id":"12345","dispatching_officer_contact":"01 811 8055",` +
			`"receiving_officer":"Mrs. Officer","receiving_officer_id":"54321","receiving_officer_contact":"","receiving_officer_organisation":"Suppliers & Sons"}}`)
		status, _, doc = s.do(t, http.MethodPatch, "/api/person_escort_records/"+id, confirm, walkthrough(""))
		require.Equal(t, http.StatusOK, status, "%v", doc)
		a = attrs(doc)
		assert.Equal(t, "confirmed", a["status"])
		assert.NotNil(t, a["confirmed_at"])
		assert.Equal(t, "2020-12-03T10:51:41Z", a["handover_occurred_at"])
		assert.Equal(t, "Suppliers & Sons", a["handover_details"].(map[string]any)["receiving_officer_organisation"])
		assert.Equal(t, false, a["editable"])

		status, _, doc = s.do(t, http.MethodGet, "/api/person_escort_records/"+id, "", walkthrough(""))
		require.Equal(t, http.StatusOK, status, "%v", doc)
		assert.Equal(t, "confirmed", attrs(doc)["status"])

		status, _, doc = s.do(t, http.MethodPatch, "/api/person_escort_records/"+id, perPatch(`{"handover_details":{}}`), walkthrough(""))
		require.Equal(t, http.StatusForbidden, status, "a confirmed record is final: %v", doc)
	})
}

func TestPersonEscortRecordBadInput(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	withoutProfile := newMove(t, s, "2026-12-01")
	unknown := uuid.NewString()
	cases := []struct {
		name, method, path, body string
		status                   int
		detail                   string
	}{
		{"unknown move", http.MethodPost, "", perBody(unknown), http.StatusNotFound, "Couldn't find Move with 'id'=" + unknown},
		{"move without a profile", http.MethodPost, "", perBody(withoutProfile), http.StatusUnprocessableEntity, "Profile must exist"},
		{"no move", http.MethodPost, "", `{"data":{"type":"person_escort_records","attributes":{"version":"1.0.0"},"relationships":{"move":{"data":null}}}}`, http.StatusUnprocessableEntity, "Move must exist"},
		{"no version", http.MethodPost, "", `{"data":{"type":"person_escort_records","attributes":{},"relationships":{"move":{"data":{"type":"moves","id":"` + withoutProfile + `"}}}}}`, http.StatusBadRequest, ""},
		{"unsupported include", http.MethodPost, "?include=journeys", perBody(withoutProfile), http.StatusBadRequest, ""},
		{"unknown record", http.MethodGet, "/" + unknown, "", http.StatusNotFound, "Couldn't find PersonEscortRecord with 'id'=" + unknown},
		{"update unknown record", http.MethodPatch, "/" + unknown, perPatch(`{"status":"in_progress"}`), http.StatusNotFound, ""},
		{"unknown status", http.MethodPatch, "/" + unknown, perPatch(`{"status":"lost"}`), http.StatusBadRequest, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			status, _, doc := s.do(t, c.method, "/api/person_escort_records"+c.path, c.body, walkthrough(""))
			require.Equal(t, c.status, status, "%v", doc)
			if c.detail != "" {
				assert.Equal(t, c.detail, errorOf(doc)["detail"])
			}
		})
	}
}

// A record cannot change once its move has left requested/booked.
func TestPersonEscortRecordNotEditableAfterTheMoveStarts(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	moveID, _ := moveWithProfile(t, s)
	status, _, doc := s.do(t, http.MethodPost, "/api/person_escort_records", perBody(moveID), walkthrough(""))
	require.Equal(t, http.StatusCreated, status, "%v", doc)
	id := doc["data"].(map[string]any)["id"].(string)
	for _, step := range []string{"accept", "start"} {
		status, _, doc = s.do(t, http.MethodPost, "/api/moves/"+moveID+"/"+step, `{"data":{"type":"`+step+`s","attributes":{"timestamp":"2026-12-01T09:00:00Z"}}}`, walkthrough(uuid.NewString()))
		require.Equal(t, http.StatusNoContent, status, "%v", doc)
	}
	status, _, doc = s.do(t, http.MethodPatch, "/api/person_escort_records/"+id, perPatch(`{"status":"in_progress"}`), walkthrough(""))
	require.Equal(t, http.StatusForbidden, status, "%v", doc)
	status, _, doc = s.do(t, http.MethodGet, "/api/person_escort_records/"+id, "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", doc)
	assert.Equal(t, false, attrs(doc)["editable"])
	assert.Equal(t, "not_started", attrs(doc)["status"])
}
