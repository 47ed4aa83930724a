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

const (
	sercoID   = "869fbcd3-f2fb-4ae4-8b7b-d021f60a1791"
	geoAmeyID = "7f604bf6-b8f5-45fd-a694-91ddb408e6f1"
)

func journeyBody(from, to, extraRels string) string {
	return `{"data":{"type":"journeys","attributes":{"timestamp":"2026-12-01T08:30:00+00:00","billable":true,"vehicle":{"registration":"AB12 CDE","depot":"Wolverhampton"}},` +
		`"relationships":{"from_location":{"data":{"type":"locations","id":"` + from + `"}},"to_location":{"data":{"type":"locations","id":"` + to + `"}}` + extraRels + `}}}`
}

// newJourney adds a journey to a move through the API and returns its id.
func newJourney(t *testing.T, s *service, moveID, from, to string, header map[string]string) string {
	t.Helper()
	h := walkthrough(uuid.NewString())
	for k, v := range header {
		h[k] = v
	}
	status, _, doc := s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys", journeyBody(from, to, ""), h)
	require.Equal(t, http.StatusCreated, status, "%v", doc)
	return doc["data"].(map[string]any)["id"].(string)
}

func journeyState(t *testing.T, s *service, moveID, id string) string {
	t.Helper()
	status, _, doc := s.do(t, http.MethodGet, "/api/moves/"+moveID+"/journeys/"+id, "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", doc)
	return attrs(doc)["state"].(string)
}

func errorOf(doc map[string]any) map[string]any {
	return doc["errors"].([]any)[0].(map[string]any)
}

// A journey is created proposed on the move's date, shown, listed, updated,
// and refused when a second active journey covers the same leg.
func TestJourneyCreateShowListAndUpdate(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		moveID := newMove(t, s, "2026-12-01")

		status, _, doc := s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys?include=from_location.suppliers", journeyBody(hudrycID, bsiID, ""), walkthrough(uuid.NewString()))
		require.Equal(t, http.StatusCreated, status, "%v", doc)
		id := doc["data"].(map[string]any)["id"].(string)
		a := attrs(doc)
		assert.Equal(t, "proposed", a["state"])
		assert.Equal(t, true, a["billable"])
		assert.Equal(t, "2026-12-01", a["date"], "the move's date by default")
		assert.Equal(t, map[string]any{"registration": "AB12 CDE", "depot": "Wolverhampton"}, a["vehicle"])
		assert.Equal(t, "2026-12-01T08:30:00Z", a["timestamp"])
		included := map[string]bool{}
		for _, r := range doc["included"].([]any) {
			included[r.(map[string]any)["type"].(string)+"/"+r.(map[string]any)["id"].(string)] = true
		}
		assert.Equal(t, map[string]bool{"locations/" + hudrycID: true, "suppliers/" + sercoID: true}, included)

		status, _, doc = s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys", journeyBody(hudrycID, bsiID, ""), walkthrough(uuid.NewString()))
		require.Equal(t, http.StatusBadRequest, status, "%v", doc)
		assert.Equal(t, "You are trying to submit a duplicate journey for this move, please try again", errorOf(doc)["detail"])

		back := newJourney(t, s, moveID, bsiID, hudrycID, nil)
		status, _, doc = s.do(t, http.MethodGet, "/api/moves/"+moveID+"/journeys?include=to_location&per_page=1", "", walkthrough(""))
		require.Equal(t, http.StatusOK, status, "%v", doc)
		require.Len(t, doc["data"], 1)
		assert.Equal(t, id, doc["data"].([]any)[0].(map[string]any)["id"], "oldest first")
		assert.Equal(t, float64(2), doc["meta"].(map[string]any)["pagination"].(map[string]any)["total_objects"])
		assert.Len(t, doc["included"], 1)
		assert.NotEqual(t, id, back)

		patch := `{"data":{"id":"` + id + `","type":"journeys","attributes":{"timestamp":"2026-12-01T08:45:00+00:00","billable":false,"vehicle":{"registration":"XY20 ZZZ"},"date":"2026-12-02"}}}`
		status, _, doc = s.do(t, http.MethodPatch, "/api/moves/"+moveID+"/journeys/"+id, patch, walkthrough(uuid.NewString()))
		require.Equal(t, http.StatusOK, status, "%v", doc)
		a = attrs(doc)
		assert.Equal(t, false, a["billable"])
		assert.Equal(t, "2026-12-02", a["date"])
		assert.Equal(t, "XY20 ZZZ", a["vehicle"].(map[string]any)["registration"])
		assert.Equal(t, "proposed", a["state"])
	})
}

