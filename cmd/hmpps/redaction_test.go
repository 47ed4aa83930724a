package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/simulator"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
)

// Component tests of the redaction policies: the built-in lao-redactions on
// a consumer's role, against the simulator's Limited Access Offender X00007
// (restricted), its unrestricted seed person X00001 and X00008, whose nDelius
// is broken.

// redactionConsumers: partner holds lao-redactions through its role;
// full-access calls the same operations with no policy.
const redactionConsumers = `
consumers:
  full-access:
    include: ["/v1/**"]
  partner:
    roles: [partner]
roles:
  partner:
    include: ["/v1/**"]
    redactionPolicies: [lao-redactions]
`

// startRedactionService starts the service with redactionConsumers, against
// world when given (the default world otherwise).
func startRedactionService(t *testing.T, world *simulator.World) *service {
	t.Helper()
	file := filepath.Join(t.TempDir(), "authorisation.yaml")
	require.NoError(t, os.WriteFile(file, []byte(redactionConsumers), 0o600))
	env := map[string]string{"AUTHORISATION_FILE": file}
	if world != nil {
		sim := httptest.NewServer(simulator.New(world))
		t.Cleanup(sim.Close)
		env["HMPPS_AUTH_URL"] = sim.URL + "/auth"
		for _, key := range upstreamEnv {
			env[key] = sim.URL
		}
	}
	return startService(t, store.SQLite, env)
}

// limitedAccessOffender is the 403 a partner gets for a reject rule.
func limitedAccessOffender(id string) map[string]any {
	msg := "Access to " + id + " is limited: the case is a Limited Access Offender's"
	return map[string]any{"status": float64(403), "errorCode": nil, "moreInfo": nil, "userMessage": msg, "developerMessage": msg}
}

// rejectPaths are the operations lao-redactions refuses for an LAO.
var rejectPaths = []string{"/risk-management-plan", "/risks/scores", "/risks/serious-harm", "/addresses"}

func TestLAORedactionsRejectLimitedAccessOffenders(t *testing.T) {
	t.Parallel()
	s := startRedactionService(t, nil)
	for _, op := range rejectPaths {
		status, _, body := s.do(t, http.MethodGet, "/v1/persons/X00007"+op, "", as("partner"))
		assert.Equal(t, http.StatusForbidden, status, op)
		assert.Equal(t, limitedAccessOffender("X00007"), body, op)

		// Without the policy, the operation answers as it always has: ARNS
		// itself refuses the plan; addresses come from prison records, which
		// this probation-only person has none of.
		status, _, body = s.do(t, http.MethodGet, "/v1/persons/X00007"+op, "", as("full-access"))
		switch op {
		case "/risk-management-plan":
			assert.Equal(t, http.StatusForbidden, status, op)
			assert.Contains(t, body["userMessage"], "Forbidden to complete action by upstream service", op)
		case "/addresses":
			assert.Equal(t, personNotFound("X00007"), body, op)
		default:
			assert.Equal(t, http.StatusOK, status, "%s: %v", op, body)
		}

		// The same request for someone nDelius does not limit is untouched.
		for _, id := range seedIDs {
			wantStatus, _, want := s.do(t, http.MethodGet, "/v1/persons/"+id+op, "", as("full-access"))
			status, _, body = s.do(t, http.MethodGet, "/v1/persons/"+id+op, "", as("partner"))
			assert.Equal(t, http.StatusOK, wantStatus, "%s %s", id, op)
			assert.Equal(t, wantStatus, status, "%s %s", id, op)
			assert.Equal(t, want, body, "%s %s", id, op)
		}
	}
	// A person the partner could not see anyway keeps the operation's own 404.
	status, _, body := s.do(t, http.MethodGet, "/v1/persons/X99999/risks/scores", "", as("partner"))
	assert.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, personNotFound("X99999"), body)
}

func TestLAORedactionsMaskNotes(t *testing.T) {
	t.Parallel()
	s := startRedactionService(t, nil)
	const path = "/v1/persons/X00007/risks/mappadetail"
	_, _, open := s.do(t, http.MethodGet, path, "", as("full-access"))
	require.Equal(t, "Restricted: see the case owner.", data(t, open)["notes"], "the policy is all that hides it")

	status, _, body := s.do(t, http.MethodGet, path, "", as("partner"))
	require.Equal(t, http.StatusOK, status)
	want := data(t, open)
	want["notes"] = "**REDACTED**"
	assert.Equal(t, map[string]any{"data": want}, body)

	_, _, open = s.do(t, http.MethodGet, "/v1/persons/X00001/risks/mappadetail", "", as("full-access"))
	_, _, body = s.do(t, http.MethodGet, "/v1/persons/X00001/risks/mappadetail", "", as("partner"))
	assert.Equal(t, open, body)
	assert.NotEqual(t, "**REDACTED**", data(t, body)["notes"])
}

