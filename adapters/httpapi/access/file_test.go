package access_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/access"
)

func TestShippedSampleFileIsValid(t *testing.T) {
	t.Parallel()
	policy, err := access.LoadFile("../../../cmd/hmpps/config/authorisation.yaml")
	require.NoError(t, err)
	var names []string
	for _, c := range policy.Consumers() {
		names = append(names, c.Name)
	}
	assert.Equal(t, []string{"full-access", "kubernetes-health-check-client", "private-prison", "probation-partner", "queue-admin", "reference-only"}, names)

	for _, tt := range []struct {
		consumer, template string
		allowed            bool
	}{
		{"full-access", "/v1/persons/{encodedHmppsId}/risks/scores", true},
		{"full-access", "/queue-admin/retry-all-dlqs", false},
		{"reference-only", "/v1/hmpps/reference-data", true},
		{"reference-only", "/v1/persons/{hmppsId}/name", false},
		{"private-prison", "/v1/prison/prisoners/{hmppsId}", true},
		{"private-prison", "/v1/prison/{prisonId}/prisoners/{hmppsId}/balances", true},
		{"private-prison", "/v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/transfer", true},
		{"private-prison", "/v1/persons/{hmppsId}/name", true},
		{"private-prison", "/v1/persons/{hmppsId}/alerts", false},
		{"queue-admin", "/queue-admin/purge-queue/{queueName}", true},
		{"queue-admin", "/v1/hmpps/reference-data", false},
		{"probation-partner", "/v1/persons/{encodedHmppsId}/risks/scores", true},
		{"probation-partner", "/v1/prison/prisoners/{hmppsId}", false},
	} {
		assert.Equal(t, tt.allowed, policy.Authorise(tt.consumer, tt.template).Allowed(), "%s %s", tt.consumer, tt.template)
	}
	// Only the partner's responses are redacted.
	assert.False(t, policy.Authorise("probation-partner", "/v1/persons/{encodedHmppsId}/risks/scores").Redactions.Empty())
	assert.True(t, policy.Authorise("full-access", "/v1/persons/{encodedHmppsId}/risks/scores").Redactions.Empty())
	assert.Equal(t, []string{"MDI"}, policy.Authorise("private-prison", "/v1/persons/{hmppsId}/name").Consumer.Filters.Prisons)
}

func TestParseReadsTheFileFormat(t *testing.T) {
	t.Parallel()
	ops := []string{"/v1/persons/{hmppsId}/name", "/v1/prison/prisoners"}
	policy, err := access.Parse([]byte(`
clients:               # another reader's section: ignored
  moves-supplier: {secret: x}
consumers:
  all-prisons:
    include: ["/v1/**"]
  null-prisons:
    include: ["/v1/**"]
    filters:
      prisons:
  no-prisons:
    include: ["/v1/**"]
    filters:
      prisons: []
  some-prisons:
    roles: [names]
    filters: {prisons: [MDI, LEI]}
    rateLimit: {perSecond: 2.5, burst: 5}
roles:
  names:
    include: ["/v1/persons/{hmppsId}/name"]
`), ops)
	require.NoError(t, err)
	filters := func(name string) []string {
		return policy.Authorise(name, "/v1/persons/{hmppsId}/name").Consumer.Filters.Prisons
	}
	assert.Nil(t, filters("all-prisons"), "absent = every prison")
	assert.Nil(t, filters("null-prisons"), "null = every prison")
	assert.NotNil(t, filters("no-prisons"), "[] = no prison")
	assert.Empty(t, filters("no-prisons"))
	assert.Equal(t, []string{"MDI", "LEI"}, filters("some-prisons"))
	some := policy.Authorise("some-prisons", "/v1/persons/{hmppsId}/name")
	assert.True(t, some.Allowed())
	require.NotNil(t, some.Consumer.RateLimit)
	assert.Equal(t, 2.5, some.Consumer.RateLimit.PerSecond)
	assert.Equal(t, 5, some.Consumer.RateLimit.Burst)
}

func TestParseReadsRedactionPolicies(t *testing.T) {
	t.Parallel()
	ops := []string{"/v1/persons/{hmppsId}/name", "/v1/persons/{hmppsId}/alerts"}
	policy, err := access.Parse([]byte(`
redactionPolicies:
  no-alert-comments:
    rules:
      - paths: ["/v1/persons/{hmppsId}/alerts"]
        action: mask
        fields: ["$..comment"]
roles:
  reader:
    include: ["/v1/**"]
    redactionPolicies: [no-alert-comments]
consumers:
  a: {roles: [reader]}
  b: {include: ["/v1/**"]}
`), ops)
	require.NoError(t, err)
	assert.False(t, policy.Authorise("a", "/v1/persons/{hmppsId}/alerts").Redactions.Empty())
	assert.True(t, policy.Authorise("a", "/v1/persons/{hmppsId}/name").Redactions.Empty())
	assert.True(t, policy.Authorise("b", "/v1/persons/{hmppsId}/alerts").Redactions.Empty())
}

func TestParseRefusesABadFile(t *testing.T) {
	t.Parallel()
	ops := []string{"/v1/persons/{hmppsId}/name"}
	tests := map[string]struct{ file, want string }{
		"empty":             {"", "the file is empty"},
		"not yaml":          {"consumers: [", "yaml"},
		"misspelt key":      {"consumers:\n  a:\n    includes: [/v1/**]\n", "field includes not found"},
		"duplicate":         {"consumers:\n  a: {}\n  a: {}\n", `mapping key "a" already defined`},
		"unknown role":      {"consumers:\n  a: {roles: [ghost]}\n", `role "ghost" is not defined under roles`},
		"no such op":        {"consumers:\n  a: {include: [\"/v1/persons/{hmppsId}/nickname\"]}\n", "matches no operation"},
		"prisons not list":  {"consumers:\n  a: {filters: {prisons: MDI}}\n", "cannot unmarshal"},
		"unknown policy":    {"roles:\n  r: {redactionPolicies: [ghost]}\n", `redaction policy "ghost" is neither built in nor defined`},
		"misspelt rule key": {"redactionPolicies:\n  p:\n    rules: [{path: [/v1/**], action: reject}]\n", "field path not found"},
		"bad rule": {"redactionPolicies:\n  p:\n    rules: [{paths: [/v1/**], action: hide}]\n",
			`redaction policy "p" rule 1: action "hide"`},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := access.Parse([]byte(tt.file), ops)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestLoadFileNamesTheFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "auth.yaml")
	require.NoError(t, os.WriteFile(path, []byte("consumers:\n  a: {roles: [ghost]}\n"), 0o600))
	_, err := access.LoadFile(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), path)

	_, err = access.LoadFile(filepath.Join(t.TempDir(), "missing.yaml"))
	assert.ErrorContains(t, err, "no such file")
}
