package events_test

import (
	"maps"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/events"
)

const (
	at     = "2020-12-03T10:51:41+00:00"
	person = "2f2010d1-02ce-4a13-be24-4582c8994379"
	locID  = "13611e59-ac85-45cc-a479-25876b0f5568"
)

// happy is, per event type of §6.1–§6.4, the smallest valid details, its
// eventable type and the relationships it must name. Written out by hand, not
// derived from the table, so a wrong row fails here.
var happy = map[string]struct {
	eventable string
	details   map[string]any
	rels      []string
}{
	"PerCompletion":       {"person_escort_records", map[string]any{"completed_at": at}, nil},
	"PerConfirmation":     {"person_escort_records", map[string]any{"confirmed_at": at}, nil},
	"PerHandover":         {"person_escort_records", nil, []string{"location"}},
	"PerUpdated":          {"person_escort_records", nil, nil},
	"PerGeneric":          {"person_escort_records", nil, nil},
	"PerHistoricSelfHarm": {"person_escort_records", nil, nil},
	"PerCourtAllDocumentationProvidedToSupplier": {"person_escort_records", map[string]any{"subtype": "warrant"}, []string{"court_location"}},
	"PerCourtAssignCellInCustody":                {"person_escort_records", map[string]any{"court_cell_number": "7b"}, []string{"location"}},
	"PerCourtCellShareRiskAssessment":            {"person_escort_records", nil, []string{"location"}},
	"PerCourtReadyInCustody":                     {"person_escort_records", nil, []string{"location"}},
	"PerCourtTakeFromCustodyToDock":              {"person_escort_records", nil, []string{"location"}},
	"PerCourtTakeToSeeVisitors":                  {"person_escort_records", nil, []string{"location"}},
	"PerCourtExcessiveDelayNotDueToSupplier": {"person_escort_records",
		map[string]any{"subtype": "making_prisoner_available_for_loading", "ended_at": at}, []string{"location"}},
	"PerCourtHearing": {"person_escort_records", map[string]any{"is_virtual": false, "is_trial": true, "court_listing_at": at,
		"started_at": at, "ended_at": at, "court_outcome": "Defendant acquitted"}, []string{"location"}},
	"PerCourtPreReleaseChecksCompleted":          {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PerCourtRelease":                            {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PerCourtReleaseOnBail":                      {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PerCourtTask":                               {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PerCourtReturnToCustodyAreaFromDock":        {"person_escort_records", nil, []string{"location"}},
	"PerCourtReturnToCustodyAreaFromVisitorArea": {"person_escort_records", nil, []string{"location"}},
	"PerConcealed":                               {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PerEscape":                                  {"person_escort_records", map[string]any{"police_personnel_number": person}, []string{"location"}},
	"PerSelfHarm":                                {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PerViolentDangerous":                        {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PerWeapons":                                 {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PerMedicalAid":                              {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PerMedicalDrugsAlcohol":                     {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PerMedicalMedication":                       {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PerMedicalMentalHealth":                     {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PerPrisonerWelfare": {"person_escort_records", map[string]any{"given_at": at, "outcome": "refused", "subtype": "food",
		"supplier_personnel_number": person}, []string{"location"}},
	"PerPropertyChange":     {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PerSuicideAndSelfHarm": {"person_escort_records", map[string]any{"supplier_personnel_number": person}, []string{"location"}},

	"MoveAccept":                                 {"moves", nil, nil},
	"MoveStart":                                  {"moves", nil, nil},
	"MoveComplete":                               {"moves", nil, nil},
	"MoveApprove":                                {"moves", map[string]any{"date": "2020-12-04"}, nil},
	"MoveCancel":                                 {"moves", map[string]any{"cancellation_reason": "made_in_error"}, nil},
	"MoveReject":                                 {"moves", map[string]any{"rejection_reason": "no_transport_available"}, nil},
	"MoveRedirect":                               {"moves", nil, []string{"to_location"}},
	"MoveLockout":                                {"moves", nil, []string{"from_location"}},
	"MoveLodgingStart":                           {"moves", map[string]any{"reason": "overnight_lodging"}, []string{"location"}},
	"MoveLodgingEnd":                             {"moves", nil, []string{"location"}},
	"MoveCollectionByEscort":                     {"moves", map[string]any{"vehicle_type": "pro_cab"}, nil},
	"MoveCrossSupplierPickUp":                    {"moves", nil, nil},
	"MoveCrossSupplierDropOff":                   {"moves", nil, nil},
	"MoveNotifyPremisesOfArrivalIn30Mins":        {"moves", nil, nil},
	"MoveNotifyPremisesOfDropOffEta":             {"moves", map[string]any{"expected_at": at}, nil},
	"MoveNotifyPremisesOfPickupEta":              {"moves", map[string]any{"expected_at": at}, nil},
	"MoveNotifyPremisesOfExpectedCollectionTime": {"moves", map[string]any{"expected_at": at}, nil},
	"MoveNotifyPremisesOfEta":                    {"moves", map[string]any{"expected_at": at}, nil},
	"MoveOperationHmcts":                         {"moves", map[string]any{"court_cell_number": "3"}, nil},
	"MoveOperationSafeguard":                     {"moves", nil, nil},
	"MoveOperationTornado":                       {"moves", nil, nil},
	"MoveProposed":                               {"moves", nil, nil},
	"MoveRequested":                              {"moves", nil, nil},
	"MoveDateChanged":                            {"moves", map[string]any{"date": "2020-12-05"}, nil},

	"JourneyStart":                 {"journeys", nil, nil},
	"JourneyComplete":              {"journeys", nil, nil},
	"JourneyReject":                {"journeys", nil, nil},
	"JourneyCancel":                {"journeys", nil, nil},
	"JourneyUncancel":              {"journeys", nil, nil},
	"JourneyUncomplete":            {"journeys", nil, nil},
	"JourneyLockout":               {"journeys", nil, []string{"from_location"}},
	"JourneyLodging":               {"journeys", nil, []string{"to_location"}},
	"JourneyChangeVehicle":         {"journeys", map[string]any{"vehicle_reg": "XY20 ZZZ", "previous_vehicle_reg": "AB12 CDE"}, nil},
	"JourneyPersonBoardsVehicle":   {"journeys", map[string]any{"vehicle_type": "mpv", "vehicle_reg": "XY20 ZZZ"}, nil},
	"JourneyAdmitThroughOuterGate": {"journeys", map[string]any{"vehicle_reg": "XY20 ZZZ"}, []string{"location"}},
	"JourneyAdmitToReception":      {"journeys", nil, []string{"location"}},
	"JourneyArriveAtOuterGate":     {"journeys", nil, []string{"location"}},
	"JourneyExitThroughOuterGate":  {"journeys", nil, []string{"location"}},
	"JourneyReadyToExit":           {"journeys", nil, []string{"location"}},
	"JourneyPersonLeaveVehicle":    {"journeys", nil, nil},
	"JourneyHandoverToDestination": {"journeys", nil, nil},
	"JourneyHandoverToSupplier":    {"journeys", nil, nil},
	"JourneyCreate":                {"journeys", nil, nil},
	"JourneyUpdate":                {"journeys", nil, nil},

	"PersonMoveAssault":                          {"moves", incident(), []string{"location"}},
	"PersonMoveDeathInCustody":                   {"people", incident(), []string{"location"}},
	"PersonMoveMajorIncidentOther":               {"moves", incident(), []string{"location"}},
	"PersonMoveMinorIncidentOther":               {"moves", incident(), []string{"location"}},
	"PersonMovePersonEscaped":                    {"moves", incident(), []string{"location"}},
	"PersonMovePersonEscapedKpi":                 {"moves", incident(), []string{"location"}},
	"PersonMoveReleasedError":                    {"moves", incident(), []string{"location"}},
	"PersonMoveRoadTrafficAccident":              {"moves", with(incident(), "vehicle_reg", "AB12 CDE"), []string{"location"}},
	"PersonMoveSeriousInjury":                    {"moves", incident(), []string{"location"}},
	"PersonMoveUsedForce":                        {"people", incident(), []string{"location"}},
	"PersonMoveBookedIntoReceivingEstablishment": {"moves", map[string]any{"supplier_personnel_number": person}, []string{"location"}},
	"PersonMoveVehicleBrokeDown": {"moves", map[string]any{"supplier_personnel_numbers": []any{person}, "vehicle_reg": "AB12 CDE",
		"reported_at": at, "postcode": "WV10 7PY"}, []string{"location"}},
	"PersonMoveVehicleSystemsFailed": {"people", map[string]any{"supplier_personnel_numbers": []any{person}, "vehicle_reg": "AB12 CDE",
		"reported_at": at, "location_description": "M6 J10"}, []string{"location"}},
}

func incident() map[string]any {
	return map[string]any{"police_personnel_numbers": []any{person}, "reported_at": at}
}

func with(m map[string]any, k string, v any) map[string]any {
	m[k] = v
	return m
}

func input(eventType, eventable string, details map[string]any, rels ...string) events.Input {
	in := events.Input{EventType: eventType, OccurredAt: at, RecordedAt: at, EventableType: eventable, EventableID: person,
		Details: maps.Clone(details), Relationships: map[string]string{}}
	if in.Details == nil {
		in.Details = map[string]any{}
	}
	for _, r := range rels {
		in.Relationships[r] = locID
	}
	return in
}

// Every declared type has a happy case and every happy case a declared type.
func TestEveryEventTypeIsCovered(t *testing.T) {
	t.Parallel()
	assert.Equal(t, events.Types(), slices.Sorted(maps.Keys(happy)))
}

func TestCheckAcceptsEveryEventType(t *testing.T) {
	t.Parallel()
	for eventType, c := range happy {
		t.Run(eventType, func(t *testing.T) {
			t.Parallel()
			in := input(eventType, c.eventable, c.details, c.rels...)
			in.Details["not_declared"] = "dropped"
			in.Relationships["previous_move"] = locID // kept only where declared
			e, err := events.Check(in, false)
			require.NoError(t, err)
			assert.NotContains(t, e.Details, "not_declared", "undeclared details are dropped silently")
			for k := range c.details {
				assert.Contains(t, e.Details, k)
			}
			for _, r := range c.rels {
				assert.Equal(t, locID, e.Relationships[r])
			}
			assert.Equal(t, eventType == "MoveCrossSupplierPickUp", e.Relationships["previous_move"] != "")
			assert.Equal(t, c.eventable, e.EventableType)
		})
	}
}

func TestCheckRenamesLegacyEta(t *testing.T) {
	t.Parallel()
	e, err := events.Check(input("MoveNotifyPremisesOfEta", "moves", map[string]any{"expected_at": at}), false)
	require.NoError(t, err)
	assert.Equal(t, "MoveNotifyPremisesOfDropOffEta", e.Type)
}

// The wiki posts "2020-12-03 10:51:40 +0000"; the original accepts it.
func TestCheckAcceptsTheWikiTimestampForm(t *testing.T) {
	t.Parallel()
	in := input("PerGeneric", "person_escort_records", nil)
	in.OccurredAt, in.RecordedAt = "2020-12-03 10:51:40 +0000", "2020-12-03 10:51:40 +0000"
	e, err := events.Check(in, false)
	require.NoError(t, err)
	assert.Equal(t, "2020-12-03T10:51:40Z", e.OccurredAt.UTC().Format("2006-01-02T15:04:05Z07:00"))
}

func TestCheckRefusesParams(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		change func(*events.Input)
		title  string
		detail string
	}{
		{"occurred_at missing", func(in *events.Input) { in.OccurredAt = "" }, "Invalid occurred_at",
			"Validation failed: Occurred at must be formatted as a valid ISO-8601 date-time"},
		{"recorded_at not a time", func(in *events.Input) { in.RecordedAt = "yesterday" }, "Invalid recorded_at",
			"Validation failed: Recorded at must be formatted as a valid ISO-8601 date-time"},
		{"unknown event type", func(in *events.Input) { in.EventType = "PerMentalHealth" }, "Invalid event_type",
			"Validation failed: Event type 'PerMentalHealth' is not a valid event_type"},
		{"unknown eventable type", func(in *events.Input) { in.EventableType = "locations" }, "Invalid eventable_type",
			"Validation failed: Eventable type is not included in the list"},
		{"two at once", func(in *events.Input) { in.OccurredAt, in.EventType = "x", "Nope" }, "Invalid occurred_at, event_type",
			"Validation failed: Occurred at must be formatted as a valid ISO-8601 date-time, Event type 'Nope' is not a valid event_type"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			in := input("PerGeneric", "person_escort_records", nil)
			c.change(&in)
			_, err := events.Check(in, false)
			e, ok := apperr.As(err)
			require.True(t, ok, "%v", err)
			assert.Equal(t, apperr.Unprocessable, e.Kind)
			assert.Equal(t, c.title, e.Title)
			assert.Equal(t, c.detail, e.Message)
			assert.Empty(t, e.Fields)
		})
	}
}

func TestCheckRefusesModel(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name       string
		in         events.Input
		bySupplier bool
		want       []apperr.FieldError
	}{
		{"eventable the type does not accept", input("PerGeneric", "profiles", nil), false,
			[]apperr.FieldError{{Field: "eventable_type", Code: "inclusion", Message: "is not included in the list"}}},
		{"required detail missing", input("PerCourtAssignCellInCustody", "person_escort_records", map[string]any{"court_cell_number": ""}, "location"), false,
			[]apperr.FieldError{{Field: "court_cell_number", Code: "blank", Message: "can't be blank"}}},
		{"enum", input("PerPrisonerWelfare", "person_escort_records", map[string]any{"given_at": at, "outcome": "maybe", "subtype": "food",
			"supplier_personnel_number": person}, "location"), false,
			[]apperr.FieldError{{Field: "outcome", Code: "inclusion", Message: "is not included in the list"}}},
		{"datetime", input("PerCourtExcessiveDelayNotDueToSupplier", "person_escort_records", map[string]any{
			"subtype": "making_prisoner_available_for_loading", "ended_at": "later"}, "location"), false,
			[]apperr.FieldError{{Field: "ended_at", Code: "invalid", Message: "must be formatted as a valid ISO-8601 date-time"}}},
		{"boolean", input("PerCourtHearing", "person_escort_records", map[string]any{"is_virtual": "yes", "is_trial": true,
			"court_listing_at": at, "started_at": at, "ended_at": at, "court_outcome": "x"}, "location"), false,
			[]apperr.FieldError{{Field: "is_virtual", Code: "inclusion", Message: "is not included in the list"}}},
		{"date", input("MoveApprove", "moves", map[string]any{"date": "04/12/2020"}), false,
			[]apperr.FieldError{{Field: "date", Code: "invalid", Message: "must be formatted as a valid ISO-8601 date"}}},
		{"move domain enum", input("MoveCancel", "moves", map[string]any{"cancellation_reason": "bored"}), false,
			[]apperr.FieldError{{Field: "cancellation_reason", Code: "inclusion", Message: "is not included in the list"}}},
		{"neither personnel number", input("PerEscape", "person_escort_records", nil, "location"), false,
			[]apperr.FieldError{{Field: "supplier_personnel_number", Code: "blank", Message: "can't be blank"}}},
		{"both personnel numbers", input("PerEscape", "person_escort_records", map[string]any{"supplier_personnel_number": person,
			"police_personnel_number": person}, "location"), false,
			[]apperr.FieldError{{Field: "police_personnel_number", Code: "present", Message: "should be blank"}}},
		{"fault classification from a supplier", input("PersonMoveAssault", "moves", incident(), "location"), true,
			[]apperr.FieldError{{Field: "fault_classification", Code: "blank", Message: "can't be blank"}}},
		{"vehicle_reg for a road traffic accident", input("PersonMoveRoadTrafficAccident", "moves", incident(), "location"), false,
			[]apperr.FieldError{{Field: "vehicle_reg", Code: "blank", Message: "can't be blank"}}},
		{"not a UK postcode", input("PersonMoveVehicleBrokeDown", "moves", map[string]any{"supplier_personnel_numbers": []any{person},
			"vehicle_reg": "AB12 CDE", "reported_at": at, "postcode": "90210"}, "location"), false,
			[]apperr.FieldError{{Field: "postcode", Code: "invalid", Message: "is not recognised as a UK postcode"}}},
		{"neither postcode nor description", input("PersonMoveVehicleSystemsFailed", "moves", map[string]any{"supplier_personnel_numbers": []any{person},
			"vehicle_reg": "AB12 CDE", "reported_at": at}, "location"), false,
			[]apperr.FieldError{{Field: "postcode", Code: "blank", Message: "can't be blank"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			_, err := events.Check(c.in, c.bySupplier)
			e, ok := apperr.As(err)
			require.True(t, ok, "%v", err)
			assert.Equal(t, apperr.Unprocessable, e.Kind)
			assert.Equal(t, c.want, e.Fields)
		})
	}
}

// A supplier-posted incident with its classification passes.
func TestCheckFaultClassificationBySupplier(t *testing.T) {
	t.Parallel()
	_, err := events.Check(input("PersonMoveAssault", "moves", with(incident(), "fault_classification", "investigation"), "location"), true)
	require.NoError(t, err)
}
