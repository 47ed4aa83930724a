package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/tokens"
	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
	"github.com/ministryofjustice/hmpps-backbone/openapi"
)

// The Book a Secure Move access matrix: every operation of
// openapi/book-secure-move.yaml (read from the spec, so none is forgotten)
// against every kind of caller. Each row's sample is built fresh for each
// caller, since most operations change what they touch.

// basmSample is one operation's sample request and its answer under full access.
type basmSample struct {
	// build returns the path (with query) and body of a sample request, on
	// data run by Serco when own, by GEOAmey alone otherwise.
	build func(m *basmMatrix, own bool) (path, body string)
	// status is the answer with a full-access token, and with the token of
	// the supplier that runs the data.
	status int
	// public operations need no token.
	public bool
	// other is what Serco's client gets for the same request on GEOAmey's
	// data; 0 where the operation touches no supplier's data. Moves and
	// journeys are scoped (404); people, profiles, events and person escort
	// records are not, as in the original (fact sheet §8).
	other int
}

func fixed(path, body string) func(*basmMatrix, bool) (string, string) {
	return func(*basmMatrix, bool) (string, string) { return path, body }
}

// moveEvent is the body of a POST /api/moves/{id}/<event>.
func moveEvent(kind, extraAttrs string) string {
	return `{"data":{"type":"` + kind + `","attributes":{"timestamp":"2026-11-30T09:00:00Z"` + extraAttrs + `}}}`
}

// journeyEvent is the body of a POST /api/moves/{moveId}/journeys/{id}/<event>.
func journeyEvent(kind, rels string) string {
	return `{"data":{"type":"` + kind + `","attributes":{"timestamp":"2026-12-01T09:00:00Z"}` + rels + `}}`
}

func locationRel(name, id string) string {
	return `"` + name + `":{"data":{"type":"locations","id":"` + id + `"}}`
}

// onMove is a sample on a fresh move in state.
func onMove(state, suffix, body string) func(*basmMatrix, bool) (string, string) {
	return func(m *basmMatrix, own bool) (string, string) {
		return "/api/moves/" + m.move(own, state) + suffix, body
	}
}

// onJourney is a sample on a fresh proposed journey: the journey events
// answer 204 from that state whether or not they change it.
func onJourney(suffix, body string) func(*basmMatrix, bool) (string, string) {
	return func(m *basmMatrix, own bool) (string, string) {
		moveID, id := m.journey(own)
		return "/api/moves/" + moveID + "/journeys/" + id + suffix, body
	}
}

