package main

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
)

const (
	bsiID    = "067c2855-fa41-493d-9c80-1311a4f7ba45" // BRINSFORD (HMP)
	iwiID    = "056eed18-772b-45b3-b64a-4d7d563641f7" // ISLE OF WIGHT (HMP)
	kirkmcID = "8fa68589-8ded-435c-b0c1-ffcade5f1bef" // Kirklees Magistrates Court
	hudrycID = "00034e29-9ef8-4802-a2f5-09342bf9f174" // Huddersfield Youth Court
)

// walkthrough sends requests as the seeds' curl commands do: JSON:API v2,
// with a fresh Idempotency-Key unless the step gives its own.
func walkthrough(key string) map[string]string {
	h := map[string]string{"Accept": "application/vnd.api+json; version=2", "Content-Type": "application/vnd.api+json"}
	if key != "" {
		h["Idempotency-Key"] = key
	}
	return h
}

func attrs(doc map[string]any) map[string]any {
	return doc["data"].(map[string]any)["attributes"].(map[string]any)
}

// profileFor finds the seeds' person by prison number, as a supplier does, and
// posts a blank profile for them (synchronised with NOMIS).
func profileFor(t *testing.T, s *service, prisonNumber string) string {
	t.Helper()
	status, _, body := s.do(t, http.MethodGet, "/api/people?filter%5Bprison_number%5D="+prisonNumber, "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", body)
	people := body["data"].([]any)
	require.NotEmpty(t, people, "the person is imported from prisoner search")
	personID := people[0].(map[string]any)["id"].(string)
	header := walkthrough(uuid.NewString())
	header["Content-Type"] = "application/json" // as the IPT walkthrough sends it
	status, _, body = s.do(t, http.MethodPost, "/api/people/"+personID+"/profiles", `{ "data": { "type": "profiles" } }`, header)
	require.Equal(t, http.StatusCreated, status, "%v", body)
	return body["data"].(map[string]any)["id"].(string)
}

func moveStatus(t *testing.T, s *service, id string) string {
	t.Helper()
	status, _, body := s.do(t, http.MethodGet, "/api/moves/"+id, "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", body)
	return attrs(body)["status"].(string)
}