// Each journey event endpoint, in turn, from the state the previous one left:
// allowed transitions move the state, disallowed ones are silent no-ops (204,
// state unchanged), lockouts and lodgings never change it (§6.3).
func TestJourneyEventsFollowTheTransitionTable(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		moveID := newMove(t, s, "2026-12-01")
		id := newJourney(t, s, moveID, hudrycID, bsiID, nil)
		steps := []struct {
			path, body, want string
		}{
			{"complete", `{"data":{"type":"completes","attributes":{"timestamp":"2026-12-01T09:00:00Z"}}}`, "proposed"},
			{"uncancel", `{"data":{"type":"uncancels","attributes":{"timestamp":"2026-12-01T09:01:00Z"}}}`, "proposed"},
			{"start", `{"data":{"type":"starts","attributes":{"timestamp":"2026-12-01T09:02:00Z","notes":"leaving"}}}`, "in_progress"},
			{"reject", `{"data":{"type":"rejects","attributes":{"timestamp":"2026-12-01T09:03:00Z"}}}`, "in_progress"},
			{"lockouts", `{"data":{"type":"lockouts","attributes":{"timestamp":"2026-12-01T09:04:00Z"},"relationships":{"from_location":{"data":{"type":"locations","id":"` + hudrycID + `"}}}}}`, "in_progress"},
			{"lodgings", `{"data":{"type":"lodgings","attributes":{"timestamp":"2026-12-01T09:05:00Z"},"relationships":{"to_location":{"data":{"type":"locations","id":"` + iwiID + `"}}}}}`, "in_progress"},
			{"complete", `{"data":{"type":"completes","attributes":{"timestamp":"2026-12-01T09:06:00Z"}}}`, "completed"},
			{"uncomplete", `{"data":{"type":"uncompletes","attributes":{"timestamp":"2026-12-01T09:07:00Z"}}}`, "in_progress"},
			{"cancel", `{"data":{"type":"cancels","attributes":{"timestamp":"2026-12-01T09:08:00Z"}}}`, "cancelled"},
			{"start", `{"data":{"type":"starts","attributes":{"timestamp":"2026-12-01T09:09:00Z"}}}`, "cancelled"},
			{"uncancel", `{"data":{"type":"uncancels","attributes":{"timestamp":"2026-12-01T09:10:00Z"}}}`, "in_progress"},
		}
		for i, step := range steps {
			status, _, doc := s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys/"+id+"/"+step.path, step.body, walkthrough(uuid.NewString()))
			require.Equal(t, http.StatusNoContent, status, "step %d %s: %v", i, step.path, doc)
			assert.Equal(t, step.want, journeyState(t, s, moveID, id), "after step %d %s", i, step.path)
		}
	})
}

// A rejected journey no longer holds its leg: the same leg can be proposed again.
func TestJourneyRejectedFreesItsLeg(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	moveID := newMove(t, s, "2026-12-01")
	id := newJourney(t, s, moveID, hudrycID, bsiID, nil)
	status, _, doc := s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys/"+id+"/reject", `{"data":{"type":"rejects","attributes":{"timestamp":"2026-12-01T07:30:00Z"}}}`, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusNoContent, status, "%v", doc)
	assert.Equal(t, "rejected", journeyState(t, s, moveID, id))
	newJourney(t, s, moveID, hudrycID, bsiID, nil)
}

