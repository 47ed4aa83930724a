package main

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
)

// eventBody is a POST /api/events document: attributes as given, the
// eventable, and extra relationships (name → location id).
func eventBody(attributes, eventableType, eventableID string, rels map[string]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `{"data":{"type":"events","attributes":%s,"relationships":{"eventable":{"data":{"type":%q,"id":%q}}`, attributes, eventableType, eventableID)
	for name, id := range rels {
		fmt.Fprintf(&b, `,%q:{"data":{"id":%q,"type":"locations"}}`, name, id)
	}
	b.WriteString(`}}}`)
	return b.String()
}

// newEscortRecord starts a person escort record on a new move.
func newEscortRecord(t *testing.T, s *service) (moveID, id string) {
	t.Helper()
	moveID, _ = moveWithProfile(t, s)
	status, _, doc := s.do(t, http.MethodPost, "/api/person_escort_records", perBody(moveID), walkthrough(""))
	require.Equal(t, http.StatusCreated, status, "%v", doc)
	return moveID, doc["data"].(map[string]any)["id"].(string)
}

// seed002 is every request example of seed 002 (Person Escort Record events),
// attributes verbatim, with the relationship it posts. Where the wiki cannot
// be accepted as written the fact sheet's ⚠ seed≠code applies, or the JSON
// itself is broken; those lines say so.
var seed002 = []struct {
	name       string
	attributes string
	rel        string // the location relationship posted, "" for none
	kept       []string
}{
	{"PerConcealed", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"supplier_personnel_number":"2f2010d1-02ce-4a13-be24-4582c8994379","vehicle_reg":"VIO-9070"},"event_type":"PerConcealed"}`, "location", []string{"supplier_personnel_number"}},
	{"PerConfirmation", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Automatically generated event","details":{"confirmed_at":"2020-12-03T10:51:41+00:00"},"event_type":"PerConfirmation"}`, "", []string{"confirmed_at"}},
	{"PerCourtAllDocumentationProvidedToSupplier", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"subtype":"warrant"},"event_type":"PerCourtAllDocumentationProvidedToSupplier"}`, "court_location", []string{"subtype"}},
	{"PerCourtExcessiveDelayNotDueToSupplier", `{"occurred_at":"2020-12-03 10:51:40 +0000","recorded_at":"2020-12-03 10:51:40 +0000","notes":"Additional information about this event","details":{"subtype":"making_prisoner_available_for_loading","vehicle_reg":"YPX-8952","ended_at":"2020-12-03T10:51:40+00:00"},"event_type":"PerCourtExcessiveDelayNotDueToSupplier"}`, "location", []string{"subtype", "vehicle_reg", "ended_at"}},
	{"PerCourtCellShareRiskAssessment", `{"occurred_at":"2020-12-03 10:51:40 +0000","recorded_at":"2020-12-03 10:51:40 +0000","notes":"Additional information about this event","details":{},"event_type":"PerCourtCellShareRiskAssessment"}`, "location", nil},
	{"PerCourtAssignCellInCustody", `{"occurred_at":"2020-12-03 10:51:40 +0000","recorded_at":"2020-12-03 10:51:40 +0000","notes":"Additional information about this event","details":{"court_cell_number":"7b"},"event_type":"PerCourtAssignCellInCustody"}`, "location", []string{"court_cell_number"}},
	{"PerCourtReadyInCustody", `{"occurred_at":"2020-12-03 10:51:40 +0000","recorded_at":"2020-12-03 10:51:40 +0000","notes":"Additional information about this event","details":{},"event_type":"PerCourtReadyInCustody"}`, "location", nil},
	{"PerCourtTakeFromCustodyToDock", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{},"event_type":"PerCourtTakeFromCustodyToDock"}`, "location", nil},
	{"PerCourtTakeToSeeVisitors", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{},"event_type":"PerCourtTakeToSeeVisitors"}`, "location", nil},
	// ⚠ seed≠code: the wiki's supplier_personnel_number is dropped.
	{"PerCourtReturnToCustodyAreaFromVisitorArea", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"supplier_personnel_number":"85c76c45-661d-434e-882b-39c855d65392","court_cell_number":"7b"},"event_type":"PerCourtReturnToCustodyAreaFromVisitorArea"}`, "location", []string{"court_cell_number"}},
	{"PerCourtTask", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"supplier_personnel_number":"0a1c678f-6c0f-4806-8cfe-919ea60dd261"},"event_type":"PerCourtTask"}`, "location", []string{"supplier_personnel_number"}},
	{"PerEscape", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"supplier_personnel_number":"2f2010d1-02ce-4a13-be24-4582c8994379","vehicle_reg":"VIO-9070"},"event_type":"PerEscape"}`, "location", []string{"supplier_personnel_number"}},
	{"PerCourtHearing", `{"occurred_at":"2020-12-03 10:51:40 +0000","recorded_at":"2020-12-03 10:51:40 +0000","notes":"Additional information about this event","details":{"is_virtual":true,"is_trial":true,"court_listing_at":"2020-12-03T10:51:40+00:00","started_at":"2020-12-03T10:51:40+00:00","ended_at":"2020-12-03T10:51:40+00:00","agreed_at":"2020-12-03T10:51:40+00:00","court_outcome":"Defendant acquitted"},"event_type":"PerCourtHearing"}`, "location", []string{"is_virtual", "is_trial", "court_listing_at", "started_at", "ended_at", "agreed_at", "court_outcome"}},
	{"PerCourtPreReleaseChecksCompleted", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"supplier_personnel_number":"a22f43d7-6f8c-48ee-8c02-45dcfdf05afd"},"event_type":"PerCourtPreReleaseChecksCompleted"}`, "location", []string{"supplier_personnel_number"}},
	{"PerCourtRelease", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"supplier_personnel_number":"3f5d2cbb-d48b-4095-8f59-6bdca13fc593"},"event_type":"PerCourtRelease"}`, "location", []string{"supplier_personnel_number"}},
	{"PerCourtReleaseOnBail", `{"occurred_at":"2020-12-03 10:51:40 +0000","recorded_at":"2020-12-03 10:51:40 +0000","notes":"Additional information about this event","details":{"supplier_personnel_number":"b53f2e79-d811-48d6-bf9c-e6507be13c40"},"event_type":"PerCourtReleaseOnBail"}`, "location", []string{"supplier_personnel_number"}},
	{"PerCourtReturnToCustodyAreaFromDock", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"court_cell_number":"7b"},"event_type":"PerCourtReturnToCustodyAreaFromDock"}`, "location", []string{"court_cell_number"}},
	// ⚠ seed≠code: through the API the handover keeps no details and needs a
	// location; the wiki's example also has a trailing comma (not JSON), removed.
	{"PerHandover", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Automatically generated event","details":{"dispatching_officer":"Mr. Officer","dispatching_officer_id":"12345","dispatching_officer_contact":"01 811 8055","receiving_officer":"Mrs. Officer","receiving_officer_id":"54321","receiving_officer_contact":"","receiving_officer_organisation":"Suppliers & Sons"},"event_type":"PerHandover"}`, "location", nil},
	{"PerMedicalAid", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"advised_by":"Marc Lynch","advised_at":"2020-12-03T10:51:41+00:00","treated_by":"Lorelei Roberts LLD","treated_at":"2020-12-03T10:51:41+00:00","supplier_personnel_number":"2f2010d1-02ce-4a13-be24-4582c8994379","vehicle_reg":"VIO-9070"},"event_type":"PerMedicalAid"}`, "location", []string{"advised_by", "advised_at", "treated_by", "treated_at", "supplier_personnel_number", "vehicle_reg"}},
	{"PerMedicalDrugsAlcohol", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"supplier_personnel_number":"2f2010d1-02ce-4a13-be24-4582c8994379","vehicle_reg":"VIO-9070"},"event_type":"PerMedicalDrugsAlcohol"}`, "location", []string{"supplier_personnel_number", "vehicle_reg"}},
	{"PerMedicalMedication", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"supplier_personnel_number":"2f2010d1-02ce-4a13-be24-4582c8994379","vehicle_reg":"VIO-9070"},"event_type":"PerMedicalMedication"}`, "location", []string{"supplier_personnel_number", "vehicle_reg"}},
	// ⚠ seed≠code: the wiki names it PerMentalHealth (refused below).
	{"PerMedicalMentalHealth", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"supplier_personnel_number":"2f2010d1-02ce-4a13-be24-4582c8994379","vehicle_reg":"VIO-9070"},"event_type":"PerMedicalMentalHealth"}`, "location", []string{"supplier_personnel_number", "vehicle_reg"}},
	{"PerPrisonerWelfare", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"given_at":"2020-12-03T10:51:41+00:00","outcome":"accepted","subtype":"food","supplier_personnel_number":"bf170d77-dd0d-49e7-bdcc-1582e35a8408","vehicle_reg":"ZUW-6359"},"event_type":"PerPrisonerWelfare"}`, "location", []string{"given_at", "outcome", "subtype", "supplier_personnel_number", "vehicle_reg"}},
	{"PerPropertyChange", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"supplier_personnel_number":"2f2010d1-02ce-4a13-be24-4582c8994379","vehicle_reg":"VIO-9070"},"event_type":"PerPropertyChange"}`, "location", []string{"supplier_personnel_number", "vehicle_reg"}},
	{"PerSelfHarm", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"supplier_personnel_number":"2f2010d1-02ce-4a13-be24-4582c8994379","vehicle_reg":"VIO-9070"},"event_type":"PerSelfHarm"}`, "location", []string{"supplier_personnel_number"}},
	// The wiki's example misses a comma after "PC Plod at Nuneaton" (not JSON),
	// added; its vehicle_reg and timestamp are dropped (⚠ seed≠code).
	{"PerSuicideAndSelfHarm", `{"event_type":"PerSuicideAndSelfHarm","occurred_at":"2023-03-22T12:34:56Z","recorded_at":"2023-03-22T12:34:56Z","timestamp":"2023-03-22T12:34:56Z","details":{"indication_of_self_harm_or_suicide":"Yes","nature_of_self_harm":[{"option":"They have harmed or attempted to harm themself in custody","details":"Lorem ipsum"},{"option":"They have said they will self-harm or commit suicide","details":"Lorem ipsum"}],"history_of_self_harm":"Yes","history_of_self_harm_recency":"2021-01-01","history_of_self_harm_method":["Ligature","Cutting","Overdose","Another method"],"history_of_self_harm_details":"Lorem ipsum","actions_of_self_harm_undertaken":[{"option":"Placed them in a cell with others","details":"Lorem ipsum"},{"option":"Had a conversation with them","details":"Lorem ipsum"}],"observation_level":{"option":"Alternative observation level or times","details":"Lorem ipsum"},"source":{"option":"Third Party","details":"PC Plod at Nuneaton","comments":"Lorem ipsum","observations":"Lorem ipsum"},"comments":"A comment was recorded","reporting_officer":"PCO Roberts","reporting_officer_signed_at":"10.30","reception_officer":"PCO Smith","reception_officer_signed_at":"11am","supplier_personnel_number":"2f2010d1-02ce-4a13-be24-4582c8994379","vehicle_reg":"VIO-9070"}}`, "location", []string{"nature_of_self_harm", "source", "observation_level", "reception_officer_signed_at", "supplier_personnel_number"}},
	{"PerViolentDangerous", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"supplier_personnel_number":"2f2010d1-02ce-4a13-be24-4582c8994379","vehicle_reg":"VIO-9070"},"event_type":"PerViolentDangerous"}`, "location", []string{"supplier_personnel_number"}},
	{"PerWeapons", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{"supplier_personnel_number":"2f2010d1-02ce-4a13-be24-4582c8994379","vehicle_reg":"VIO-9070"},"event_type":"PerWeapons"}`, "location", []string{"supplier_personnel_number"}},
	{"PerGeneric", `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","notes":"Additional information about this event","details":{},"event_type":"PerGeneric"}`, "", nil},
}

