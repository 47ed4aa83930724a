package main

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
)

func courtHearingBody(moveID string) string {
	rels := ""
	if moveID != "" {
		rels = `,"relationships":{"move":{"data":{"type":"moves","id":"` + moveID + `"}}}`
	}
	return `{"data":{"type":"court_hearings","attributes":{"start_time":"2026-12-01T10:00:00+00:00","case_start_date":"2020-01-01",` +
		`"case_number":"T32423423423","nomis_case_id":4232423,"case_type":"Adult","comments":"Witness for Joe Bloggs"}` + rels + `}}`
}

// The fact sheet's example hearing is created against a move and echoed back.
func TestCourtHearingCreate(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		moveID := newMove(t, s, "2026-12-01")
		status, _, doc := s.do(t, http.MethodPost, "/api/court_hearings?do_not_create_hearing_in_nomis=true", courtHearingBody(moveID), walkthrough(""))
		require.Equal(t, http.StatusCreated, status, "%v", doc)
		data := doc["data"].(map[string]any)
		assert.Equal(t, "court_hearings", data["type"])
		assert.Equal(t, map[string]any{
			"start_time": "2026-12-01T10:00:00Z", "case_start_date": "2020-01-01", "case_number": "T32423423423",
			"nomis_case_id": float64(4232423), "nomis_hearing_id": nil, "case_type": "Adult",
			"comments": "Witness for Joe Bloggs", "saved_to_nomis": nil,
		}, data["attributes"])
		assert.Equal(t, map[string]any{"data": map[string]any{"type": "moves", "id": moveID}}, data["relationships"].(map[string]any)["move"])

		status, _, doc = s.do(t, http.MethodPost, "/api/court_hearings", courtHearingBody(""), walkthrough(""))
		require.Equal(t, http.StatusCreated, status, "a hearing without a move: %v", doc)
		assert.Equal(t, map[string]any{"data": nil}, doc["data"].(map[string]any)["relationships"].(map[string]any)["move"])
	})
}

func TestCourtHearingBadInput(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	unknown := uuid.NewString()
	cases := []struct {
		name, body string
		status     int
		detail     string
	}{
		{"unknown move", courtHearingBody(unknown), http.StatusNotFound, "Couldn't find Move with 'id'=" + unknown},
		{"no start time", `{"data":{"type":"court_hearings","attributes":{"case_number":"T1"}}}`, http.StatusBadRequest, ""},
		{"start time not a time", `{"data":{"type":"court_hearings","attributes":{"start_time":"tomorrow"}}}`, http.StatusBadRequest, ""},
		{"no data", `{}`, http.StatusBadRequest, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			status, _, doc := s.do(t, http.MethodPost, "/api/court_hearings", c.body, walkthrough(""))
			require.Equal(t, c.status, status, "%v", doc)
			if c.detail != "" {
				assert.Equal(t, c.detail, errorOf(doc)["detail"])
			}
		})
	}
}

// A supplier cannot attach a hearing to a move it cannot see.
func TestCourtHearingOnAnotherSuppliersMove(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {"serco-api"}, "client_secret": {"serco-dev-secret"}}
	status, _, doc := s.do(t, http.MethodPost, "/oauth/token", form.Encode(), map[string]string{"Authorization": "", "Content-Type": "application/x-www-form-urlencoded"})
	require.Equal(t, http.StatusOK, status, "%v", doc)
	asSerco := walkthrough("")
	asSerco["Authorization"] = "Bearer " + doc["access_token"].(string)
	body := `{"data":{"type":"moves","attributes":{"date":"2026-12-01","move_type":"prison_transfer"},"relationships":{"from_location":{"data":{"type":"locations","id":"` + bsiID + `"}},"to_location":{"data":{"type":"locations","id":"` + iwiID + `"}}}}}`
	status, _, doc = s.do(t, http.MethodPost, "/api/moves", body, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusCreated, status, "%v", doc)
	geoAmeyOnly := doc["data"].(map[string]any)["id"].(string)
	status, _, doc = s.do(t, http.MethodPost, "/api/court_hearings", courtHearingBody(geoAmeyOnly), asSerco)
	assert.Equal(t, http.StatusNotFound, status, "%v", doc)
}
