package main

import (
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Component tests of the probation reads (nDelius, ARNS, CVL, POM, EPF),
// through the real HTTP stack, generated clients and the simulator.

// emptyPage is the pagination of an empty local page.
var emptyPage = map[string]any{"isLastPage": true, "count": float64(0), "page": float64(1), "perPage": float64(10), "totalCount": float64(0), "totalPages": float64(0)}

func TestProbationStatusInformation(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/status-information" }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, []any{map[string]any{
			"code": "ASFO", "description": "Serious Further Offence - Subject to SFO review/investigation",
			"startDate": "2025-12-01", "reviewDate": "2026-06-01", "notes": "Review opened after a further offence in custody.",
		}}, body["data"], "RMDO is not shared: %s", id)
	}
	cases := []struct {
		name, id string
		codes    []any
	}{
		{"outstanding warrant", "X00005", []any{"WRSM"}},
		{"no status flags", "X00002", []any{}},
		{"prison only: nothing for probation to report", "G8133UA", []any{}},
	}
	for _, c := range cases {
		status, _, body := s.do(t, http.MethodGet, path(c.id), "", nil)
		require.Equal(t, http.StatusOK, status, c.name)
		assert.Equal(t, c.codes, field(items(t, body), "code"), c.name)
	}
	_, _, body := s.do(t, http.MethodGet, path("X00002"), "", nil)
	assert.Equal(t, emptyPage, body["pagination"])

	// Probation data carries no prisons filter: a consumer limited to Leeds
	// still sees the seed person (held in Moorland) and a probation-only person.
	for _, id := range []string{"X00001", "X00002"} {
		status, _, _ := s.do(t, http.MethodGet, path(id), "", as("leeds-only"))
		assert.Equal(t, http.StatusOK, status, id)
	}
	commonErrors(t, s, path)
}

func TestProbationDynamicRisks(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/risks/dynamic" }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		risks := items(t, body)
		assert.Equal(t, []any{"RCCO", "RVAD"}, field(risks, "code"), id)
		assert.Equal(t, map[string]any{
			"code": "RCCO", "description": "Child Concerns - Safeguarding concerns where a child is at risk from the offender",
			"startDate": "2023-04-03", "reviewDate": "2026-04-03", "notes": "Contact with his nephew to be supervised.",
		}, risks[0], id)
	}
	pages := []struct {
		query string
		codes []any
		last  bool
	}{
		{"?perPage=1", []any{"RCCO"}, false},
		{"?perPage=1&page=2", []any{"RVAD"}, true},
		{"?page=3", []any{}, true},
	}
	for _, p := range pages {
		status, _, body := s.do(t, http.MethodGet, path("X00001")+p.query, "", nil)
		require.Equal(t, http.StatusOK, status, p.query)
		assert.Equal(t, p.codes, field(items(t, body), "code"), p.query)
		assert.Equal(t, p.last, body["pagination"].(map[string]any)["isLastPage"], p.query)
	}
	status, _, body := s.do(t, http.MethodGet, path("G8133UA"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, emptyPage, body["pagination"])

	status, _, _ = s.do(t, http.MethodGet, path("X00001")+"?perPage=0", "", nil)
	assert.Equal(t, http.StatusBadRequest, status)
	commonErrors(t, s, path)
}

func TestProbationMappaDetail(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/risks/mappadetail" }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, map[string]any{
			"level": float64(2), "levelDescription": "MAPPA Level 2", "category": float64(1), "categoryDescription": "MAPPA Category 1",
			"startDate": "2023-03-20", "reviewDate": "2026-03-20", "notes": "Level 2 agreed at the MAPPA meeting after sentence.",
		}, body["data"], id)
	}
	// No MAPPA registration, or nobody for probation to ask about: 404.
	for _, id := range []string{"X00002", "G8133UA"} {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusNotFound, status, id)
		assert.Equal(t, personNotFound(id), body)
	}
	commonErrors(t, s, path)
}