var basmSamples = map[string]basmSample{
	"createToken": {public: true, status: 200, build: fixed("/oauth/token",
		url.Values{"grant_type": {"client_credentials"}, "client_id": {"serco-api"}, "client_secret": {"serco-dev-secret"}}.Encode())},
	"listLocations": {public: true, status: 200, build: fixed("/api/reference/locations", "")},
	"getLocation":   {public: true, status: 200, build: fixed("/api/reference/locations/"+bsiID, "")},

	"listAssessmentQuestions":   {status: 200, build: fixed("/api/reference/assessment_questions", "")},
	"listGenders":               {status: 200, build: fixed("/api/reference/genders", "")},
	"listEthnicities":           {status: 200, build: fixed("/api/reference/ethnicities", "")},
	"listSuppliers":             {status: 200, build: fixed("/api/reference/suppliers", "")},
	"getSupplier":               {status: 200, build: fixed("/api/reference/suppliers/serco", "")},
	"listSupplierLocations":     {status: 200, build: fixed("/api/suppliers/"+geoAmeyID+"/locations", "")},
	"listPrisonTransferReasons": {status: 200, build: fixed("/api/reference/prison_transfer_reasons", "")},
	"listCategories":            {status: 200, build: fixed("/api/reference/categories", "")},

	"listPeople": {status: 200, build: fixed("/api/people?filter%5Bprison_number%5D=G8133UA", "")},
	"createPerson": {status: 201, build: fixed("/api/people",
		`{"data":{"type":"people","attributes":{"first_names":"Matrix","last_name":"Person"}}}`)},
	"getPerson": {status: 200, build: func(m *basmMatrix, _ bool) (string, string) { return "/api/people/" + m.person, "" }},
	"updatePerson": {status: 200, build: func(m *basmMatrix, _ bool) (string, string) {
		return "/api/people/" + m.newPerson(), `{"data":{"type":"people","attributes":{"last_name":"Renamed"}}}`
	}},
	"createProfile": {status: 201, build: func(m *basmMatrix, _ bool) (string, string) {
		return "/api/people/" + m.newPerson() + "/profiles", `{"data":{"type":"profiles"}}`
	}},
	"updateProfile": {status: 200, build: func(m *basmMatrix, _ bool) (string, string) {
		personID := m.newPerson()
		return "/api/people/" + personID + "/profiles/" + m.newProfile(personID), `{"data":{"type":"profiles","attributes":{"assessment_answers":[]}}}`
	}},

	"listMoves": {status: 200, build: fixed("/api/moves", "")},
	"filterMoves": {status: 200, build: fixed("/api/moves/filtered",
		`{"data":{"type":"filters","attributes":{"filter":{"status":"requested"}}}}`)},
	"createMove": {status: 201, build: func(m *basmMatrix, own bool) (string, string) {
		return "/api/moves", m.moveBody(own, "requested")
	}},
	"getMove":     {status: 200, other: 404, build: onMove("requested", "", "")},
	"updateMove":  {status: 200, other: 404, build: onMove("requested", "", `{"data":{"type":"moves","attributes":{"additional_information":"matrix"}}}`)},
	"approveMove": {status: 204, other: 404, build: onMove("proposed", "/approve", moveEvent("approve", `,"date":"2027-06-01"`))},
	"acceptMove":  {status: 204, other: 404, build: onMove("requested", "/accept", moveEvent("accepts", ""))},
	"startMove":   {status: 204, other: 404, build: onMove("booked", "/start", moveEvent("starts", ""))},
	"completeMove": {status: 204, other: 404, build: func(m *basmMatrix, own bool) (string, string) {
		return "/api/moves/" + m.move(own, "in_transit") + "/complete", `{"data":{"type":"completes","attributes":{"timestamp":"2026-11-30T10:00:00Z"}}}`
	}},
	"cancelMove": {status: 204, other: 404, build: onMove("requested", "/cancel", moveEvent("cancels", `,"cancellation_reason":"made_in_error"`))},
	"rejectMove": {status: 204, other: 404, build: onMove("proposed", "/reject", moveEvent("rejects", `,"rejection_reason":"no_space_at_receiving_prison"`))},
	"redirectMove": {status: 204, other: 404, build: func(m *basmMatrix, own bool) (string, string) {
		moveType, to := "prison_remand", iwiID
		if !own {
			moveType, to = "prison_transfer", leedsID
		}
		return "/api/moves/" + m.move(own, "requested") + "/redirects",
			`{"data":{"type":"redirects","attributes":{"timestamp":"2026-11-30T09:00:00Z","move_type":"` + moveType + `"},"relationships":{` + locationRel("to_location", to) + `}}}`
	}},
	"lockoutMove": {status: 204, other: 404, build: func(m *basmMatrix, own bool) (string, string) {
		from, _ := legOf(own)
		return "/api/moves/" + m.move(own, "requested") + "/lockouts",
			`{"data":{"type":"lockouts","attributes":{"timestamp":"2026-11-30T19:30:00Z"},"relationships":{` + locationRel("from_location", from) + `}}}`
	}},

	// Another supplier's move is hidden from the journeys collection too:
	// listing or adding journeys would reveal the move.
	"listJourneys": {status: 200, other: 404, build: onMove("requested", "/journeys", "")},
	"createJourney": {status: 201, other: 404, build: func(m *basmMatrix, own bool) (string, string) {
		from, to := legOf(own)
		return "/api/moves/" + m.move(own, "requested") + "/journeys", journeyBody(from, to, "")
	}},
	"getJourney":        {status: 200, other: 404, build: onJourney("", "")},
	"updateJourney":     {status: 200, other: 404, build: onJourney("", `{"data":{"type":"journeys","attributes":{"timestamp":"2026-12-01T09:00:00Z","billable":false}}}`)},
	"startJourney":      {status: 204, other: 404, build: onJourney("/start", journeyEvent("starts", ""))},
	"rejectJourney":     {status: 204, other: 404, build: onJourney("/reject", journeyEvent("rejects", ""))},
	"completeJourney":   {status: 204, other: 404, build: onJourney("/complete", journeyEvent("completes", ""))},
	"uncompleteJourney": {status: 204, other: 404, build: onJourney("/uncomplete", journeyEvent("uncompletes", ""))},
	"cancelJourney":     {status: 204, other: 404, build: onJourney("/cancel", journeyEvent("cancels", ""))},
	"uncancelJourney":   {status: 204, other: 404, build: onJourney("/uncancel", journeyEvent("uncancels", ""))},
	"lockoutJourney": {status: 204, other: 404, build: func(m *basmMatrix, own bool) (string, string) {
		from, _ := legOf(own)
		return onJourney("/lockouts", journeyEvent("lockouts", `,"relationships":{`+locationRel("from_location", from)+`}`))(m, own)
	}},
	"lodgeJourney": {status: 204, other: 404, build: func(m *basmMatrix, own bool) (string, string) {
		_, to := legOf(own)
		return onJourney("/lodgings", journeyEvent("lodgings", `,"relationships":{`+locationRel("to_location", to)+`}`))(m, own)
	}},

	"createCourtHearing": {status: 201, other: 404, build: func(m *basmMatrix, own bool) (string, string) {
		return "/api/court_hearings", courtHearingBody(m.move(own, "requested"))
	}},
	"createPersonEscortRecord": {status: 201, other: 201, build: func(m *basmMatrix, own bool) (string, string) {
		return "/api/person_escort_records", perBody(m.move(own, "requested with profile"))
	}},
	"getPersonEscortRecord": {status: 200, other: 200, build: func(m *basmMatrix, own bool) (string, string) {
		return "/api/person_escort_records/" + m.escortRecord(own), ""
	}},
	"updatePersonEscortRecord": {status: 200, other: 200, build: func(m *basmMatrix, own bool) (string, string) {
		return "/api/person_escort_records/" + m.escortRecord(own), perPatch(`{"status":"in_progress"}`)
	}},
	"createEvent": {status: 201, other: 404, build: func(m *basmMatrix, own bool) (string, string) {
		return "/api/events", eventBody(eventAttrs("MoveOperationTornado", "2026-11-30T09:00:00+00:00", `{}`), "moves", m.move(own, "requested"), nil)
	}},
	"getEvent": {status: 200, other: 200, build: func(m *basmMatrix, own bool) (string, string) {
		return "/api/events/" + m.event(own), ""
	}},
}