// Seed 003, step by step: a proposed inter-prison transfer is approved,
// listed, accepted, started, inspected and completed.
func TestSeed003InterPrisonTransfer(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		profileID := profileFor(t, s, "G8133UA")

		create := `{
			"data": {
			  "type": "moves",
			  "attributes": {
				"date_from": "2020-07-06",
				"date_to": "2020-07-09",
				"move_agreed": true,
				"move_agreed_by": "Fred Bloggs",
				"status": "proposed",
				"additional_information": "example IPT singleton transfer",
				"move_type": "prison_transfer"
			  },
			  "relationships": {
				"profile": { "data": { "type": "profiles", "id": "` + profileID + `" } },
				"from_location": { "data": { "type": "locations", "id": "` + bsiID + `" } },
				"to_location": { "data": { "type": "locations", "id": "` + iwiID + `" } },
				"prison_transfer_reason": { "data": { "type": "prison_transfer_reasons", "id": "1de93692-461f-5355-9e4d-9a0b673daf15" } }
			  }
			}
		  }`
		header := walkthrough("ce0e9608-1291-4ff1-a0d6-02b9ce8ba015")
		header["Content-Type"] = "application/json"
		status, _, body := s.do(t, http.MethodPost, "/api/moves", create, header)
		require.Equal(t, http.StatusCreated, status, "%v", body)
		move := body["data"].(map[string]any)
		id := move["id"].(string)
		a := attrs(body)
		assert.Equal(t, "proposed", a["status"])
		assert.Nil(t, a["date"])
		assert.Equal(t, "2020-07-06", a["date_from"])
		assert.Regexp(t, `^[ACEFHJKMNPRTUVWXY]{3}[1-9]{4}[ACEFHJKMNPRTUVWXY]$`, a["reference"])
		rels := move["relationships"].(map[string]any)
		assert.Equal(t, map[string]any{"data": []any{}}, rels["court_hearings"])
		assert.Equal(t, map[string]any{"data": nil}, rels["allocation"])
		assert.Equal(t, "1de93692-461f-5355-9e4d-9a0b673daf15", rels["prison_transfer_reason"].(map[string]any)["data"].(map[string]any)["id"])

		approve := `{ "data": { "type": "approve", "attributes": { "timestamp": "2020-07-16T11:05:23.248Z", "date": "2020-07-08" } } }`
		header = walkthrough("bed1a9dc-8369-492b-b8fe-64e273d05c26")
		header["Content-Type"] = "application/json"
		status, _, body = s.do(t, http.MethodPost, "/api/moves/"+id+"/approve", approve, header)
		require.Equal(t, http.StatusNoContent, status, "%v", body)
		assert.Equal(t, "requested", moveStatus(t, s, id))

		status, _, body = s.do(t, http.MethodGet, "/api/moves/?include=profile.person%2Cfrom_location%2Cto_location&filter%5Bstatus%5D=requested&filter%5Bdate_from%5D=2020-07-07&filter%5Bdate_to%5D=2020-07-08", "", walkthrough(""))
		require.Equal(t, http.StatusOK, status, "%v", body)
		listed := body["data"].([]any)
		require.Len(t, listed, 1)
		assert.Equal(t, id, listed[0].(map[string]any)["id"])
		assert.Equal(t, "2020-07-08", listed[0].(map[string]any)["attributes"].(map[string]any)["date"])
		included := map[string]bool{}
		for _, inc := range body["included"].([]any) {
			included[inc.(map[string]any)["type"].(string)+"/"+inc.(map[string]any)["id"].(string)] = true
		}
		assert.True(t, included["locations/"+bsiID] && included["locations/"+iwiID], "%v", included)
		assert.True(t, included["profiles/"+profileID], "%v", included)
		assert.Equal(t, float64(1), body["meta"].(map[string]any)["pagination"].(map[string]any)["total_objects"])

		for _, step := range []struct{ path, key, body, want string }{
			{"accept", "40154352-4a86-4a5b-bddd-9df63b4d59b4", `{ "data": { "type": "accepts", "attributes": { "timestamp": "2020-07-07T15:35:24.316Z" } } }`, "booked"},
			{"start", "45a97e52-dc12-4ad5-a47f-fd02e888942c", `{ "data": { "type": "starts", "attributes": { "timestamp": "2020-07-07T15:40:46.853Z", "notes": "van on the way" } } }`, "in_transit"},
			{"complete", "42d19c1f-a741-4fe8-910d-07ffc832aef8", `{ "data": { "type": "completes", "attributes": { "timestamp": "2020-07-07T16:19:17.163Z", "notes": "move completed successfully" } } }`, "completed"},
		} {
			status, _, body = s.do(t, http.MethodPost, "/api/moves/"+id+"/"+step.path, step.body, walkthrough(step.key))
			require.Equal(t, http.StatusNoContent, status, "%s: %v", step.path, body)
			// The supplier's timestamps are earlier than the approval's: replaying
			// in occurred_at order still lets each step take effect.
			assert.Equal(t, step.want, moveStatus(t, s, id), step.path)
			if step.path == "start" {
				status, _, body = s.do(t, http.MethodGet, "/api/moves/"+id+"?include=profile.person%2Cfrom_location%2Cto_location", "", walkthrough(""))
				require.Equal(t, http.StatusOK, status, "%v", body)
				assert.Len(t, body["included"], 4, "profile, person and both locations")
			}
		}
	})
}