// Every example of seed 002 is accepted as a supplier posts it, answered 201
// with the details the type keeps (others dropped) and the location under
// relationships, and read back by GET /api/events/{id}; one invalid variant
// of each is refused.
func TestEventSeed002PersonEscortRecordExamples(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		moveID, perID := newEscortRecord(t, s)
		for _, c := range seed002 {
			t.Run(c.name, func(t *testing.T) {
				rels := map[string]string{}
				if c.rel != "" {
					rels[c.rel] = bsiID
				}
				h := walkthrough("")
				h["X-Current-User"] = "court.officer"
				status, _, doc := s.do(t, http.MethodPost, "/api/events", eventBody(c.attributes, "person_escort_records", perID, rels), h)
				require.Equal(t, http.StatusCreated, status, "%v", doc)
				data := doc["data"].(map[string]any)
				a := attrs(doc)
				assert.Equal(t, c.name, a["event_type"])
				details := a["details"].(map[string]any)
				assert.ElementsMatch(t, c.kept, keysOf(details, c.kept), "kept details")
				for _, k := range []string{"vehicle_reg", "dispatching_officer", "timestamp"} {
					if !containsStr(c.kept, k) {
						assert.NotContains(t, details, k, "dropped detail")
					}
				}
				evRels := data["relationships"].(map[string]any)
				assert.Equal(t, perID, evRels["eventable"].(map[string]any)["data"].(map[string]any)["id"])
				if c.rel != "" {
					assert.Equal(t, bsiID, evRels[c.rel].(map[string]any)["data"].(map[string]any)["id"])
				}

				status, _, got := s.do(t, http.MethodGet, "/api/events/"+data["id"].(string), "", walkthrough(""))
				require.Equal(t, http.StatusOK, status, "%v", got)
				assert.Equal(t, doc, got)

				// Its invalid variant: without the location it needs (404, §6),
				// or, for the unlocated ones, against a move (422 on the eventable).
				if c.rel != "" {
					status, _, doc = s.do(t, http.MethodPost, "/api/events", eventBody(c.attributes, "person_escort_records", perID, nil), h)
					require.Equal(t, http.StatusNotFound, status, "%v", doc)
					assert.Equal(t, "Couldn't find Location without an ID", errorOf(doc)["detail"])
				} else {
					status, _, doc = s.do(t, http.MethodPost, "/api/events", eventBody(c.attributes, "moves", moveID, nil), h)
					require.Equal(t, http.StatusUnprocessableEntity, status, "%v", doc)
					assert.Equal(t, "/data/attributes/eventable_type", errorOf(doc)["source"].(map[string]any)["pointer"])
				}
			})
		}
	})
}