// leedsID is LEEDS (HMP), a third prison to redirect GEOAmey's transfer to.
const leedsID = "5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c11"

// legOf is the leg of the sample moves: Serco's court to a prison for its
// own, between two of GEOAmey's prisons for the other.
func legOf(own bool) (from, to string) {
	if own {
		return hudrycID, bsiID
	}
	return bsiID, iwiID
}

// basmMatrix makes the data the samples need, as full access.
type basmMatrix struct {
	t       *testing.T
	s       *service
	person  string // the seeds' person, imported from prisoner search
	profile string // their profile, for moves that need one
	days    int    // each move gets its own date, so none is a duplicate
}

func (m *basmMatrix) post(path, body string) string {
	m.t.Helper()
	status, _, doc := m.s.do(m.t, http.MethodPost, path, body, walkthrough(uuid.NewString()))
	require.Equal(m.t, http.StatusCreated, status, "%s: %v", path, doc)
	return doc["data"].(map[string]any)["id"].(string)
}

func (m *basmMatrix) newPerson() string {
	return m.post("/api/people", `{"data":{"type":"people","attributes":{"first_names":"Matrix","last_name":"Person"}}}`)
}

func (m *basmMatrix) newProfile(personID string) string {
	return m.post("/api/people/"+personID+"/profiles", `{"data":{"type":"profiles"}}`)
}