func TestProbationUpstreamFailures(t *testing.T) {
	t.Parallel()
	// X00008's records are broken in the simulator: nDelius, CVL and EPF
	// answer 500 and ARNS never answers.
	s := startPrisonService(t, map[string]string{"UPSTREAM_RESPONSE_TIMEOUT": "300ms", "UPSTREAM_REQUEST_DEADLINE": "1s"})
	for _, path := range []string{
		"/v1/persons/X00008/status-information", "/v1/persons/X00008/risks/dynamic", "/v1/persons/X00008/risks/mappadetail",
		"/v1/persons/X00008/offences", "/v1/persons/X00008/licences/conditions", "/v1/epf/person-details/X00008/1",
	} {
		start := time.Now()
		status, _, body := s.do(t, http.MethodGet, path, "", nil)
		require.Equal(t, http.StatusInternalServerError, status, path)
		assert.Less(t, time.Since(start), 2*time.Second, path)
		assert.Equal(t, "Unable to complete request as an upstream service is not responding", body["userMessage"], path)
		assert.Contains(t, body["developerMessage"], "500 Internal Server Error from GET", path)
	}
	// ARNS never answers for X00008: each risk read gives up within the budget.
	for _, path := range []string{
		"/v1/persons/X00008/risks/serious-harm", "/v1/persons/X00008/risks/scores",
		"/v1/persons/X00008/risk-management-plan", "/v1/persons/X00008/needs",
	} {
		start := time.Now()
		status, _, body := s.do(t, http.MethodGet, path, "", nil)
		require.Equal(t, http.StatusInternalServerError, status, path)
		assert.Less(t, time.Since(start), 2*time.Second, path)
		assert.Contains(t, body["developerMessage"], "ASSESS_RISKS_AND_NEEDS did not answer in time", path)
	}
}

func TestPersonResponsibleOfficer(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/person-responsible-officer" }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, map[string]any{
			"prisonOffenderManager": map[string]any{"forename": "Paula", "surname": "Smith", "prison": map[string]any{"code": "MDI"}},
			"communityOffenderManager": map[string]any{
				"name":  map[string]any{"forename": "Jane", "surname": "Fletcher"},
				"email": "jane.fletcher@justice.gov.uk", "telephoneNumber": "01302 555 101",
				"team": map[string]any{"code": "N54DON", "description": "Doncaster OMU", "email": "doncaster.omu@justice.gov.uk", "telephoneNumber": "01302 555 100"},
			},
		}, body["data"], id)
	}
	// Both halves are needed: no POM (released, or never in prison) or no COM
	// (never on probation) is not found.
	for _, id := range []string{"A7777BB", "X00002", "G8133UA"} {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusNotFound, status, id)
		assert.Equal(t, personNotFound(id), body)
	}
	commonErrors(t, s, path)
}