func TestLAORedactionsRemovePersonalDetails(t *testing.T) {
	t.Parallel()
	s := startRedactionService(t, nil)
	personal := []string{"gender", "ethnicity", "contactDetails"}

	_, _, open := s.do(t, http.MethodGet, "/v1/persons/X00007", "", as("full-access"))
	status, _, body := s.do(t, http.MethodGet, "/v1/persons/X00007", "", as("partner"))
	require.Equal(t, http.StatusOK, status)
	want := data(t, open)["probationOffenderSearch"].(map[string]any)
	for _, f := range personal {
		require.Contains(t, want, f, "full-access sees %s", f)
		delete(want, f)
	}
	assert.Equal(t, map[string]any{"prisonerOffenderSearch": nil, "probationOffenderSearch": want}, data(t, body))

	// Search: the LAO's entry loses the fields, everyone else's keeps them.
	_, _, open = s.do(t, http.MethodGet, "/v1/persons?last_name=Price", "", as("full-access"))
	status, _, body = s.do(t, http.MethodGet, "/v1/persons?last_name=Price", "", as("partner"))
	require.Equal(t, http.StatusOK, status)
	found := items(t, open)
	require.Len(t, found, 1)
	for _, f := range personal {
		delete(found[0].(map[string]any), f)
	}
	assert.Equal(t, open, body)

	for _, path := range []string{"/v1/persons/X00001", "/v1/persons?last_name=Morgan"} {
		_, _, open = s.do(t, http.MethodGet, path, "", as("full-access"))
		_, _, body = s.do(t, http.MethodGet, path, "", as("partner"))
		assert.Equal(t, open, body, path)
	}
}

// TestLAORedactionsOnTheSeedPersonsRecords makes the seed person a Limited
// Access Offender (excluded), so every mask and remove rule meets real data:
// alerts, licence conditions, dynamic risks and status information.
func TestLAORedactionsOnTheSeedPersonsRecords(t *testing.T) {
	t.Parallel()
	world := simulator.DefaultWorld()
	seed := world.ByCRN("X00001")
	seed.Probation.LAO = &simulator.LimitedAccess{Excluded: true, ExclusionMessage: "You are excluded from viewing this case"}
	s := startRedactionService(t, world)

	tests := []struct {
		path   string
		list   func(t *testing.T, body map[string]any) []any
		fields []string
		mask   bool
	}{
		{"/v1/persons/A1234AA/alerts", items, []string{"type", "typeDescription", "dateExpired", "expired", "active"}, false},
		{"/v1/persons/X00001/risks/dynamic", items, []string{"notes"}, true},
		{"/v1/persons/X00001/status-information", items, []string{"notes"}, true},
		{"/v1/persons/X00001/licences/conditions", func(t *testing.T, body map[string]any) []any {
			return data(t, body)["licences"].([]any)[0].(map[string]any)["conditions"].([]any)
		}, []string{"condition"}, true},
	}
	for _, tt := range tests {
		_, _, open := s.do(t, http.MethodGet, tt.path, "", as("full-access"))
		status, _, body := s.do(t, http.MethodGet, tt.path, "", as("partner"))
		require.Equal(t, http.StatusOK, status, tt.path)
		want := tt.list(t, open)
		require.NotEmpty(t, want, tt.path)
		touched := 0
		for _, item := range want {
			entry := item.(map[string]any)
			for _, f := range tt.fields {
				if _, ok := entry[f]; !ok {
					continue
				}
				touched++
				if tt.mask {
					entry[f] = "**REDACTED**"
				} else {
					delete(entry, f)
				}
			}
		}
		require.Positive(t, touched, "full-access sees the fields of %s", tt.path)
		assert.Equal(t, open, body, tt.path)
	}
	for _, op := range rejectPaths {
		status, _, body := s.do(t, http.MethodGet, "/v1/persons/2008%2F0545166T"+op, "", as("partner"))
		assert.Equal(t, http.StatusForbidden, status, op)
		assert.Equal(t, limitedAccessOffender("2008/0545166T"), body, "any id shape reaches the case: %s", op)
	}
}

func TestLAOCheckFailureIsA500(t *testing.T) {
	t.Parallel()
	s := startRedactionService(t, nil)
	// Before the operation (a reject rule), and after it (a remove rule on a
	// response the operation served).
	for _, path := range []string{"/v1/persons/X00008/risks/scores", "/v1/persons/X00008"} {
		status, _, body := s.do(t, http.MethodGet, path, "", as("partner"))
		require.Equal(t, http.StatusInternalServerError, status, "%s: %v", path, body)
		assert.Equal(t, "Unable to complete request as an upstream service is not responding", body["userMessage"], path)
		assert.Equal(t, float64(500), body["status"], path)
	}
	status, _, _ := s.do(t, http.MethodGet, "/v1/persons/X00008", "", as("full-access"))
	assert.Equal(t, http.StatusOK, status, "without the policy nDelius's access check is never asked")
}