// Seed 001's court to prison remand: created requested, accepted, started, completed.
func TestSeed001CourtToPrisonMove(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		profileID := profileFor(t, s, "G8133UA")
		create := `{ "data": { "type": "moves", "attributes": { "date": "2020-07-06", "time_due": "2020-07-06T14:19:22+01:00", "status": "requested", "additional_information": "example court to prison transfer", "move_type": "prison_remand" }, "relationships": { "profile": { "data": { "type": "profiles", "id": "` + profileID + `" } }, "from_location": { "data": { "type": "locations", "id": "` + kirkmcID + `" } }, "to_location": { "data": { "type": "locations", "id": "` + bsiID + `" } } } } }`
		status, _, body := s.do(t, http.MethodPost, "/api/moves", create, walkthrough("51af7ad4-9ee0-42e6-86e1-979ec631193e"))
		require.Equal(t, http.StatusCreated, status, "%v", body)
		id := body["data"].(map[string]any)["id"].(string)
		a := attrs(body)
		assert.Equal(t, "prison_remand", a["move_type"], "code echoes prison_remand")
		assert.Equal(t, "requested", a["status"])
		assert.Equal(t, "2020-07-06T14:19:22+01:00", a["time_due"])
		assert.Equal(t, false, a["is_lockout"])
		for _, k := range []string{"cancellation_reason", "rejection_reason", "date_from", "move_agreed", "recall_date"} {
			v, present := a[k]
			assert.True(t, present, "%s rendered", k)
			assert.Nil(t, v, k)
		}

		// The same booking again is a duplicate.
		status, _, body = s.do(t, http.MethodPost, "/api/moves", create, walkthrough(uuid.NewString()))
		require.Equal(t, http.StatusUnprocessableEntity, status, "%v", body)
		dup := body["errors"].([]any)[0].(map[string]any)
		assert.Equal(t, "taken", dup["code"])
		assert.Equal(t, "Date has already been taken", dup["detail"])
		assert.Equal(t, map[string]any{"existing_id": id}, dup["meta"])

		for _, step := range []struct{ path, body, want string }{
			{"accept", `{ "data": { "type": "accepts", "attributes": { "timestamp": "2020-07-07T15:35:24.316Z" } } }`, "booked"},
			{"start", `{ "data": { "type": "starts", "attributes": { "timestamp": "2020-07-07T15:40:46.853Z", "notes": "van on the way" } } }`, "in_transit"},
			{"complete", `{ "data": { "type": "completes", "attributes": { "timestamp": "2020-07-07T16:19:17.163Z", "notes": "move completed successfully" } } }`, "completed"},
		} {
			status, _, body = s.do(t, http.MethodPost, "/api/moves/"+id+"/"+step.path, step.body, walkthrough(uuid.NewString()))
			require.Equal(t, http.StatusNoContent, status, "%s: %v", step.path, body)
			assert.Equal(t, step.want, moveStatus(t, s, id), step.path)
		}
		// A start timed after the completion can never apply: refused, nothing stored.
		status, _, body = s.do(t, http.MethodPost, "/api/moves/"+id+"/start", `{"data":{"type":"starts","attributes":{"timestamp":"2020-07-08T09:00:00Z"}}}`, walkthrough(uuid.NewString()))
		require.Equal(t, http.StatusUnprocessableEntity, status, "%v", body)
		assert.Equal(t, "invalid_status", body["errors"].([]any)[0].(map[string]any)["code"])
		// Cancelling a completed move is in the table.
		status, _, body = s.do(t, http.MethodPost, "/api/moves/"+id+"/cancel", `{"data":{"type":"cancels","attributes":{"timestamp":"2020-07-08T09:00:00Z","cancellation_reason":"made_in_error"}}}`, walkthrough(uuid.NewString()))
		require.Equal(t, http.StatusNoContent, status, "%v", body)
		assert.Equal(t, "cancelled", moveStatus(t, s, id))
	})
}

// newMove creates a requested court-to-prison move without a profile.
func newMove(t *testing.T, s *service, date string) string {
	t.Helper()
	body := `{"data":{"type":"moves","attributes":{"date":"` + date + `","move_type":"prison_remand"},"relationships":{"from_location":{"data":{"type":"locations","id":"` + hudrycID + `"}},"to_location":{"data":{"type":"locations","id":"` + bsiID + `"}}}}}`
	status, _, doc := s.do(t, http.MethodPost, "/api/moves", body, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusCreated, status, "%v", doc)
	return doc["data"].(map[string]any)["id"].(string)
}

func TestMoveValidationErrors(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	move := func(attributes, relationships string) string {
		return `{"data":{"type":"moves","attributes":{` + attributes + `},"relationships":{` + relationships + `}}}`
	}
	from := func(id string) string { return `"from_location":{"data":{"type":"locations","id":"` + id + `"}}` }
	to := func(id string) string { return `"to_location":{"data":{"type":"locations","id":"` + id + `"}}` }
	tests := []struct {
		name    string
		body    string
		status  int
		pointer string
		code    string
		detail  string
	}{
		{"court appearance to a prison", move(`"date":"2026-12-01","move_type":"court_appearance"`, from(hudrycID)+","+to(bsiID)), 422, "/data/attributes/to_location", "invalid_location", "To location must be a court location"},
		{"same places", move(`"date":"2026-12-01","move_type":"prison_transfer"`, from(bsiID)+","+to(bsiID)), 422, "/data/attributes/to_location_id", "invalid", "To location should be different to the from location"},
		{"no date", move(`"move_type":"prison_remand"`, from(hudrycID)+","+to(bsiID)), 422, "/data/attributes/date", "blank", "Date can't be blank"},
		{"proposed without profile", move(`"move_type":"prison_remand","status":"proposed","date_from":"2026-12-01"`, from(hudrycID)+","+to(bsiID)), 422, "/data/attributes/profile", "blank", "Profile can't be blank"},
		{"unknown location", move(`"date":"2026-12-01","move_type":"prison_remand"`, from(hudrycID)+","+to("11111111-1111-1111-1111-111111111111")), 404, "", "", "Couldn't find Location with 'id'=11111111-1111-1111-1111-111111111111"},
		{"unknown profile", move(`"date":"2026-12-01","move_type":"prison_remand"`, from(hudrycID)+","+to(bsiID)+`,"profile":{"data":{"type":"profiles","id":"11111111-1111-1111-1111-111111111111"}}`), 404, "", "", "Couldn't find Profile with 'id'=11111111-1111-1111-1111-111111111111"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			status, _, body := s.do(t, http.MethodPost, "/api/moves", tt.body, walkthrough(uuid.NewString()))
			require.Equal(t, tt.status, status, "%v", body)
			var found bool
			for _, e := range body["errors"].([]any) {
				e := e.(map[string]any)
				if e["detail"] == tt.detail {
					found = true
					if tt.pointer != "" {
						assert.Equal(t, map[string]any{"pointer": tt.pointer}, e["source"])
						assert.Equal(t, tt.code, e["code"])
					}
				}
			}
			assert.True(t, found, "%v", body)
		})
	}
}