// Bad input answers 400/404/422 in the JSON:API error shape, never 500.
func TestJourneyBadInput(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	moveID := newMove(t, s, "2026-12-01")
	id := newJourney(t, s, moveID, hudrycID, bsiID, nil)
	unknown := uuid.NewString()
	cases := []struct {
		name, method, path, body string
		key                      bool
		status                   int
		title, detail, pointer   string
	}{
		{"unknown from location", http.MethodPost, "/journeys", journeyBody(unknown, bsiID, ""), true, 422, "Unprocessable content", "From location must exist", "/data/attributes/from_location"},
		{"unknown to location", http.MethodPost, "/journeys", journeyBody(hudrycID, unknown, ""), true, 422, "Unprocessable content", "To location must exist", "/data/attributes/to_location"},
		{"same from and to", http.MethodPost, "/journeys", journeyBody(iwiID, iwiID, ""), true, 422, "Unprocessable content", "To location should be different to the from location", "/data/attributes/to_location"},
		{"unknown supplier", http.MethodPost, "/journeys", journeyBody(iwiID, bsiID, `,"supplier":{"data":{"type":"suppliers","id":"`+unknown+`"}}`), true, 422, "Unprocessable content", "Supplier is invalid", "/data/attributes/supplier"},
		{"no idempotency key", http.MethodPost, "/journeys", journeyBody(iwiID, bsiID, ""), false, 422, "Invalid idempotency_key", "", ""},
		{"unsupported include", http.MethodPost, "/journeys?include=profile", journeyBody(iwiID, bsiID, ""), false, 400, "Bad request", `["profile"] is not supported. Valid values are: ["from_location.suppliers", "to_location.suppliers"]`, ""},
		{"no billable", http.MethodPost, "/journeys", `{"data":{"type":"journeys","attributes":{"timestamp":"2026-12-01T08:30:00Z"},"relationships":{"from_location":{"data":{"type":"locations","id":"` + iwiID + `"}},"to_location":{"data":{"type":"locations","id":"` + bsiID + `"}}}}}`, true, 400, "Bad request", "", ""},
		{"event without timestamp", http.MethodPost, "/journeys/" + id + "/start", `{"data":{"type":"starts","attributes":{}}}`, true, 400, "Bad request", "", ""},
		{"singular event type", http.MethodPost, "/journeys/" + id + "/start", `{"data":{"type":"start","attributes":{"timestamp":"2026-12-01T09:00:00Z"}}}`, true, 400, "Bad request", "", ""},
		{"lodging at unknown location", http.MethodPost, "/journeys/" + id + "/lodgings", `{"data":{"type":"lodgings","attributes":{"timestamp":"2026-12-01T09:00:00Z"},"relationships":{"to_location":{"data":{"type":"locations","id":"` + unknown + `"}}}}}`, true, 422, "Invalid to_location_id", "Validation failed: To location was not found", ""},
		{"unknown journey", http.MethodGet, "/journeys/" + unknown, "", false, 404, "Resource not found", "Couldn't find Journey with 'id'=" + unknown, ""},
		{"unknown journey event", http.MethodPost, "/journeys/" + unknown + "/start", `{"data":{"type":"starts","attributes":{"timestamp":"2026-12-01T09:00:00Z"}}}`, true, 404, "Resource not found", "Couldn't find Journey with 'id'=" + unknown, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			key := ""
			if c.key {
				key = uuid.NewString()
			}
			status, _, doc := s.do(t, c.method, "/api/moves/"+moveID+c.path, c.body, walkthrough(key))
			require.Equal(t, c.status, status, "%v", doc)
			e := errorOf(doc)
			assert.Equal(t, c.title, e["title"])
			if c.detail != "" {
				assert.Equal(t, c.detail, e["detail"])
			}
			if c.pointer != "" {
				assert.Equal(t, c.pointer, e["source"].(map[string]any)["pointer"])
			}
		})
	}
	t.Run("unknown move", func(t *testing.T) {
		t.Parallel()
		status, _, doc := s.do(t, http.MethodGet, "/api/moves/"+unknown+"/journeys", "", walkthrough(""))
		require.Equal(t, http.StatusNotFound, status, "%v", doc)
		status, _, doc = s.do(t, http.MethodPost, "/api/moves/"+unknown+"/journeys", journeyBody(iwiID, bsiID, ""), walkthrough(uuid.NewString()))
		require.Equal(t, http.StatusNotFound, status, "%v", doc)
	})
}