func keysOf(m map[string]any, want []string) []string {
	var out []string
	for _, k := range want {
		if _, ok := m[k]; ok {
			out = append(out, k)
		}
	}
	return out
}

func containsStr(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// One wrong variant of each kind of seed 002 rule, with the answer §6 gives.
func TestEventRefusals(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		_, perID := newEscortRecord(t, s)
		attr := func(eventType, details string) string {
			return `{"occurred_at":"2020-12-03T10:51:41+00:00","recorded_at":"2020-12-03T10:51:41+00:00","event_type":"` + eventType + `","details":` + details + `}`
		}
		loc := map[string]string{"location": bsiID}
		cases := []struct {
			name                   string
			body                   string
			status                 int
			title, detail, pointer string
		}{
			{"wiki name PerMentalHealth", eventBody(attr("PerMentalHealth", `{"supplier_personnel_number":"1"}`), "person_escort_records", perID, loc),
				422, "Invalid event_type", "Validation failed: Event type 'PerMentalHealth' is not a valid event_type", ""},
			{"occurred_at not ISO-8601", eventBody(`{"occurred_at":"3rd December","recorded_at":"2020-12-03T10:51:41+00:00","event_type":"PerGeneric"}`, "person_escort_records", perID, nil),
				422, "Invalid occurred_at", "Validation failed: Occurred at must be formatted as a valid ISO-8601 date-time", ""},
			{"eventable type unknown", eventBody(attr("PerGeneric", `{}`), "locations", perID, nil),
				422, "Invalid eventable_type", "Validation failed: Eventable type is not included in the list", ""},
			{"eventable type the event does not accept", eventBody(attr("PerGeneric", `{}`), "profiles", perID, nil),
				422, "Unprocessable content", "Eventable type is not included in the list", "/data/attributes/eventable_type"},
			{"required detail missing", eventBody(attr("PerCourtAssignCellInCustody", `{}`), "person_escort_records", perID, loc),
				422, "Unprocessable content", "Court cell number can't be blank", "/data/attributes/court_cell_number"},
			{"enum", eventBody(attr("PerCourtAllDocumentationProvidedToSupplier", `{"subtype":"letter"}`), "person_escort_records", perID, map[string]string{"court_location": bsiID}),
				422, "Unprocessable content", "Subtype is not included in the list", "/data/attributes/subtype"},
			{"neither personnel number", eventBody(attr("PerWeapons", `{"vehicle_reg":"VIO-9070"}`), "person_escort_records", perID, loc),
				422, "Unprocessable content", "Supplier personnel number can't be blank", "/data/attributes/supplier_personnel_number"},
			{"both personnel numbers", eventBody(attr("PerWeapons", `{"supplier_personnel_number":"1","police_personnel_number":"2"}`), "person_escort_records", perID, loc),
				422, "Unprocessable content", "Police personnel number should be blank", "/data/attributes/police_personnel_number"},
			{"datetime detail", eventBody(attr("PerPrisonerWelfare", `{"given_at":"noon","outcome":"accepted","subtype":"food","supplier_personnel_number":"1"}`), "person_escort_records", perID, loc),
				422, "Unprocessable content", "Given at must be formatted as a valid ISO-8601 date-time", "/data/attributes/given_at"},
			{"location missing", eventBody(attr("PerCourtTask", `{"supplier_personnel_number":"1"}`), "person_escort_records", perID, nil),
				404, "Resource not found", "Couldn't find Location without an ID", ""},
			{"location unknown", eventBody(attr("PerCourtTask", `{"supplier_personnel_number":"1"}`), "person_escort_records", perID, map[string]string{"location": uuid.NewString()}),
				404, "Resource not found", "", ""},
			{"eventable unknown", eventBody(attr("PerGeneric", `{}`), "person_escort_records", uuid.NewString(), nil),
				404, "Resource not found", "", ""},
			{"no data", `{}`, 400, "Bad request", "", ""},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				status, _, doc := s.do(t, http.MethodPost, "/api/events", c.body, walkthrough(""))
				require.Equal(t, c.status, status, "%v", doc)
				e := errorOf(doc)
				assert.Equal(t, c.title, e["title"])
				if c.detail != "" {
					assert.Equal(t, c.detail, e["detail"])
				}
				if c.pointer != "" {
					assert.Equal(t, c.pointer, e["source"].(map[string]any)["pointer"])
				} else {
					assert.NotContains(t, e, "source")
				}
			})
		}

		status, _, doc := s.do(t, http.MethodGet, "/api/events/"+uuid.NewString(), "", walkthrough(""))
		require.Equal(t, http.StatusNotFound, status, "%v", doc)
	})
}