func TestOffences(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/offences" }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		offences := items(t, body)
		assert.Equal(t, []any{"NOMIS", "NOMIS", "NDELIUS", "NDELIUS", "NDELIUS"}, field(offences, "serviceSource"), "NOMIS first, then nDelius: %s", id)
		assert.Equal(t, map[string]any{
			"serviceSource": "NOMIS", "systemSource": "PRISON_SYSTEMS", "cjsCode": "CJ88116", "statuteCode": "CJ88",
			"description": "Assault by beating", "courtDates": []any{"2023-03-15"}, "startDate": "2022-11-02",
		}, offences[0], id)
		assert.Equal(t, map[string]any{
			"serviceSource": "NOMIS", "systemSource": "PRISON_SYSTEMS", "cjsCode": "TH68023", "statuteCode": "TH68",
			"description": "Robbery", "courtDates": []any{"2023-03-15"}, "startDate": "2022-10-30", "endDate": "2022-11-02",
		}, offences[1], "an offence over a range of dates: %s", id)
		assert.Equal(t, map[string]any{
			"serviceSource": "NDELIUS", "systemSource": "PROBATION_SYSTEMS", "hoCode": "03400",
			"description": "Robbery (other than armed robbery)", "courtDates": []any{"2022-11-04", "2023-03-15"},
			"courtName": "Doncaster Magistrates' Court", "startDate": "2022-11-02",
		}, offences[2], id)
		assert.Equal(t, []any{nil, nil, "03400", "10501", "04600"}, field(offences, "hoCode"), id)
	}

	cases := []struct {
		name, query string
		hoCodes     []any
		pagination  map[string]any
	}{
		{"last page", "?perPage=2&page=3", []any{"04600"},
			map[string]any{"isLastPage": true, "count": float64(1), "page": float64(3), "perPage": float64(2), "totalCount": float64(5), "totalPages": float64(3)}},
		{"beyond the end", "?page=2", []any{},
			map[string]any{"isLastPage": true, "count": float64(0), "page": float64(2), "perPage": float64(10), "totalCount": float64(5), "totalPages": float64(1)}},
	}
	for _, c := range cases {
		status, _, body := s.do(t, http.MethodGet, path("X00001")+c.query, "", nil)
		require.Equal(t, http.StatusOK, status, c.name)
		assert.Equal(t, c.hoCodes, field(items(t, body), "hoCode"), c.name)
		assert.Equal(t, c.pagination, body["pagination"], c.name)
	}

	// Each side contributes what it holds: probation only, prison only.
	status, _, body := s.do(t, http.MethodGet, path("X00002"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{"09210"}, field(items(t, body), "hoCode"))
	status, _, body = s.do(t, http.MethodGet, path("G8133UA"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, emptyPage, body["pagination"])

	// prison-api fails for A5000EE.
	status, _, body = s.do(t, http.MethodGet, path("A5000EE"), "", nil)
	require.Equal(t, http.StatusInternalServerError, status)
	assert.Contains(t, body["developerMessage"], "500 Internal Server Error from GET")
	commonErrors(t, s, path)
}

func TestRiskSeriousHarm(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/risks/serious-harm" }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		rosh := data(t, body)
		assert.Equal(t, "2025-10-02T14:20:00", rosh["assessedOn"], id)
		assert.Equal(t, map[string]any{
			"whoIsAtRisk": "Elderly people living alone; his nephew.", "natureOfRisk": "Violence used to steal, including pushing the victim to the ground.",
			"riskImminence":       "Not imminent while in custody; increases on release without stable housing.",
			"riskIncreaseFactors": "Debt, alcohol misuse, loss of accommodation.", "riskMitigationFactors": "Stable housing and employment; engagement with alcohol services.",
			"overallRiskLevel": "HIGH",
			"riskInCommunity":  map[string]any{"children": "HIGH", "knownAdult": "HIGH", "public": "MEDIUM", "staff": "LOW"},
			"riskInCustody":    map[string]any{"staff": "LOW", "prisoners": "LOW"},
		}, rosh["summary"], "levels inverted to one per group: %s", id)
		assert.Equal(t, map[string]any{
			"suicide":       map[string]any{"risk": "NO"},
			"selfHarm":      map[string]any{"risk": "YES", "previous": "YES", "previousConcernsText": "ACCT opened on reception in 2023.", "current": "NO"},
			"custody":       map[string]any{"risk": "YES", "current": "YES", "currentConcernsText": "Struggles with long periods of lock-up."},
			"hostelSetting": map[string]any{"risk": "DK"}, "vulnerability": map[string]any{"risk": "NO"},
		}, rosh["riskToSelf"], id)
		assert.Equal(t, map[string]any{"escapeOrAbscond": "NO", "controlIssuesDisruptiveBehaviour": "YES", "breachOfTrust": "NO", "riskToOtherPrisoners": "DK"}, rosh["otherRisks"], id)
	}
	// A limited access case is withheld (ARNS answers 403); prison-only has no CRN.
	for _, id := range []string{"X00007", "G8133UA"} {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, map[string]any{"data": nil}, body, id)
	}
	status, _, body := s.do(t, http.MethodGet, path("X00003"), "", nil)
	require.Equal(t, http.StatusNotFound, status, "never assessed")
	assert.Equal(t, personNotFound("X00003"), body)
	commonErrors(t, s, path)
}

func TestRiskScores(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/risks/scores" }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		scores := items(t, body)
		// completedDate arrives with an offset (UTC) and is rendered as UK wall-clock time.
		assert.Equal(t, []any{"2025-10-02T15:20:00", "2024-03-11T09:30:00"}, field(scores, "completedDate"), "newest first: %s", id)
		assert.Equal(t, map[string]any{
			"completedDate": "2025-10-02T15:20:00", "assessmentStatus": "COMPLETE",
			"generalPredictor": map[string]any{"scoreLevel": "HIGH"}, "violencePredictor": map[string]any{"scoreLevel": "MEDIUM"},
			"groupReconviction": map[string]any{"scoreLevel": "HIGH"}, "riskOfSeriousRecidivism": map[string]any{"scoreLevel": "HIGH"},
			"sexualPredictor": map[string]any{"indecentScoreLevel": "LOW", "contactScoreLevel": "LOW"},
		}, scores[0], id)
	}
	status, _, body := s.do(t, http.MethodGet, path("X00001")+"?perPage=1&page=2", "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{"2024-03-11T09:30:00"}, field(items(t, body), "completedDate"))
	assert.Equal(t, true, body["pagination"].(map[string]any)["isLastPage"])

	// A limited access case, or a person with no CRN, has an empty list.
	for _, id := range []string{"X00007", "G8133UA"} {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, []any{}, body["data"], id)
		assert.Equal(t, emptyPage, body["pagination"], id)
	}
	commonErrors(t, s, path)
}