// The Idempotency-Key rules of §5 hold for journeys as for moves: the same
// request replays its response, a different one with the same key is a 409.
func TestJourneyIdempotency(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	moveID := newMove(t, s, "2026-12-01")
	key := uuid.NewString()
	status, _, first := s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys", journeyBody(hudrycID, bsiID, ""), walkthrough(key))
	require.Equal(t, http.StatusCreated, status, "%v", first)
	status, _, again := s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys", journeyBody(hudrycID, bsiID, ""), walkthrough(key))
	require.Equal(t, http.StatusCreated, status, "a replay, not a duplicate: %v", again)
	assert.Equal(t, first, again)
	status, _, doc := s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys", journeyBody(bsiID, hudrycID, ""), walkthrough(key))
	require.Equal(t, http.StatusConflict, status, "%v", doc)

	id := first["data"].(map[string]any)["id"].(string)
	start := `{"data":{"type":"starts","attributes":{"timestamp":"2026-12-01T09:00:00Z"}}}`
	key = uuid.NewString()
	for range 2 {
		status, _, doc = s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys/"+id+"/start", start, walkthrough(key))
		require.Equal(t, http.StatusNoContent, status, "%v", doc)
	}
	status, _, doc = s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys/"+id+"/cancel", `{"data":{"type":"cancels","attributes":{"timestamp":"2026-12-01T09:00:00Z"}}}`, walkthrough(key))
	require.Equal(t, http.StatusConflict, status, "%v", doc)
	assert.Equal(t, "in_progress", journeyState(t, s, moveID, id))
}

// A supplier sees, lists and changes only the journeys it drives, and cannot
// create one for another supplier (§1.6, §8).
func TestJourneySuppliersSeeOnlyTheirOwn(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {"serco-api"}, "client_secret": {"serco-dev-secret"}}
	status, _, doc := s.do(t, http.MethodPost, "/oauth/token", form.Encode(), map[string]string{"Authorization": "", "Content-Type": "application/x-www-form-urlencoded"})
	require.Equal(t, http.StatusOK, status, "%v", doc)
	asSerco := map[string]string{"Authorization": "Bearer " + doc["access_token"].(string)}

	moveID := newMove(t, s, "2026-12-01") // from Serco's court: Serco runs it
	sercos := newJourney(t, s, moveID, hudrycID, bsiID, asSerco)
	status, _, doc = s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys", journeyBody(bsiID, iwiID, `,"supplier":{"data":{"type":"suppliers","id":"`+geoAmeyID+`"}}`), walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusCreated, status, "full access may name any supplier: %v", doc)
	geoAmeys := doc["data"].(map[string]any)["id"].(string)

	serco := func(key string) map[string]string {
		h := walkthrough(key)
		h["Authorization"] = asSerco["Authorization"]
		return h
	}
	status, _, doc = s.do(t, http.MethodGet, "/api/moves/"+moveID+"/journeys", "", serco(""))
	require.Equal(t, http.StatusOK, status, "%v", doc)
	require.Len(t, doc["data"], 1)
	assert.Equal(t, sercos, doc["data"].([]any)[0].(map[string]any)["id"])
	status, _, doc = s.do(t, http.MethodGet, "/api/moves/"+moveID+"/journeys/"+geoAmeys, "", serco(""))
	assert.Equal(t, http.StatusNotFound, status, "%v", doc)
	status, _, doc = s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys/"+geoAmeys+"/start", `{"data":{"type":"starts","attributes":{"timestamp":"2026-12-01T09:00:00Z"}}}`, serco(uuid.NewString()))
	assert.Equal(t, http.StatusNotFound, status, "%v", doc)
	assert.Equal(t, "proposed", journeyState(t, s, moveID, geoAmeys))
	status, _, doc = s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys", journeyBody(iwiID, hudrycID, `,"supplier":{"data":{"type":"suppliers","id":"`+geoAmeyID+`"}}`), serco(uuid.NewString()))
	require.Equal(t, http.StatusUnprocessableEntity, status, "%v", doc)
	assert.Equal(t, "/data/attributes/supplier", errorOf(doc)["source"].(map[string]any)["pointer"])

	status, _, doc = s.do(t, http.MethodGet, "/api/moves/"+moveID+"/journeys", "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", doc)
	assert.Len(t, doc["data"], 2, "full access lists every supplier's journeys")
}