func eventAttrs(eventType, occurredAt, details string) string {
	return `{"occurred_at":"` + occurredAt + `","recorded_at":"` + occurredAt + `","event_type":"` + eventType + `","details":` + details + `}`
}

// Move events posted to /api/events drive the same state machine as the
// /api/moves/{id}/<event> endpoints, interleaved with them: a transition that
// does not fit yet is stored and changes nothing (201), one that can never
// apply is the documented 422 invalid_status.
func TestEventMoveLifecycle(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s := startService(t, engine, nil)
		moveID := newMove(t, s, "2026-12-01")
		require.Equal(t, "requested", moveStatus(t, s, moveID))
		post := func(eventType, at, details string, rels map[string]string) (int, map[string]any) {
			t.Helper()
			status, _, doc := s.do(t, http.MethodPost, "/api/events", eventBody(eventAttrs(eventType, at, details), "moves", moveID, rels), walkthrough(""))
			return status, doc
		}

		status, doc := post("MoveComplete", "2026-12-01T12:00:00+00:00", `{}`, nil)
		require.Equal(t, http.StatusCreated, status, "%v", doc)
		assert.Equal(t, "requested", moveStatus(t, s, moveID), "complete does not fit a requested move yet")

		status, doc = post("MoveAccept", "2026-12-01T09:00:00+00:00", `{}`, nil)
		require.Equal(t, http.StatusCreated, status, "%v", doc)
		assert.Equal(t, "booked", moveStatus(t, s, moveID))

		// The dedicated endpoint, same move: the stored complete now applies on replay.
		status, _, doc = s.do(t, http.MethodPost, "/api/moves/"+moveID+"/start",
			`{"data":{"type":"starts","attributes":{"timestamp":"2026-12-01T10:00:00+00:00"}}}`, walkthrough(uuid.NewString()))
		require.Equal(t, http.StatusNoContent, status, "%v", doc)
		assert.Equal(t, "completed", moveStatus(t, s, moveID))

		status, doc = post("MoveAccept", "2026-12-01T13:00:00+00:00", `{}`, nil)
		require.Equal(t, http.StatusUnprocessableEntity, status, "%v", doc)
		assert.Equal(t, "invalid_status", errorOf(doc)["code"])
	})
}