func TestRiskManagementPlan(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/risk-management-plan" }

	// The original passed the id verbatim, so only a CRN worked; every shape does here.
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, []any{map[string]any{
			"assessmentId": "9100001", "assessmentStatus": "COMPLETE", "assessmentType": "LAYER3",
			"initiationDate": "2025-09-22T10:00:00", "dateCompleted": "2025-10-02T14:20:00",
			"keyInformationCurrentSituation":        "Serving 7 years for robbery; release expected September 2028.",
			"furtherConsiderationsCurrentSituation": "Will need approved premises on release.",
			"supervision":                           "Weekly appointments with the probation practitioner for the first three months.",
			"monitoringAndControl":                  "Curfew and an exclusion zone around the victim's home.",
			"interventionsAndTreatment":             "Thinking skills programme; alcohol treatment requirement.",
			"victimSafetyPlanning":                  "No contact with the victim or her family.",
			"contingencyPlans":                      "Breach of the exclusion zone triggers a recall review.",
			"latestSignLockDate":                    "2025-10-01T16:45:00", "latestCompleteDate": "2025-10-02T14:20:00",
		}}, body["data"], id)
	}
	// Assessed, but no plan yet: an empty page.
	status, _, body := s.do(t, http.MethodGet, path("X00002"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, emptyPage, body["pagination"])

	// A limited access case is refused outright.
	status, _, body = s.do(t, http.MethodGet, path("X00007"), "", nil)
	require.Equal(t, http.StatusForbidden, status)
	assert.Equal(t, float64(403), body["status"])
	assert.Contains(t, body["userMessage"], "Forbidden to complete action by upstream service")

	// No CRN: nothing OASys could be asked about.
	status, _, body = s.do(t, http.MethodGet, path("G8133UA"), "", nil)
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, personNotFound("G8133UA"), body)
	commonErrors(t, s, path)
}

func TestNeeds(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/needs" }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, map[string]any{
			"assessedOn": "2025-10-02T14:20:00",
			"identifiedNeeds": []any{
				map[string]any{"type": "ALCOHOL_MISUSE", "riskOfHarm": true, "riskOfReoffending": true, "severity": "SEVERE"},
				map[string]any{"type": "ACCOMMODATION", "riskOfHarm": false, "riskOfReoffending": true, "severity": "STANDARD"},
			},
			"notIdentifiedNeeds": []any{
				map[string]any{"type": "EDUCATION_TRAINING_AND_EMPLOYABILITY", "riskOfHarm": false, "riskOfReoffending": false, "severity": "NO_NEED"},
			},
			"unansweredNeeds": []any{map[string]any{"type": "FINANCIAL_MANAGEMENT_AND_INCOME"}},
		}, body["data"], id)
	}
	for _, id := range []string{"X00007", "G8133UA"} {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, map[string]any{"data": nil}, body, id)
	}
	commonErrors(t, s, path)
}