func TestMoveEventParamsAndKeys(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	id := newMove(t, s, "2026-12-01")
	tests := []struct {
		name   string
		path   string
		body   string
		header map[string]string
		status int
		title  string
		detail string
	}{
		{"no key", "accept", `{"data":{"type":"accepts","attributes":{"timestamp":"2026-12-01T09:00:00Z"}}}`, map[string]string{"Idempotency-Key": ""}, 422, "Invalid idempotency_key", "Validation failed: Idempotency key can't be blank, Idempotency key is invalid"},
		{"bad key", "accept", `{"data":{"type":"accepts","attributes":{"timestamp":"2026-12-01T09:00:00Z"}}}`, map[string]string{"Idempotency-Key": "not-a-uuid"}, 422, "Invalid idempotency_key", "Validation failed: Idempotency key can't be blank, Idempotency key is invalid"},
		{"singular type", "accept", `{"data":{"type":"accept","attributes":{"timestamp":"2026-12-01T09:00:00Z"}}}`, nil, 422, "Invalid type", "Validation failed: Type is not included in the list"},
		{"bad timestamp", "accept", `{"data":{"type":"accepts","attributes":{"timestamp":"yesterday"}}}`, nil, 422, "Invalid timestamp", "Validation failed: Timestamp must be formatted as a valid ISO-8601 date-time"},
		{"no timestamp", "start", `{"data":{"type":"starts","attributes":{}}}`, nil, 422, "Invalid timestamp", "Validation failed: Timestamp must be formatted as a valid ISO-8601 date-time"},
		{"bad cancellation reason", "cancel", `{"data":{"type":"cancels","attributes":{"timestamp":"2026-12-01T09:00:00Z","cancellation_reason":"bored"}}}`, nil, 422, "Invalid cancellation_reason", "Validation failed: Cancellation reason is not included in the list"},
		{"unknown redirect destination", "redirects", `{"data":{"type":"redirects","attributes":{"timestamp":"2026-12-01T09:00:00Z"},"relationships":{"to_location":{"data":{"type":"locations","id":"11111111-1111-1111-1111-111111111111"}}}}}`, nil, 422, "Invalid to_location_id", "Validation failed: To location was not found"},
		{"no data", "accept", `{}`, nil, 400, "Bad request", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			header := walkthrough(uuid.NewString())
			for k, v := range tt.header {
				header[k] = v
			}
			status, _, body := s.do(t, http.MethodPost, "/api/moves/"+id+"/"+tt.path, tt.body, header)
			require.Equal(t, tt.status, status, "%v", body)
			e := body["errors"].([]any)[0].(map[string]any)
			assert.Equal(t, tt.title, e["title"])
			if tt.detail != "" {
				assert.Equal(t, tt.detail, e["detail"])
			}
		})
	}
	status, _, body := s.do(t, http.MethodPost, "/api/moves/"+uuid.NewString()+"/accept", `{"data":{"type":"accepts","attributes":{"timestamp":"2026-12-01T09:00:00Z"}}}`, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusNotFound, status, "%v", body)
	assert.Equal(t, "requested", moveStatus(t, s, id), "no refused event changed the move")
}

