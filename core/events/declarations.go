// Package events holds the rules of POST /api/events (§6 of the fact sheet):
// which event types exist, what each accepts as eventable, which details keys
// it keeps (required or not, with their formats and enums) and which
// relationships it needs. The rules are one table, declarations, read by one
// function, Check; the state an event changes is left to the eventable's own
// domain (moves, journeys), which the use case hands the checked event to.
// Those domains keep their own tables of what an event does (core/moves and
// core/journeys: transitions, the details their dedicated endpoints keep) and
// apply them again, so an event posted here and one posted to a dedicated
// endpoint take the same path from there on.
package events

import (
	"maps"
	"slices"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
)

// Format is what a details value must look like.
type Format int

// The formats a details key can have.
const (
	Text     Format = iota // any non-empty value, kept as posted
	DateTime               // ISO-8601 date-time
	Date                   // ISO-8601 date (YYYY-MM-DD)
	Boolean                // true or false; "present" means either
	Free                   // any JSON (objects, arrays), kept as posted
)

// Key is one details key an event type keeps.
type Key struct {
	Name     string
	Required bool
	Format   Format
	Enum     []string // when set, the value must be one of these
	// Accepts, when set, is an enum another domain owns (move types, reasons).
	Accepts func(string) bool
}

// Personnel is the "exactly one of" personnel-number rule of some types.
type Personnel int

// The personnel rules.
const (
	NoPersonnel Personnel = iota
	// OnePerson: exactly one of supplier_personnel_number / police_personnel_number.
	OnePerson
	// ManyPeople: exactly one of supplier_personnel_numbers / police_personnel_numbers.
	ManyPeople
)

// Domain is the part of the system that records an event of a type: the
// move or journey domain when the event may change the eventable's state (the
// same code path as the dedicated endpoints), else none: the event is stored
// as it is.
type Domain string

// The domains.
const (
	StoredOnly    Domain = ""
	DomainMove    Domain = "move"
	DomainJourney Domain = "journey"
)

// The eventable types (§6): profiles is a valid eventable type that no event
// type accepts, so posting against a profile is a model-form 422, not a
// params-form one.
const (
	Moves               = "moves"
	People              = "people"
	PersonEscortRecords = "person_escort_records"
	Profiles            = "profiles"
	Journeys            = "journeys"
)

// EventableTypes are the eventable types the params form accepts.
var EventableTypes = []string{Moves, People, PersonEscortRecords, Profiles, Journeys}

// The relationships an event may name besides its eventable. All but
// previous_move name locations.
const (
	Location      = "location"
	CourtLocation = "court_location"
	FromLocation  = "from_location"
	ToLocation    = "to_location"
	PreviousMove  = "previous_move"
)

// Declaration is one event type's rules.
type Declaration struct {
	Domain     Domain
	Eventables []string
	Keys       []Key
	// Requires are relationships that must be given; the use case looks each
	// up, so a missing or unknown one is a 404 (§6), never a 422.
	Requires []string
	// Allows are relationships kept when given (looked up the same way).
	Allows    []string
	Personnel Personnel
	// FaultBySupplier makes fault_classification required when a supplier posts.
	FaultBySupplier bool
	// PostcodeOrDescription needs a valid UK postcode or a location_description.
	PostcodeOrDescription bool
	// StoredAs renames a legacy type when it is stored.
	StoredAs string
}

// Shorthands for the table below.
func req(name string) Key                  { return Key{Name: name, Required: true} }
func opt(name string) Key                  { return Key{Name: name} }
func reqAt(name string) Key                { return Key{Name: name, Required: true, Format: DateTime} }
func optAt(name string) Key                { return Key{Name: name, Format: DateTime} }
func free(name string) Key                 { return Key{Name: name, Format: Free} }
func reqOneOf(name string, e []string) Key { return Key{Name: name, Required: true, Enum: e} }
func optOneOf(name string, e []string) Key { return Key{Name: name, Enum: e} }
func reqParsed(name string, ok func(string) bool) Key {
	return Key{Name: name, Required: true, Accepts: ok}
}
func optParsed(name string, ok func(string) bool) Key { return Key{Name: name, Accepts: ok} }

// parses turns a domain's Parse function into an enum check.
func parses[T any](parse func(string) (T, error)) func(string) bool {
	return func(s string) bool { _, err := parse(s); return err == nil }
}