func TestLicenceConditions(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/licences/conditions" }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		decoded, _ := url.PathUnescape(id)
		assert.Equal(t, map[string]any{
			"hmppsId": decoded, "offenderNumber": "A1234AA",
			"licences": []any{map[string]any{
				// CVL sends UTC; the API shows UK wall-clock time (BST in October).
				"status": "IN_PROGRESS", "typeCode": "AP_PSS", "createdDate": "2026-10-05T10:15:00", "updatedDate": "2026-10-20T17:00:00",
				"conditions": []any{
					map[string]any{"type": "AP", "category": "Bespoke", "condition": "Not to approach or communicate with the victim, Mrs Hilda Evans, directly or indirectly."},
					map[string]any{"type": "AP", "category": "Standard", "code": "9ce9d594-e346-4785-9642-c87e764bee37",
						"condition": "Be of good behaviour and not behave in a way which undermines the purpose of the licence period."},
					map[string]any{"type": "AP", "category": "Standard", "code": "3b19fdb0-4ca3-4615-9fdd-61fabc1587af", "condition": "Not commit any offence."},
					map[string]any{"type": "AP", "category": "Freedom of movement", "code": "0a370862-5426-49c1-b6d4-3d074d78a81a",
						"condition": "Not to enter the area of Hillside Road, Doncaster, as defined by the attached map, without the prior approval of your supervising officer."},
					map[string]any{"type": "PSS", "category": "Drug testing", "code": "62c83b80-2223-4562-a195-0670f4072088",
						"condition": "Attend alcohol testing appointments as directed by your supervisor."},
					map[string]any{"type": "PSS", "category": "Standard", "code": "b3cd4a30-11fd-4715-9ee7-05a4f7e0f0f9",
						"condition": "Keep in touch with the supervisor in accordance with instructions given by the supervisor."},
				},
			}},
		}, body["data"], id)
	}

	// Newest licence first; its prison number is the offender number.
	status, _, body := s.do(t, http.MethodGet, path("X00003"), "", nil)
	require.Equal(t, http.StatusOK, status)
	licences := data(t, body)["licences"].([]any)
	assert.Equal(t, []any{"VARIATION_APPROVED", "ACTIVE"}, field(licences, "status"))
	assert.Equal(t, []any{"2025-08-04T15:30:00", "2025-06-02T16:45:00"}, field(licences, "approvedDate"))
	assert.Equal(t, "A7777BB", data(t, body)["offenderNumber"])

	// No licences, or no CRN to ask CVL about.
	for _, id := range []string{"X00002", "G8133UA"} {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, map[string]any{"hmppsId": id, "licences": []any{}}, body["data"], id)
	}
	commonErrors(t, s, path)
}

func TestEpfPersonDetails(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/epf/person-details/" + id + "/1" }

	// The original required a CRN; every id shape resolves to it here.
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, []any{}, body["errors"], id)
		d := data(t, body)
		assert.NotNil(t, d["age"], id)
		delete(d, "age") // depends on today's date
		assert.Equal(t, map[string]any{
			"nomsId": "A1234AA", "name": map[string]any{"forename": "Arthur", "middleName": "James", "surname": "Morgan"},
			"dateOfBirth": "1979-06-14", "gender": "Male",
			"courtAppearance":     map[string]any{"date": "2023-03-15", "court": map[string]any{"name": "Sheffield Crown Court"}},
			"sentence":            map[string]any{"expectedReleaseDate": "2028-09-14"},
			"responsibleProvider": map[string]any{"code": "N54", "name": "North East Region"},
			"ogrsScore":           float64(75), "rsrScore": 5.4, "ageAtRelease": float64(49),
		}, d, id)
	}
	// A limited access case is not shared, and reads as no case at all.
	for _, p := range []string{"/v1/epf/person-details/X00007/1", "/v1/epf/person-details/X00001/9", "/v1/epf/person-details/G8133UA/1"} {
		status, _, body := s.do(t, http.MethodGet, p, "", nil)
		require.Equal(t, http.StatusNotFound, status, p)
		assert.Contains(t, body["developerMessage"], "Please enter the details manually.", p)
	}
	for _, p := range []string{"/v1/epf/person-details/X00001/0", "/v1/epf/person-details/X00001/first"} {
		status, _, body := s.do(t, http.MethodGet, p, "", nil)
		require.Equal(t, http.StatusBadRequest, status, p)
		assert.Equal(t, float64(400), body["status"], p)
	}
	commonErrors(t, s, path)
}