func TestMoveIdempotency(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		body := `{"data":{"type":"moves","attributes":{"date":"2026-12-01","move_type":"prison_remand"},"relationships":{"from_location":{"data":{"type":"locations","id":"` + hudrycID + `"}},"to_location":{"data":{"type":"locations","id":"` + bsiID + `"}}}}}`
		key := uuid.NewString()
		status, header, first := s.do(t, http.MethodPost, "/api/moves", body, walkthrough(key))
		require.Equal(t, http.StatusCreated, status, "%v", first)
		status, header2, again := s.do(t, http.MethodPost, "/api/moves", body, walkthrough(strings.ToUpper(key)))
		require.Equal(t, http.StatusCreated, status, "the stored response is replayed")
		assert.Equal(t, first, again)
		assert.Equal(t, header.Get("Content-Type"), header2.Get("Content-Type"))

		status, _, conflict := s.do(t, http.MethodPost, "/api/moves", strings.Replace(body, "2026-12-01", "2026-12-02", 1), walkthrough(key))
		require.Equal(t, http.StatusConflict, status, "%v", conflict)
		e := conflict["errors"].([]any)[0].(map[string]any)
		assert.Equal(t, "Idempotency Conflict Error", e["title"])
		assert.Equal(t, "Idempotency::ConflictError: Conflicting idempotency key: "+key, e["detail"])

		status, _, list := s.do(t, http.MethodGet, "/api/moves", "", walkthrough(""))
		require.Equal(t, http.StatusOK, status)
		assert.Len(t, list["data"], 1, "one move despite the replay")

		// A failure is not stored: the key can be used again once the request is fixed.
		id := first["data"].(map[string]any)["id"].(string)
		eventKey := uuid.NewString()
		status, _, _ = s.do(t, http.MethodPost, "/api/moves/"+id+"/cancel", `{"data":{"type":"cancels","attributes":{"timestamp":"2026-12-01T09:00:00Z","cancellation_reason":"bored"}}}`, walkthrough(eventKey))
		require.Equal(t, http.StatusUnprocessableEntity, status)
		cancel := `{"data":{"type":"cancels","attributes":{"timestamp":"2026-12-01T09:00:00Z","cancellation_reason":"made_in_error"}}}`
		status, _, _ = s.do(t, http.MethodPost, "/api/moves/"+id+"/cancel", cancel, walkthrough(eventKey))
		require.Equal(t, http.StatusNoContent, status)
		status, _, _ = s.do(t, http.MethodPost, "/api/moves/"+id+"/cancel", cancel, walkthrough(eventKey))
		require.Equal(t, http.StatusNoContent, status, "replayed, not refused as a second cancel")

		// Identical requests sent at once create one move.
		key = uuid.NewString()
		other := strings.Replace(body, "2026-12-01", "2026-12-03", 1)
		var wg sync.WaitGroup
		statuses := make([]int, 6)
		for i := range statuses {
			wg.Add(1)
			go func() {
				defer wg.Done()
				statuses[i], _, _ = s.do(t, http.MethodPost, "/api/moves", other, walkthrough(key))
			}()
		}
		wg.Wait()
		status, _, list = s.do(t, http.MethodGet, "/api/moves?filter%5Bdate_from%5D=2026-12-03", "", walkthrough(""))
		require.Equal(t, http.StatusOK, status)
		assert.Len(t, list["data"], 1, "statuses %v", statuses)
		for _, st := range statuses {
			assert.Contains(t, []int{http.StatusCreated, http.StatusConflict}, st)
		}
	})
}

// Accept and cancel sent at once: one consistent outcome, both events kept.
func TestConcurrentMoveEvents(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		for round := range 3 {
			id := newMove(t, s, fmt.Sprintf("2026-12-%02d", round+10))
			var wg sync.WaitGroup
			statuses := make([]int, 2)
			for i, req := range []struct{ path, body string }{
				{"accept", `{"data":{"type":"accepts","attributes":{"timestamp":"2026-12-01T09:00:00Z"}}}`},
				{"cancel", `{"data":{"type":"cancels","attributes":{"timestamp":"2026-12-01T09:05:00Z","cancellation_reason":"made_in_error"}}}`},
			} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					statuses[i], _, _ = s.do(t, http.MethodPost, "/api/moves/"+id+"/"+req.path, req.body, walkthrough(uuid.NewString()))
				}()
			}
			wg.Wait()
			assert.Equal(t, []int{http.StatusNoContent, http.StatusNoContent}, statuses)
			assert.Equal(t, "cancelled", moveStatus(t, s, id))
		}
	})
}