// Every move event type that changes no status is accepted against a move;
// the legacy ETA name is stored under its new one.
func TestEventMoveTypes(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	moveID := newMove(t, s, "2026-12-01")
	at := "2026-12-01T09:00:00+00:00"
	cases := []struct {
		eventType, details string
		rels               map[string]string
		stored             string
	}{
		{"MoveLodgingStart", `{"reason":"overnight_lodging"}`, map[string]string{"location": iwiID}, ""},
		{"MoveLodgingEnd", `{}`, map[string]string{"location": iwiID}, ""},
		{"MoveLockout", `{"reason":"no_space","authorised_by":"PMU","authorised_at":"` + at + `"}`, map[string]string{"from_location": hudrycID}, ""},
		{"MoveCollectionByEscort", `{"vehicle_type":"pro_cab"}`, nil, ""},
		{"MoveCrossSupplierDropOff", `{}`, nil, ""},
		{"MoveNotifyPremisesOfArrivalIn30Mins", `{}`, nil, ""},
		{"MoveNotifyPremisesOfDropOffEta", `{"expected_at":"` + at + `"}`, nil, ""},
		{"MoveNotifyPremisesOfPickupEta", `{"expected_at":"` + at + `"}`, nil, ""},
		{"MoveNotifyPremisesOfExpectedCollectionTime", `{"expected_at":"` + at + `"}`, nil, ""},
		{"MoveNotifyPremisesOfEta", `{"expected_at":"` + at + `"}`, nil, "MoveNotifyPremisesOfDropOffEta"},
		{"MoveOperationHmcts", `{"court_cell_number":"3","authorised_by":"CDM"}`, nil, ""},
		{"MoveOperationSafeguard", `{"authorised_by":"Other"}`, nil, ""},
		{"MoveOperationTornado", `{}`, nil, ""},
		{"MoveRedirect", `{"reason":"no_space","move_type":"prison_remand"}`, map[string]string{"to_location": iwiID}, ""},
	}
	for _, c := range cases {
		t.Run(c.eventType, func(t *testing.T) {
			status, _, doc := s.do(t, http.MethodPost, "/api/events", eventBody(eventAttrs(c.eventType, at, c.details), "moves", moveID, c.rels), walkthrough(""))
			require.Equal(t, http.StatusCreated, status, "%v", doc)
			want := c.eventType
			if c.stored != "" {
				want = c.stored
			}
			assert.Equal(t, want, attrs(doc)["event_type"])
		})
	}
	status, _, doc := s.do(t, http.MethodGet, "/api/moves/"+moveID, "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", doc)
	assert.Equal(t, iwiID, doc["data"].(map[string]any)["relationships"].(map[string]any)["to_location"].(map[string]any)["data"].(map[string]any)["id"], "redirected")
	assert.Equal(t, true, attrs(doc)["is_lockout"])
}