func TestReferenceData(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	status, _, body := s.do(t, http.MethodGet, "/v1/hmpps/reference-data", "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{}, body["errors"])
	d := data(t, body)
	prison := d["prisonReferenceData"].(map[string]any)
	assert.ElementsMatch(t, []string{"PHONE_TYPE", "ALERT_TYPE", "ETHNICITY", "GENDER"}, domainNames(prison), "NOMIS domains under the API's names")
	assert.Equal(t, []any{
		map[string]any{"code": "F", "description": "Female"}, map[string]any{"code": "M", "description": "Male"},
		map[string]any{"code": "NK", "description": "Not Known / Not Recorded"},
	}, prison["GENDER"])
	assert.Contains(t, prison["ALERT_TYPE"], map[string]any{"code": "X", "description": "Security"})
	probation := d["probationReferenceData"].(map[string]any)
	assert.Contains(t, probation["REGISTER_TYPE"], map[string]any{"code": "WRSM", "description": "Warrant/Summons - Outstanding warrant or summons"})
}

func domainNames(m map[string]any) []string {
	out := []string{}
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestGetPersonFromProbationAndPrison(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		d := data(t, body)
		assert.Equal(t, map[string]any{
			"firstName": "Arthur", "middleName": "James", "lastName": "Morgan", "dateOfBirth": "1979-06-14", "gender": "Male",
			"ethnicity":   "White: Eng./Welsh/Scot./N.Irish/British",
			"aliases":     []any{map[string]any{"firstName": "Arty", "lastName": "Morgan", "dateOfBirth": "1979-06-14", "gender": "Male"}},
			"identifiers": map[string]any{"nomisNumber": "A1234AA", "croNumber": "SF80/655108T", "deliusCrn": "X00001"},
			"pncId":       "2008/0545166T", "hmppsId": "X00001",
			"contactDetails": map[string]any{
				"phoneNumbers": []any{map[string]any{"number": "07700900123", "type": "MOBILE"}},
				"emails":       []any{"arthur.morgan@example.com"},
			},
			"currentRestriction": false, "currentExclusion": false, "underActiveSupervision": true,
		}, d["probationOffenderSearch"], "flat, with the supervision status: %s", id)
		prisoner := d["prisonerOffenderSearch"].(map[string]any)
		assert.Equal(t, map[string]any{"nomisNumber": "A1234AA", "croNumber": "SF80/655108T"}, prisoner["identifiers"], "prison does not know the CRN: %s", id)
		assert.Equal(t, []any{"ARTHUR", "MORGAN", nil}, []any{prisoner["firstName"], prisoner["lastName"], prisoner["hmppsId"]}, id)
	}

	// Probation only: the prisoner side is null. A limited access case shows its restriction.
	status, _, body := s.do(t, http.MethodGet, path("X00007"), "", nil)
	require.Equal(t, http.StatusOK, status)
	d := data(t, body)
	assert.Nil(t, d["prisonerOffenderSearch"])
	assert.Contains(t, d, "prisonerOffenderSearch", "null, not absent")
	probation := d["probationOffenderSearch"].(map[string]any)
	assert.Equal(t, []any{true, "This is a restricted record. Please contact a system administrator"}, []any{probation["currentRestriction"], probation["restrictionMessage"]})

	// Known to prison only: probation has no record, so 404.
	status, _, body = s.do(t, http.MethodGet, path("G8133UA"), "", nil)
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, personNotFound("G8133UA"), body)
	commonErrors(t, s, path)
}