func TestUpdateMoveAndListing(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	id := newMove(t, s, "2026-12-01")
	patch := `{"data":{"type":"moves","attributes":{"status":"booked","date":"2026-12-04","date_changed_reason":"operational_issues_prison","additional_information":"rescheduled"},"relationships":{"to_location":{"data":{"type":"locations","id":"` + iwiID + `"}}}}}`
	status, _, body := s.do(t, http.MethodPatch, "/api/moves/"+id, patch, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusOK, status, "%v", body)
	a := attrs(body)
	assert.Equal(t, "booked", a["status"], "status PATCH is recorded as an accept")
	assert.Equal(t, "2026-12-04", a["date"])
	assert.Equal(t, "rescheduled", a["additional_information"])
	assert.Equal(t, bsiID, body["data"].(map[string]any)["relationships"].(map[string]any)["to_location"].(map[string]any)["data"].(map[string]any)["id"], "to_location is ignored")

	status, _, body = s.do(t, http.MethodPatch, "/api/moves/"+id, `{"data":{"type":"moves","attributes":{"status":"completed"}}}`, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusUnprocessableEntity, status, "%v", body)
	status, _, body = s.do(t, http.MethodPatch, "/api/moves/"+id, `{"data":{"type":"moves","attributes":{"status":"cancelled"}}}`, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusUnprocessableEntity, status, "%v", body)
	assert.Equal(t, "Invalid cancellation_reason", body["errors"].([]any)[0].(map[string]any)["title"])

	newMove(t, s, "2026-12-02")
	newMove(t, s, "2026-12-03")
	status, _, body = s.do(t, http.MethodGet, "/api/moves?sort%5Bby%5D=date&per_page=2&page=2", "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", body)
	require.Len(t, body["data"], 1)
	assert.Equal(t, id, body["data"].([]any)[0].(map[string]any)["id"], "ascending by date: the 4th comes last")
	assert.Equal(t, float64(2), body["meta"].(map[string]any)["pagination"].(map[string]any)["total_pages"])

	filtered := `{"data":{"type":"filters","attributes":{"filter":{"status":"booked","date_from":"2026-12-04","date_to":"2026-12-04"}}}}`
	status, _, body = s.do(t, http.MethodPost, "/api/moves/filtered", filtered, walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", body)
	require.Len(t, body["data"], 1)

	for _, bad := range []struct{ query, title string }{
		{"filter%5Bdate_from%5D=yesterday", "Invalid date_from"},
		{"filter%5Bstatus%5D=lost", "Invalid status"},
		{"filter%5Bmove_type%5D=court_appearance,hospital", "Invalid move_type"},
		{"sort%5Bdirection%5D=asc", "Invalid sort_by"},
	} {
		status, _, body = s.do(t, http.MethodGet, "/api/moves?"+bad.query, "", walkthrough(""))
		require.Equal(t, http.StatusUnprocessableEntity, status, "%s: %v", bad.query, body)
		assert.Equal(t, bad.title, body["errors"].([]any)[0].(map[string]any)["title"], bad.query)
	}
	status, _, body = s.do(t, http.MethodGet, "/api/moves?include=journeys", "", walkthrough(""))
	require.Equal(t, http.StatusBadRequest, status, "journeys are only for a single move: %v", body)
	status, _, body = s.do(t, http.MethodGet, "/api/moves/"+id+"?include=journeys.from_location,court_hearings", "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", body)
}

// A rejection with rebook proposes the same move a week later, once.
func TestRejectWithRebook(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	profileID := profileFor(t, s, "G8133UA")
	create := `{"data":{"type":"moves","attributes":{"status":"proposed","date_from":"2026-12-01","date_to":"2026-12-04","move_type":"prison_transfer"},"relationships":{"profile":{"data":{"type":"profiles","id":"` + profileID + `"}},"from_location":{"data":{"type":"locations","id":"` + bsiID + `"}},"to_location":{"data":{"type":"locations","id":"` + iwiID + `"}}}}}`
	status, _, body := s.do(t, http.MethodPost, "/api/moves", create, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusCreated, status, "%v", body)
	id := body["data"].(map[string]any)["id"].(string)

	reject := `{"data":{"type":"rejects","attributes":{"timestamp":"2026-11-25T10:00:00Z","rejection_reason":"no_space_at_receiving_prison","cancellation_reason_comment":"wing closed","rebook":true}}}`
	status, _, body = s.do(t, http.MethodPost, "/api/moves/"+id+"/reject", reject, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusNoContent, status, "%v", body)
	status, _, body = s.do(t, http.MethodGet, "/api/moves/"+id, "", walkthrough(""))
	require.Equal(t, http.StatusOK, status)
	a := attrs(body)
	assert.Equal(t, "cancelled", a["status"])
	assert.Equal(t, "rejected", a["cancellation_reason"])
	assert.Equal(t, "no_space_at_receiving_prison", a["rejection_reason"])
	assert.Equal(t, "wing closed", a["cancellation_reason_comment"])

	status, _, body = s.do(t, http.MethodGet, "/api/moves?filter%5Bstatus%5D=proposed", "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", body)
	require.Len(t, body["data"], 1)
	rebooked := body["data"].([]any)[0].(map[string]any)
	assert.Equal(t, "2026-12-08", rebooked["attributes"].(map[string]any)["date_from"])
	assert.Equal(t, "2026-12-11", rebooked["attributes"].(map[string]any)["date_to"])
	status, _, body = s.do(t, http.MethodGet, "/api/moves/"+rebooked["id"].(string), "", walkthrough(""))
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, id, body["data"].(map[string]any)["relationships"].(map[string]any)["original_move"].(map[string]any)["data"].(map[string]any)["id"])

	// Rejecting the cancelled move again can never apply.
	status, _, body = s.do(t, http.MethodPost, "/api/moves/"+id+"/reject", strings.Replace(reject, "10:00:00", "11:00:00", 1), walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusUnprocessableEntity, status, "%v", body)
	status, _, body = s.do(t, http.MethodGet, "/api/moves?filter%5Bstatus%5D=proposed", "", walkthrough(""))
	require.Equal(t, http.StatusOK, status)
	assert.Len(t, body["data"], 1, "rebooked once")
}