// Journey events posted to /api/events move the journey through its own
// state table; the ones it does not model are stored.
func TestEventJourneyTypes(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	moveID := newMove(t, s, "2026-12-01")
	id := newJourney(t, s, moveID, hudrycID, bsiID, nil)
	cases := []struct {
		eventType, details string
		rels               map[string]string
		state              string
	}{
		{"JourneyStart", `{"vehicle_reg":"AB12 CDE","vehicle_depot":"Wolverhampton"}`, nil, "in_progress"},
		{"JourneyChangeVehicle", `{"vehicle_reg":"XY20 ZZZ","previous_vehicle_reg":"AB12 CDE"}`, nil, "in_progress"},
		{"JourneyPersonBoardsVehicle", `{"vehicle_type":"mpv","vehicle_reg":"XY20 ZZZ"}`, nil, "in_progress"},
		{"JourneyExitThroughOuterGate", `{"vehicle_reg":"XY20 ZZZ"}`, map[string]string{"location": hudrycID}, "in_progress"},
		{"JourneyLockout", `{}`, map[string]string{"from_location": hudrycID}, "in_progress"},
		{"JourneyLodging", `{}`, map[string]string{"to_location": iwiID}, "in_progress"},
		{"JourneyArriveAtOuterGate", `{}`, map[string]string{"location": bsiID}, "in_progress"},
		{"JourneyAdmitThroughOuterGate", `{"vehicle_reg":"XY20 ZZZ","supplier_personnel_number":"1"}`, map[string]string{"location": bsiID}, "in_progress"},
		{"JourneyReadyToExit", `{}`, map[string]string{"location": bsiID}, "in_progress"},
		{"JourneyAdmitToReception", `{}`, map[string]string{"location": bsiID}, "in_progress"},
		{"JourneyPersonLeaveVehicle", `{}`, nil, "in_progress"},
		{"JourneyHandoverToDestination", `{"supplier_personnel_number":"1"}`, nil, "in_progress"},
		{"JourneyHandoverToSupplier", `{}`, nil, "in_progress"},
		{"JourneyComplete", `{"vehicle_reg":"XY20 ZZZ"}`, nil, "completed"},
		{"JourneyUncomplete", `{}`, nil, "in_progress"},
		{"JourneyCancel", `{}`, nil, "cancelled"},
		{"JourneyUncancel", `{}`, nil, "in_progress"},
		{"JourneyReject", `{}`, nil, "in_progress"}, // only from proposed: a silent no-op
		{"JourneyUpdate", `{}`, nil, "in_progress"},
	}
	for i, c := range cases {
		t.Run(c.eventType, func(t *testing.T) {
			at := fmt.Sprintf("2026-12-01T%02d:00:00+00:00", i+1)
			status, _, doc := s.do(t, http.MethodPost, "/api/events", eventBody(eventAttrs(c.eventType, at, c.details), "journeys", id, c.rels), walkthrough(""))
			require.Equal(t, http.StatusCreated, status, "%v", doc)
			assert.Equal(t, c.eventType, attrs(doc)["event_type"])
			assert.Equal(t, c.state, journeyState(t, s, moveID, id))
		})
	}
}