// moveBody is a new move in state ("requested", "requested with profile" or
// "proposed") on the next free date.
func (m *basmMatrix) moveBody(own bool, state string) string {
	m.days++
	date := time.Date(2027, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, m.days).Format(time.DateOnly)
	from, to := legOf(own)
	moveType := "prison_remand"
	if !own {
		moveType = "prison_transfer"
	}
	attrs := `"date":"` + date + `","move_type":"` + moveType + `"`
	rels := locationRel("from_location", from) + "," + locationRel("to_location", to)
	switch state {
	case "proposed":
		rels += `,"profile":{"data":{"type":"profiles","id":"` + m.profile + `"}}`
	case "requested with profile":
		// A person escort record is one per profile: each gets its own.
		rels += `,"profile":{"data":{"type":"profiles","id":"` + m.newProfile(m.newPerson()) + `"}}`
	}
	if state == "proposed" {
		attrs = `"status":"proposed","date_from":"` + date + `","move_type":"` + moveType + `"`
	}
	return `{"data":{"type":"moves","attributes":{` + attrs + `},"relationships":{` + rels + `}}}`
}

// move creates a move and takes it to state (also "booked", "in_transit").
func (m *basmMatrix) move(own bool, state string) string {
	m.t.Helper()
	created := state
	if state == "booked" || state == "in_transit" {
		created = "requested"
	}
	id := m.post("/api/moves", m.moveBody(own, created))
	steps := map[string][]string{"booked": {"accept"}, "in_transit": {"accept", "start"}}[state]
	for _, step := range steps {
		kind := map[string]string{"accept": "accepts", "start": "starts"}[step]
		status, _, doc := m.s.do(m.t, http.MethodPost, "/api/moves/"+id+"/"+step, moveEvent(kind, ""), walkthrough(uuid.NewString()))
		require.Equal(m.t, http.StatusNoContent, status, "%s: %v", step, doc)
	}
	return id
}

func (m *basmMatrix) journey(own bool) (moveID, id string) {
	moveID = m.move(own, "requested")
	from, to := legOf(own)
	return moveID, m.post("/api/moves/"+moveID+"/journeys", journeyBody(from, to, ""))
}

func (m *basmMatrix) escortRecord(own bool) string {
	return m.post("/api/person_escort_records", perBody(m.move(own, "requested with profile")))
}

func (m *basmMatrix) event(own bool) string {
	return m.post("/api/events", eventBody(eventAttrs("MoveOperationTornado", "2026-11-30T09:00:00+00:00", `{}`), "moves", m.move(own, "requested"), nil))
}