// Redirect and lockout change the destination and flag, not the status.
func TestRedirectAndLockout(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	id := newMove(t, s, "2026-12-01")
	redirect := `{"data":{"type":"redirects","attributes":{"timestamp":"2026-12-01T10:15:00+00:00","notes":"full","move_type":"prison_remand"},"relationships":{"to_location":{"data":{"type":"locations","id":"` + iwiID + `"}}}}}`
	status, _, body := s.do(t, http.MethodPost, "/api/moves/"+id+"/redirects", redirect, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusNoContent, status, "%v", body)
	status, _, body = s.do(t, http.MethodGet, "/api/moves/"+id, "", walkthrough(""))
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, iwiID, body["data"].(map[string]any)["relationships"].(map[string]any)["to_location"].(map[string]any)["data"].(map[string]any)["id"])

	// Redirecting a remand to a court breaks the move type rules.
	bad := strings.Replace(redirect, iwiID, kirkmcID, 1)
	status, _, body = s.do(t, http.MethodPost, "/api/moves/"+id+"/redirects", bad, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusUnprocessableEntity, status, "%v", body)
	assert.Equal(t, "invalid_location", body["errors"].([]any)[0].(map[string]any)["code"])

	lockout := `{"data":{"type":"lockouts","attributes":{"timestamp":"2026-12-01T19:30:00Z"},"relationships":{"from_location":{"data":{"type":"locations","id":"` + hudrycID + `"}}}}}`
	status, _, body = s.do(t, http.MethodPost, "/api/moves/"+id+"/lockouts", lockout, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusNoContent, status, "%v", body)
	status, _, body = s.do(t, http.MethodGet, "/api/moves/"+id, "", walkthrough(""))
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, true, attrs(body)["is_lockout"])
	assert.Equal(t, "requested", attrs(body)["status"])
}

// A supplier sees the moves it runs or that touch a location it serves; any
// other move is a 404, and is left out of its lists.
func TestSuppliersSeeOnlyTheirMoves(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {"serco-api"}, "client_secret": {"serco-dev-secret"}}
	status, _, doc := s.do(t, http.MethodPost, "/oauth/token", form.Encode(), map[string]string{"Authorization": "", "Content-Type": "application/x-www-form-urlencoded"})
	require.Equal(t, http.StatusOK, status, "%v", doc)
	asSerco := walkthrough("")
	asSerco["Authorization"] = "Bearer " + doc["access_token"].(string)

	fromCourt := newMove(t, s, "2026-12-01") // from Serco's court to GEOAmey's prison
	body := `{"data":{"type":"moves","attributes":{"date":"2026-12-01","move_type":"prison_transfer"},"relationships":{"from_location":{"data":{"type":"locations","id":"` + bsiID + `"}},"to_location":{"data":{"type":"locations","id":"` + iwiID + `"}}}}}`
	status, _, doc = s.do(t, http.MethodPost, "/api/moves", body, walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusCreated, status, "%v", doc)
	geoAmeyOnly := doc["data"].(map[string]any)["id"].(string)

	status, _, doc = s.do(t, http.MethodGet, "/api/moves/"+fromCourt, "", asSerco)
	assert.Equal(t, http.StatusOK, status, "%v", doc)
	status, _, doc = s.do(t, http.MethodGet, "/api/moves/"+geoAmeyOnly, "", asSerco)
	assert.Equal(t, http.StatusNotFound, status, "%v", doc)
	status, _, doc = s.do(t, http.MethodGet, "/api/moves", "", asSerco)
	require.Equal(t, http.StatusOK, status, "%v", doc)
	require.Len(t, doc["data"], 1)
	assert.Equal(t, fromCourt, doc["data"].([]any)[0].(map[string]any)["id"])
}