// Person move events are stored against a move or a person; §6.4's rules
// refuse a breakdown without a place.
func TestEventPersonMoveTypes(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	moveID := newMove(t, s, "2026-12-01")
	status, _, doc := s.do(t, http.MethodGet, "/api/people?filter%5Bprison_number%5D=G8133UA", "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", doc)
	personID := doc["data"].([]any)[0].(map[string]any)["id"].(string)
	at := "2026-12-01T09:00:00+00:00"
	incident := `{"supplier_personnel_numbers":["1"],"reported_at":"` + at + `","fault_classification":"investigation"}`
	loc := map[string]string{"location": bsiID}
	for _, eventType := range []string{"PersonMoveAssault", "PersonMoveDeathInCustody", "PersonMoveMajorIncidentOther", "PersonMoveMinorIncidentOther",
		"PersonMovePersonEscaped", "PersonMovePersonEscapedKpi", "PersonMoveReleasedError", "PersonMoveSeriousInjury", "PersonMoveUsedForce"} {
		for _, eventable := range []struct{ kind, id string }{{"moves", moveID}, {"people", personID}} {
			t.Run(eventType+"/"+eventable.kind, func(t *testing.T) {
				status, _, doc := s.do(t, http.MethodPost, "/api/events", eventBody(eventAttrs(eventType, at, incident), eventable.kind, eventable.id, loc), walkthrough(""))
				require.Equal(t, http.StatusCreated, status, "%v", doc)
			})
		}
	}
	others := []struct{ eventType, details string }{
		{"PersonMoveRoadTrafficAccident", `{"police_personnel_numbers":["1"],"reported_at":"` + at + `","vehicle_reg":"AB12 CDE"}`},
		{"PersonMoveBookedIntoReceivingEstablishment", `{"supplier_personnel_number":"1"}`},
		{"PersonMoveVehicleBrokeDown", `{"supplier_personnel_numbers":["1"],"vehicle_reg":"AB12 CDE","reported_at":"` + at + `","postcode":"WV10 7PY"}`},
		{"PersonMoveVehicleSystemsFailed", `{"supplier_personnel_numbers":["1"],"vehicle_reg":"AB12 CDE","reported_at":"` + at + `","location_description":"M6 J10"}`},
	}
	for _, c := range others {
		t.Run(c.eventType, func(t *testing.T) {
			status, _, doc := s.do(t, http.MethodPost, "/api/events", eventBody(eventAttrs(c.eventType, at, c.details), "moves", moveID, loc), walkthrough(""))
			require.Equal(t, http.StatusCreated, status, "%v", doc)
		})
	}
	status, _, doc = s.do(t, http.MethodPost, "/api/events", eventBody(eventAttrs("PersonMoveVehicleBrokeDown", at,
		`{"supplier_personnel_numbers":["1"],"vehicle_reg":"AB12 CDE","reported_at":"`+at+`","postcode":"nowhere"}`), "moves", moveID, loc), walkthrough(""))
	require.Equal(t, http.StatusUnprocessableEntity, status, "%v", doc)
	assert.Equal(t, "Postcode is not recognised as a UK postcode", errorOf(doc)["detail"])
	assert.Equal(t, "requested", moveStatus(t, s, moveID), "person move events change nothing")
}