var (
	authorisedBy     = []string{"PMU", "CDM", "Other"}
	vehicleTypes     = []string{"c4", "pro_cab", "mpv", "2_cell", "3_cell", "6_cell", "12_cell"}
	lodgingReasons   = []string{"overnight_lodging", "lockout", "operation_hmcts", "court_cells", "operation_tornado", "operation_safeguard", "other"}
	lockoutReasons   = []string{"unachievable_ptr_request", "no_space", "unachievable_redirection", "late_sitting_court", "unavailable_resource_vehicle_or_staff", "traffic_issues", "mechanical_or_other_vehicle_failure", "ineffective_route_planning", "other"}
	redirectReasons  = []string{"no_space", "serious_incident", "covid", "receiving_prison_request", "force_majeure", "other"}
	faultClasses     = []string{"was_not_supplier", "supplier", "investigation"}
	documentSubtypes = []string{"extradition_order", "warrant", "placement_confirmation"}
	delaySubtypes    = []string{"making_prisoner_available_for_loading", "access_to_or_from_location_when_collecting_dropping_off_prisoner"}
	welfareOutcomes  = []string{"accepted", "refused"}
	welfareSubtypes  = []string{"comfort_break", "food", "beverage", "additional_clothing", "relevant_information_given", "miscellaneous_welfare"}
	sashKeys         = []string{"indication_of_self_harm_or_suicide", "nature_of_self_harm", "history_of_self_harm", "history_of_self_harm_recency", "history_of_self_harm_method", "history_of_self_harm_details", "actions_of_self_harm_undertaken", "observation_level", "source", "comments", "reporting_officer", "reporting_officer_signed_at", "reception_officer", "reception_officer_signed_at"}
	onPER            = []string{PersonEscortRecords}
	onMove           = []string{Moves}
	onJourney        = []string{Journeys}
	onMoveOrPerson   = []string{Moves, People}
	loc              = []string{Location}
	authorisation    = []Key{optAt("authorised_at"), optOneOf("authorised_by", authorisedBy)}
	medical          = []Key{optAt("advised_at"), opt("advised_by"), optAt("treated_at"), opt("treated_by"), opt("vehicle_reg")}
	breakdownKeys    = []Key{req("supplier_personnel_numbers"), req("vehicle_reg"), reqAt("reported_at"), opt("postcode"), opt("location_description")}
)

func per(keys ...Key) Declaration {
	return Declaration{Eventables: onPER, Keys: keys}
}

// perAt is a PER event that needs the location relationship.
func perAt(keys ...Key) Declaration {
	d := per(keys...)
	d.Requires = loc
	return d
}

// perIncident is a PER incident or medical event: located, one personnel number.
func perIncident(keys ...Key) Declaration {
	d := perAt(keys...)
	d.Personnel = OnePerson
	return d
}

func move(keys ...Key) Declaration {
	return Declaration{Domain: DomainMove, Eventables: onMove, Keys: keys}
}

func journey(keys ...Key) Declaration {
	return Declaration{Domain: DomainJourney, Eventables: onJourney, Keys: keys}
}

// journeyLog is a journey event the journey domain does not model: it is
// stored, and changes nothing.
func journeyLog(keys ...Key) Declaration { return Declaration{Eventables: onJourney, Keys: keys} }

func journeyLogAt(keys ...Key) Declaration {
	d := journeyLog(keys...)
	d.Requires = loc
	return d
}

// personMoveIncident is an incident of §6.4: located, one list of personnel
// numbers; only a road traffic accident needs the vehicle.
func personMoveIncident(vehicleRequired bool) Declaration {
	vehicle := opt("vehicle_reg")
	vehicle.Required = vehicleRequired
	return Declaration{Eventables: onMoveOrPerson, Requires: loc, Personnel: ManyPeople, FaultBySupplier: true,
		Keys: []Key{reqAt("reported_at"), vehicle, optOneOf("fault_classification", faultClasses)}}
}

func withRel(d Declaration, requires ...string) Declaration {
	d.Requires = requires
	return d
}