func TestSearchPersons(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	search := func(query string) (int, map[string]any) {
		status, _, body := s.do(t, http.MethodGet, "/v1/persons?"+query, "", nil)
		return status, body
	}
	hmppsIDs := func(list []any) []any { return field(list, "hmppsId") }

	cases := []struct {
		name, query string
		nomis       []any // identifiers.nomisNumber, in order
		hmppsIDs    []any
		pagination  map[string]any
	}{
		{"prisoner hits youngest first, then probation hits", "last_name=Bloggs",
			[]any{"G8133UA", "A7777BB", "A7777BB"}, []any{nil, nil, "X00003"},
			map[string]any{"isLastPage": true, "count": float64(3), "page": float64(1), "perPage": float64(10), "totalCount": float64(3), "totalPages": float64(1)}},
		{"pages over the combined list", "last_name=Bloggs&perPage=2&page=2",
			[]any{"A7777BB"}, []any{"X00003"},
			map[string]any{"isLastPage": true, "count": float64(1), "page": float64(2), "perPage": float64(2), "totalCount": float64(3), "totalPages": float64(2)}},
		{"a PNC searches probation only", "pnc_number=2008%2F0545166T", []any{"A1234AA"}, []any{"X00001"}, nil},
		{"probation only person", "first_name=Sarah&last_name=Jenkins", []any{nil}, []any{"X00002"}, nil},
		{"by date of birth", "date_of_birth=1979-06-14", []any{"A1234AA", "A1234AA"}, []any{nil, "X00001"}, nil},
		{"nobody", "first_name=Nobody", []any{}, []any{}, emptyPage},
	}
	for _, c := range cases {
		status, body := search(c.query)
		require.Equal(t, http.StatusOK, status, c.name)
		found := items(t, body)
		assert.Equal(t, c.nomis, nomisNumbers(found), c.name)
		assert.Equal(t, c.hmppsIDs, hmppsIDs(found), c.name)
		if c.pagination != nil {
			assert.Equal(t, c.pagination, body["pagination"], c.name)
		}
	}

	// A probation hit is the flat probation record.
	_, body := search("pnc_number=2008%2F0545166T")
	assert.Equal(t, map[string]any{"nomisNumber": "A1234AA", "croNumber": "SF80/655108T", "deliusCrn": "X00001"}, items(t, body)[0].(map[string]any)["identifiers"])

	for _, query := range []string{"", "page=2", "first_name=%20", "search_within_aliases=true", "date_of_birth=14-06-1979", "last_name=Bloggs&perPage=0"} {
		status, body := search(query)
		require.Equal(t, http.StatusBadRequest, status, query)
		assert.Equal(t, float64(400), body["status"], query)
	}
}

func TestAddresses(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/addresses" }

	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, []any{
			// NOMIS: the premise is the name, the (empty) flat the number; usages then the address type.
			map[string]any{"name": "14", "street": "Hillside Road", "town": "Doncaster", "county": "South Yorkshire", "postcode": "DN1 2AB",
				"country": "England", "startDate": "2019-03-01", "noFixedAddress": false,
				"types": []any{map[string]any{"code": "HDC", "description": "HDC Address"}, map[string]any{"code": "HOME"}}},
			// Probation: the building name is the name, the address number the number.
			map[string]any{"number": "14", "street": "Hillside Road", "town": "Doncaster", "county": "South Yorkshire", "postcode": "DN1 2AB",
				"startDate": "2019-03-01", "noFixedAddress": false,
				"types": []any{map[string]any{"code": "A01A", "description": "Householder (Owner - freehold or leasehold)"}}},
		}, body["data"], "NOMIS first, then probation: %s", id)
	}
	status, _, body := s.do(t, http.MethodGet, path("A7777BB"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{"Elm Bank Approved Premises", "Elm Bank Approved Premises"}, field(items(t, body), "name"))

	// A prisoner with no addresses anywhere; a prison-filtered consumer sees only its prisons.
	status, _, body = s.do(t, http.MethodGet, path("G8133UA"), "", as("leeds-only"))
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{}, body["data"])
	status, _, body = s.do(t, http.MethodGet, path("X00001"), "", as("leeds-only"))
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, personNotFound("X00001"), body)

	// Probation only: the operation needs a prison record, as the original did.
	status, _, body = s.do(t, http.MethodGet, path("X00002"), "", nil)
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, personNotFound("X00002"), body)

	// prison-api fails for A5000EE.
	status, _, _ = s.do(t, http.MethodGet, path("A5000EE"), "", nil)
	assert.Equal(t, http.StatusInternalServerError, status)
	commonErrors(t, s, path)
}

func TestProbationReadsNeedPermission(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	// name-only may call /v1/persons/{hmppsId}/name and nothing else.
	for _, path := range []string{
		"/v1/persons/X00001/status-information", "/v1/persons/X00001/risks/mappadetail", "/v1/persons/X00001/risks/dynamic",
		"/v1/persons/X00001/person-responsible-officer", "/v1/persons/X00001/offences", "/v1/persons/X00001/risks/serious-harm",
		"/v1/persons/X00001/risks/scores", "/v1/persons/X00001/risk-management-plan", "/v1/persons/X00001/needs",
		"/v1/persons/X00001/licences/conditions", "/v1/epf/person-details/X00001/1", "/v1/hmpps/reference-data",
		"/v1/persons/X00001", "/v1/persons?last_name=Morgan", "/v1/persons/X00001/addresses",
	} {
		status, _, _ := s.do(t, http.MethodGet, path, "", as("name-only"))
		assert.Equal(t, http.StatusForbidden, status, path)
	}
}