func TestBookSecureMoveAccessMatrix(t *testing.T) {
	t.Parallel()
	keyFile := signingKeyFile(t)
	s := startService(t, store.SQLite, map[string]string{"OAUTH_SIGNING_KEY_FILE": keyFile})
	cfg, err := loadConfig(func(k string) string {
		return map[string]string{"AUTHORISATION_FILE": "testdata/authorisation.yaml", "OAUTH_SIGNING_KEY_FILE": keyFile}[k]
	})
	require.NoError(t, err)
	m := &basmMatrix{t: t, s: s}
	m.person = peopleByPrisonNumber(t, s, "G8133UA")
	m.profile = m.newProfile(m.person)

	// The callers, each as an Authorization header ("" sends none).
	sign := func(keyFile string, at time.Time) string {
		key, err := tokens.LoadSigningKey(keyFile)
		require.NoError(t, err)
		tok, err := tokens.NewSigner(key, tokenSettings(cfg)).Sign(context.Background(), oauth.Client{ID: "frontend"}, []string{"read", "write"}, at)
		require.NoError(t, err)
		return "Bearer " + tok.Value
	}
	refused := map[string]string{
		"no token":             "",
		"junk token":           "Bearer junk",
		"expired token":        sign(keyFile, time.Now().Add(-cfg.OAuthTokenLifetime-time.Minute)),
		"someone else's key":   sign(signingKeyFile(t), time.Now()),
		"not a bearer token":   "Basic " + basicAuth("frontend", "frontend-dev-secret"),
		"bearer without token": "Bearer ",
	}
	fullAccess := sign(keyFile, time.Now())
	serco := sercoToken(t, s)

	ops := specOperations(t, openapi.BookSecureMove)
	for _, op := range ops {
		sample, ok := basmSamples[op.id]
		require.True(t, ok, "%s %s (%s) has no row in the matrix", op.method, op.template, op.id)
		t.Run(op.id, func(t *testing.T) {
			m.t = t
			call := func(auth string, own bool) (int, map[string]any) {
				t.Helper()
				path, body := sample.build(m, own)
				header := walkthrough(uuid.NewString())
				if op.id == "createToken" {
					header = map[string]string{"Content-Type": "application/x-www-form-urlencoded"}
				}
				header["Authorization"] = auth
				status, _, doc := s.do(t, op.method, path, body, header)
				return status, doc
			}

			if sample.public {
				status, doc := call("", true)
				assert.Equal(t, sample.status, status, "no token needed: %v", doc)
				return
			}
			for name, auth := range refused {
				status, doc := call(auth, true)
				assert.Equal(t, http.StatusUnauthorized, status, "%s: %v", name, doc)
				assert.Equal(t, "Not authorized", errorOf(doc)["title"], name)
			}
			status, doc := call(fullAccess, true)
			assert.Equal(t, sample.status, status, "full access: %v", doc)
			status, doc = call(serco, true)
			assert.Equal(t, sample.status, status, "the supplier that runs it: %v", doc)
			if sample.other != 0 {
				status, doc = call(serco, false)
				assert.Equal(t, sample.other, status, "another supplier's: %v", doc)
				status, doc = call(fullAccess, false)
				assert.Equal(t, sample.status, status, "full access sees every supplier's: %v", doc)
			}
		})
	}
	m.t = t
	for id := range basmSamples {
		assert.True(t, slices.ContainsFunc(ops, func(op specOperation) bool { return op.id == id }), "%s is not an operation of the spec", id)
	}
}

func basicAuth(user, password string) string {
	req, _ := http.NewRequest(http.MethodGet, "/", nil)
	req.SetBasicAuth(user, password)
	return strings.TrimPrefix(req.Header.Get("Authorization"), "Basic ")
}

// sercoToken is a token of Serco's client, from the token endpoint.
func sercoToken(t *testing.T, s *service) string {
	t.Helper()
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {"serco-api"}, "client_secret": {"serco-dev-secret"}}
	status, _, doc := s.do(t, http.MethodPost, "/oauth/token", form.Encode(), map[string]string{"Authorization": "", "Content-Type": "application/x-www-form-urlencoded"})
	require.Equal(t, http.StatusOK, status, "%v", doc)
	return "Bearer " + doc["access_token"].(string)
}

// peopleByPrisonNumber imports a person from prisoner search and returns their id.
func peopleByPrisonNumber(t *testing.T, s *service, prisonNumber string) string {
	t.Helper()
	status, _, body := s.do(t, http.MethodGet, fmt.Sprintf("/api/people?filter%%5Bprison_number%%5D=%s", prisonNumber), "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", body)
	people := body["data"].([]any)
	require.NotEmpty(t, people)
	return people[0].(map[string]any)["id"].(string)
}