// Who may see a move is checked under the move's lock: a supplier's event or
// PATCH on a move it cannot see is a 404, before any check of what it sent
// (an unknown redirect destination is a 422 only on a move it can see), and
// nothing is stored.
func TestSuppliersChangeOnlyMovesTheySee(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		form := url.Values{"grant_type": {"client_credentials"}, "client_id": {"serco-api"}, "client_secret": {"serco-dev-secret"}}
		status, _, doc := s.do(t, http.MethodPost, "/oauth/token", form.Encode(), map[string]string{"Authorization": "", "Content-Type": "application/x-www-form-urlencoded"})
		require.Equal(t, http.StatusOK, status, "%v", doc)
		token := doc["access_token"].(string)
		asSerco := func() map[string]string {
			h := walkthrough(uuid.NewString())
			h["Authorization"] = "Bearer " + token
			return h
		}
		visible := newMove(t, s, "2026-12-01") // from Serco's court
		body := `{"data":{"type":"moves","attributes":{"date":"2026-12-01","move_type":"prison_transfer"},"relationships":{"from_location":{"data":{"type":"locations","id":"` + bsiID + `"}},"to_location":{"data":{"type":"locations","id":"` + iwiID + `"}}}}}`
		status, _, created := s.do(t, http.MethodPost, "/api/moves", body, walkthrough(uuid.NewString()))
		require.Equal(t, http.StatusCreated, status, "%v", created)
		hidden := created["data"].(map[string]any)["id"].(string) // GEOAmey's only

		accept := `{"data":{"type":"accepts","attributes":{"timestamp":"2026-12-01T09:00:00Z"}}}`
		redirect := `{"data":{"type":"redirects","attributes":{"timestamp":"2026-12-01T10:00:00Z"},"relationships":{"to_location":{"data":{"type":"locations","id":"` + uuid.NewString() + `"}}}}}`
		patch := `{"data":{"type":"moves","attributes":{"additional_information":"changed"}}}`
		for _, req := range []struct{ method, path, body string }{
			{http.MethodPost, "/accept", accept},
			{http.MethodPost, "/redirects", redirect},
			{http.MethodPatch, "", patch},
		} {
			status, _, doc := s.do(t, req.method, "/api/moves/"+hidden+req.path, req.body, asSerco())
			assert.Equal(t, http.StatusNotFound, status, "%s %s: %v", req.method, req.path, doc)
		}
		status, _, doc = s.do(t, http.MethodGet, "/api/moves/"+hidden, "", walkthrough(""))
		require.Equal(t, http.StatusOK, status, "%v", doc)
		assert.Equal(t, "requested", attrs(doc)["status"])
		assert.Nil(t, attrs(doc)["additional_information"])

		status, _, doc = s.do(t, http.MethodPost, "/api/moves/"+visible+"/redirects", redirect, asSerco())
		assert.Equal(t, http.StatusUnprocessableEntity, status, "%v", doc)
		status, _, doc = s.do(t, http.MethodPost, "/api/moves/"+visible+"/accept", accept, asSerco())
		assert.Equal(t, http.StatusNoContent, status, "%v", doc)
		status, _, doc = s.do(t, http.MethodPatch, "/api/moves/"+visible, patch, asSerco())
		assert.Equal(t, http.StatusOK, status, "%v", doc)
		assert.Equal(t, "booked", moveStatus(t, s, visible))
	})
}

// §0 guard order: a bad include is reported before a missing key.
func TestMoveGuardOrder(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	header := walkthrough("")
	status, _, body := s.do(t, http.MethodPost, "/api/moves?include=nonsense", `{"data":{"type":"moves","attributes":{"move_type":"prison_remand"},"relationships":{"from_location":{"data":{"type":"locations","id":"`+hudrycID+`"}}}}}`, header)
	require.Equal(t, http.StatusBadRequest, status, "%v", body)
	assert.Contains(t, body["errors"].([]any)[0].(map[string]any)["detail"], `["nonsense"] is not supported`)
	status, _, body = s.do(t, http.MethodPost, "/api/moves", `{"data":{"type":"moves","attributes":{"move_type":"prison_remand"},"relationships":{"from_location":{"data":{"type":"locations","id":"`+hudrycID+`"}}}}}`, header)
	require.Equal(t, http.StatusUnprocessableEntity, status, "%v", body)
	assert.Equal(t, "Invalid idempotency_key", body["errors"].([]any)[0].(map[string]any)["title"])
}

// After the replay window the same request is a conflict; after the conflict
// window the key is free again (windows shortened through configuration).
func TestIdempotencyWindowsAreConfigurable(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		conflict string
		want     int
	}{{"1h", http.StatusConflict}, {"1ms", http.StatusCreated}} {
		s := startService(t, store.SQLite, map[string]string{"IDEMPOTENCY_REPLAY_TTL": "1ms", "IDEMPOTENCY_CONFLICT_TTL": tt.conflict})
		body := `{"data":{"type":"moves","attributes":{"date":"2026-12-01","move_type":"prison_remand"},"relationships":{"from_location":{"data":{"type":"locations","id":"` + hudrycID + `"}},"to_location":{"data":{"type":"locations","id":"` + bsiID + `"}}}}}`
		key := uuid.NewString()
		status, _, doc := s.do(t, http.MethodPost, "/api/moves", body, walkthrough(key))
		require.Equal(t, http.StatusCreated, status, "%v", doc)
		time.Sleep(5 * time.Millisecond)
		status, _, doc = s.do(t, http.MethodPost, "/api/moves", strings.Replace(body, "12-01", "12-02", 1), walkthrough(key))
		assert.Equal(t, tt.want, status, "conflict window %s: %v", tt.conflict, doc)
	}
}