// declarations is the event table: one row per event type of §6.1–§6.4.
var declarations = map[string]Declaration{
	// §6.1 person escort record events.
	"PerCompletion":   per(reqAt("completed_at"), opt("responded_by")),
	"PerConfirmation": per(reqAt("confirmed_at")),
	// Through the API the handover keeps no details (they come from a PER
	// confirmation); the location is mandatory (⚠ seed≠code: the wiki shows none).
	"PerHandover":         perAt(),
	"PerUpdated":          per(opt("responded_by"), opt("section")),
	"PerGeneric":          per(opt("stakeholder"), opt("summary"), opt("further_details")),
	"PerHistoricSelfHarm": per(opt("comment")),
	"PerCourtAllDocumentationProvidedToSupplier": withRel(per(reqOneOf("subtype", documentSubtypes)), CourtLocation),
	"PerCourtAssignCellInCustody":                perAt(req("court_cell_number")),
	"PerCourtCellShareRiskAssessment":            perAt(),
	"PerCourtReadyInCustody":                     perAt(),
	"PerCourtTakeFromCustodyToDock":              perAt(),
	"PerCourtTakeToSeeVisitors":                  perAt(),
	// vehicle_reg is optional in the code (⚠ seed≠code: the wiki requires it).
	"PerCourtExcessiveDelayNotDueToSupplier": perAt(append([]Key{reqOneOf("subtype", delaySubtypes), reqAt("ended_at"), opt("vehicle_reg")}, authorisation...)...),
	"PerCourtHearing": perAt(Key{Name: "is_virtual", Required: true, Format: Boolean}, Key{Name: "is_trial", Required: true, Format: Boolean},
		reqAt("court_listing_at"), reqAt("started_at"), reqAt("ended_at"), optAt("agreed_at"), req("court_outcome")),
	"PerCourtPreReleaseChecksCompleted":          perAt(req("supplier_personnel_number")),
	"PerCourtRelease":                            perAt(req("supplier_personnel_number")),
	"PerCourtReleaseOnBail":                      perAt(req("supplier_personnel_number")),
	"PerCourtTask":                               perAt(req("supplier_personnel_number")),
	"PerCourtReturnToCustodyAreaFromDock":        perAt(opt("court_cell_number")),
	"PerCourtReturnToCustodyAreaFromVisitorArea": perAt(opt("court_cell_number")),
	// Incident events keep only the personnel number (⚠ seed≠code: vehicle_reg dropped).
	"PerConcealed":           perIncident(),
	"PerEscape":              perIncident(),
	"PerSelfHarm":            perIncident(),
	"PerViolentDangerous":    perIncident(),
	"PerWeapons":             perIncident(),
	"PerMedicalAid":          perIncident(medical...),
	"PerMedicalDrugsAlcohol": perIncident(medical...),
	"PerMedicalMedication":   perIncident(medical...),
	"PerMedicalMentalHealth": perIncident(medical...),
	"PerPrisonerWelfare": perAt(reqAt("given_at"), reqOneOf("outcome", welfareOutcomes), reqOneOf("subtype", welfareSubtypes),
		req("supplier_personnel_number"), opt("vehicle_reg")),
	"PerPropertyChange":     perIncident(opt("vehicle_reg")),
	"PerSuicideAndSelfHarm": perIncident(freeKeys(sashKeys)...),

	// §6.2 move events; their state effects are the move domain's (core/moves).
	"MoveAccept":             move(),
	"MoveStart":              move(),
	"MoveComplete":           move(),
	"MoveApprove":            move(Key{Name: "date", Required: true, Format: Date}, opt("create_in_nomis")),
	"MoveCancel":             move(reqParsed("cancellation_reason", parses(moves.ParseCancellationReason)), opt("cancellation_reason_comment")),
	"MoveReject":             move(reqParsed("rejection_reason", parses(moves.ParseRejectionReason)), opt("cancellation_reason_comment"), opt("rebook")),
	"MoveRedirect":           withRel(move(optParsed("move_type", parses(moves.ParseType)), optOneOf("reason", redirectReasons)), ToLocation),
	"MoveLockout":            withRel(move(append([]Key{optOneOf("reason", lockoutReasons)}, authorisation...)...), FromLocation),
	"MoveLodgingStart":       withRel(move(reqOneOf("reason", lodgingReasons)), Location),
	"MoveLodgingEnd":         withRel(move(), Location),
	"MoveCollectionByEscort": move(reqOneOf("vehicle_type", vehicleTypes)),
	"MoveCrossSupplierPickUp": func() Declaration {
		d := move(opt("previous_move_reference"))
		d.Allows = []string{PreviousMove}
		return d
	}(),
	"MoveCrossSupplierDropOff":                   move(),
	"MoveNotifyPremisesOfArrivalIn30Mins":        move(),
	"MoveNotifyPremisesOfDropOffEta":             move(reqAt("expected_at")),
	"MoveNotifyPremisesOfPickupEta":              move(reqAt("expected_at")),
	"MoveNotifyPremisesOfExpectedCollectionTime": move(reqAt("expected_at")),
	"MoveNotifyPremisesOfEta": func() Declaration {
		d := move(reqAt("expected_at"))
		d.StoredAs = "MoveNotifyPremisesOfDropOffEta"
		return d
	}(),
	"MoveOperationHmcts":     move(append([]Key{req("court_cell_number")}, authorisation...)...),
	"MoveOperationSafeguard": move(authorisation...),
	"MoveOperationTornado":   move(authorisation...),
	"MoveProposed":           move(),
	"MoveRequested":          move(),
	"MoveDateChanged":        move(Key{Name: "date", Required: true, Format: Date}, opt("date_changed_reason")),

	// §6.3 journey events; the state effects are the journey domain's
	// (core/journeys), which records the ten types it models. The others are
	// only stored: JourneyChangeVehicle does not yet update the vehicle.
	"JourneyStart":                 journey(opt("vehicle_reg"), opt("vehicle_depot")),
	"JourneyComplete":              journey(opt("vehicle_reg")),
	"JourneyReject":                journey(),
	"JourneyCancel":                journey(),
	"JourneyUncancel":              journey(),
	"JourneyUncomplete":            journey(),
	"JourneyLockout":               withRel(journey(), FromLocation),
	"JourneyLodging":               withRel(journey(), ToLocation),
	"JourneyChangeVehicle":         journeyLog(req("vehicle_reg"), req("previous_vehicle_reg"), opt("vehicle_depot")),
	"JourneyPersonBoardsVehicle":   journeyLog(reqOneOf("vehicle_type", vehicleTypes), req("vehicle_reg")),
	"JourneyAdmitThroughOuterGate": journeyLogAt(req("vehicle_reg"), opt("supplier_personnel_number")),
	"JourneyAdmitToReception":      journeyLogAt(opt("vehicle_reg")),
	"JourneyArriveAtOuterGate":     journeyLogAt(opt("vehicle_reg")),
	"JourneyExitThroughOuterGate":  journeyLogAt(opt("vehicle_reg")),
	"JourneyReadyToExit":           journeyLogAt(opt("vehicle_reg")),
	"JourneyPersonLeaveVehicle":    journeyLog(opt("vehicle_reg")),
	"JourneyHandoverToDestination": journeyLog(opt("supplier_personnel_number")),
	"JourneyHandoverToSupplier":    journeyLog(opt("supplier_personnel_number")),
	"JourneyCreate":                journey(),
	"JourneyUpdate":                journey(),

	// §6.4 person move events: no state change.
	"PersonMoveAssault":             personMoveIncident(false),
	"PersonMoveDeathInCustody":      personMoveIncident(false),
	"PersonMoveMajorIncidentOther":  personMoveIncident(false),
	"PersonMoveMinorIncidentOther":  personMoveIncident(false),
	"PersonMovePersonEscaped":       personMoveIncident(false),
	"PersonMovePersonEscapedKpi":    personMoveIncident(false),
	"PersonMoveReleasedError":       personMoveIncident(false),
	"PersonMoveRoadTrafficAccident": personMoveIncident(true),
	"PersonMoveSeriousInjury":       personMoveIncident(false),
	"PersonMoveUsedForce":           personMoveIncident(false),
	"PersonMoveBookedIntoReceivingEstablishment": {Eventables: onMoveOrPerson,
		Keys: []Key{req("supplier_personnel_number")}, Requires: loc},
	"PersonMoveVehicleBrokeDown":     {Eventables: onMoveOrPerson, Keys: breakdownKeys, Requires: loc, PostcodeOrDescription: true},
	"PersonMoveVehicleSystemsFailed": {Eventables: onMoveOrPerson, Keys: breakdownKeys, Requires: loc, PostcodeOrDescription: true},
}

func freeKeys(names []string) []Key {
	keys := make([]Key, len(names))
	for i, n := range names {
		keys[i] = free(n)
	}
	return keys
}

// Types lists every declared event type, sorted.
func Types() []string { return slices.Sorted(maps.Keys(declarations)) }