// Approve, cancel and reject posted to /api/events carry their details into
// the move as the dedicated endpoints do.
func TestEventMoveApproveRejectCancel(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	proposed := func() string {
		t.Helper()
		profileID := profileFor(t, s, "G8133UA")
		body := `{"data":{"type":"moves","attributes":{"status":"proposed","date_from":"2026-12-01","move_type":"prison_transfer"},"relationships":{"profile":{"data":{"type":"profiles","id":"` + profileID + `"}},"from_location":{"data":{"type":"locations","id":"` + bsiID + `"}},"to_location":{"data":{"type":"locations","id":"` + iwiID + `"}}}}}`
		status, _, doc := s.do(t, http.MethodPost, "/api/moves", body, walkthrough(uuid.NewString()))
		require.Equal(t, http.StatusCreated, status, "%v", doc)
		return doc["data"].(map[string]any)["id"].(string)
	}
	post := func(moveID, eventType, at, details string) {
		t.Helper()
		status, _, doc := s.do(t, http.MethodPost, "/api/events", eventBody(eventAttrs(eventType, at, details), "moves", moveID, nil), walkthrough(""))
		require.Equal(t, http.StatusCreated, status, "%v", doc)
	}

	approved := proposed()
	post(approved, "MoveApprove", "2026-11-20T09:00:00+00:00", `{"date":"2026-12-02","create_in_nomis":false}`)
	status, _, doc := s.do(t, http.MethodGet, "/api/moves/"+approved, "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", doc)
	assert.Equal(t, "requested", attrs(doc)["status"])
	assert.Equal(t, "2026-12-02", attrs(doc)["date"])
	post(approved, "MoveCancel", "2026-11-21T09:00:00+00:00", `{"cancellation_reason":"made_in_error","cancellation_reason_comment":"typo"}`)
	status, _, doc = s.do(t, http.MethodGet, "/api/moves/"+approved, "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", doc)
	assert.Equal(t, "cancelled", attrs(doc)["status"])
	assert.Equal(t, "made_in_error", attrs(doc)["cancellation_reason"])

	rejected := proposed()
	post(rejected, "MoveReject", "2026-11-20T09:00:00+00:00", `{"rejection_reason":"no_transport_available"}`)
	status, _, doc = s.do(t, http.MethodGet, "/api/moves/"+rejected, "", walkthrough(""))
	require.Equal(t, http.StatusOK, status, "%v", doc)
	assert.Equal(t, "cancelled", attrs(doc)["status"])
	assert.Equal(t, "rejected", attrs(doc)["cancellation_reason"])
	assert.Equal(t, "no_transport_available", attrs(doc)["rejection_reason"])
}

// A supplier posts events only on what it may see (§8), and its incident
// reports need a fault classification (§6.4).
func TestEventPostedBySupplier(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, nil)
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {"serco-api"}, "client_secret": {"serco-dev-secret"}}
	status, _, doc := s.do(t, http.MethodPost, "/oauth/token", form.Encode(), map[string]string{"Authorization": "", "Content-Type": "application/x-www-form-urlencoded"})
	require.Equal(t, http.StatusOK, status, "%v", doc)
	serco := walkthrough("")
	serco["Authorization"] = "Bearer " + doc["access_token"].(string)

	moveID := newMove(t, s, "2026-12-01") // from Serco's court: Serco runs it
	at := "2026-12-01T09:00:00+00:00"
	loc := map[string]string{"location": bsiID}
	incident := func(details string) string {
		return eventBody(eventAttrs("PersonMoveAssault", at, details), "moves", moveID, loc)
	}
	status, _, doc = s.do(t, http.MethodPost, "/api/events", incident(`{"supplier_personnel_numbers":["1"],"reported_at":"`+at+`"}`), serco)
	require.Equal(t, http.StatusUnprocessableEntity, status, "%v", doc)
	assert.Equal(t, "Fault classification can't be blank", errorOf(doc)["detail"])
	status, _, doc = s.do(t, http.MethodPost, "/api/events", incident(`{"supplier_personnel_numbers":["1"],"reported_at":"`+at+`","fault_classification":"supplier"}`), serco)
	require.Equal(t, http.StatusCreated, status, "%v", doc)

	start := func(journeyID string) (int, map[string]any) {
		status, _, doc := s.do(t, http.MethodPost, "/api/events", eventBody(eventAttrs("JourneyStart", at, `{}`), "journeys", journeyID, nil), serco)
		return status, doc
	}
	sercos := newJourney(t, s, moveID, hudrycID, bsiID, map[string]string{"Authorization": serco["Authorization"]})
	status, doc = start(sercos)
	require.Equal(t, http.StatusCreated, status, "%v", doc)
	assert.Equal(t, "in_progress", journeyState(t, s, moveID, sercos))

	status, _, doc = s.do(t, http.MethodPost, "/api/moves/"+moveID+"/journeys", journeyBody(bsiID, iwiID, `,"supplier":{"data":{"type":"suppliers","id":"`+geoAmeyID+`"}}`), walkthrough(uuid.NewString()))
	require.Equal(t, http.StatusCreated, status, "%v", doc)
	geoAmeys := doc["data"].(map[string]any)["id"].(string)
	status, doc = start(geoAmeys)
	require.Equal(t, http.StatusNotFound, status, "another supplier's journey: %v", doc)
	assert.Equal(t, "proposed", journeyState(t, s, moveID, geoAmeys))
}
