package access_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// operations stands in for the spec's path templates.
var operations = []string{
	"/v1/persons/{hmppsId}/name",
	"/v1/persons/{hmppsId}/alerts",
	"/v1/persons/{encodedHmppsId}",
	"/v1/prison/prisoners",
	"/v1/prison/prisoners/{hmppsId}",
	"/v1/prison/{prisonId}/prisoners/{hmppsId}/balances",
	"/v1/hmpps/reference-data",
	"/queue-admin/retry-all-dlqs",
	"/queue-admin/retry-dlq/{dlqName}",
	"/health/ping",
}

func testPolicy(t *testing.T) *access.Policy {
	t.Helper()
	policy, err := access.NewPolicy(access.Config{
		Consumers: []access.Consumer{
			{Name: "everything", Include: []string{"/**"}},
			{Name: "private-prison", Roles: []string{"private-prison"}, Include: []string{"/v1/hmpps/reference-data"},
				Filters: access.Filters{Prisons: []string{"MDI"}}},
			{Name: "nothing"},
			{Name: "operator", Roles: []string{access.QueueAdminRole}},
		},
		Roles: []access.Role{
			{Name: "private-prison", Include: []string{"/v1/prison/prisoners/{hmppsId}", "/v1/persons/{hmppsId}/name"}},
			{Name: access.QueueAdminRole, Include: []string{"/queue-admin/**"}},
		},
	}, operations)
	require.NoError(t, err)
	return policy
}

func TestAuthoriseDeniesByDefault(t *testing.T) {
	t.Parallel()
	policy := testPolicy(t)
	tests := []struct {
		consumer, template string
		want               access.Outcome
	}{
		{"everything", "/v1/persons/{hmppsId}/alerts", access.Allowed},
		{"everything", "/v1/persons/{encodedHmppsId}", access.Allowed},
		{"everything", "/queue-admin/retry-all-dlqs", access.NotGranted}, // queue admin needs the role, not just a grant
		{"private-prison", "/v1/persons/{hmppsId}/name", access.Allowed}, // through its role
		{"private-prison", "/v1/prison/prisoners/{hmppsId}", access.Allowed},
		{"private-prison", "/v1/hmpps/reference-data", access.Allowed}, // its own include
		{"private-prison", "/v1/persons/{hmppsId}/alerts", access.NotGranted},
		{"private-prison", "/v1/prison/prisoners", access.NotGranted},
		{"nothing", "/v1/hmpps/reference-data", access.NotGranted},
		{"nothing", "/health/ping", access.NotGranted},
		{"operator", "/queue-admin/retry-dlq/{dlqName}", access.Allowed},
		{"operator", "/v1/persons/{hmppsId}/name", access.NotGranted},
		{"stranger", "/v1/persons/{hmppsId}/name", access.UnknownConsumer},
		{"", "/v1/persons/{hmppsId}/name", access.NoIdentity},
	}
	for _, tt := range tests {
		t.Run(tt.consumer+" "+tt.template, func(t *testing.T) {
			t.Parallel()
			d := policy.Authorise(tt.consumer, tt.template)
			assert.Equal(t, tt.want, d.Outcome)
			assert.Equal(t, tt.want == access.Allowed, d.Allowed())
			if tt.want == access.Allowed {
				assert.NoError(t, d.Err("/x"))
			} else {
				assert.True(t, apperr.Is(d.Err("/x"), apperr.Denied))
			}
		})
	}
}

func TestDecisionCarriesTheConsumersFiltersAndSaysWhyNot(t *testing.T) {
	t.Parallel()
	policy := testPolicy(t)

	d := policy.Authorise("private-prison", "/v1/prison/prisoners/{hmppsId}")
	assert.Equal(t, []string{"MDI"}, d.Consumer.Filters.Prisons)
	assert.Nil(t, policy.Authorise("everything", "/v1/prison/prisoners").Consumer.Filters.Prisons)

	// An unknown consumer and an ungranted path read the same, so names cannot be probed.
	assert.EqualError(t, policy.Authorise("stranger", "/v1/persons/{hmppsId}/name").Err("/v1/persons/A1234AA/name"),
		"denied: Unable to authorise /v1/persons/A1234AA/name for stranger")
	assert.EqualError(t, policy.Authorise("nothing", "/v1/persons/{hmppsId}/name").Err("/v1/persons/A1234AA/name"),
		"denied: Unable to authorise /v1/persons/A1234AA/name for nothing")
}

func TestNewPolicyRefusesAnInvalidConfiguration(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		cfg  access.Config
		want []string
	}{
		"unknown role": {
			cfg:  access.Config{Consumers: []access.Consumer{{Name: "a", Roles: []string{"privat-prison"}}}},
			want: []string{`consumer "a": role "privat-prison" is not defined under roles`},
		},
		"pattern matching no operation": {
			cfg:  access.Config{Consumers: []access.Consumer{{Name: "a", Include: []string{"/v1/persons/{hmppsId}/nickname"}}}},
			want: []string{`consumer "a": include "/v1/persons/{hmppsId}/nickname" matches no operation of the API`},
		},
		"role pattern matching no operation": {
			cfg: access.Config{
				Consumers: []access.Consumer{{Name: "a", Roles: []string{"r"}}},
				Roles:     []access.Role{{Name: "r", Include: []string{"/v2/**"}}},
			},
			want: []string{`role "r": include "/v2/**" matches no operation of the API`},
		},
		"seed-era regular expression": {
			cfg:  access.Config{Consumers: []access.Consumer{{Name: "a", Include: []string{"/v1/persons/.*/name"}}}},
			want: []string{`consumer "a": include "/v1/persons/.*/name": segment ".*" mixes text`},
		},
		"duplicate consumer": {
			cfg:  access.Config{Consumers: []access.Consumer{{Name: "a"}, {Name: "a"}}},
			want: []string{`consumer "a" is defined more than once`},
		},
		"duplicate role": {
			cfg:  access.Config{Roles: []access.Role{{Name: "r"}, {Name: "r"}}},
			want: []string{`role "r" is defined more than once`},
		},
		"blank names": {
			cfg:  access.Config{Consumers: []access.Consumer{{Name: " a"}}, Roles: []access.Role{{Name: ""}}},
			want: []string{"a role has no name", `consumer " a": a consumer name must be non-empty`}, // roles are checked first
		},
		"blank prison": {
			cfg:  access.Config{Consumers: []access.Consumer{{Name: "a", Filters: access.Filters{Prisons: []string{"MDI", " "}}}}},
			want: []string{`consumer "a": filters.prisons has a blank entry`},
		},
		"useless rate limit": {
			cfg: access.Config{Consumers: []access.Consumer{
				{Name: "a", RateLimit: &access.RateLimit{PerSecond: 0, Burst: 5}},
				{Name: "b", RateLimit: &access.RateLimit{PerSecond: 5, Burst: 0}},
			}},
			want: []string{`consumer "a": rate limit`, `consumer "b": rate limit`},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := access.NewPolicy(tt.cfg, operations)
			var cfgErr *access.ConfigError
			require.ErrorAs(t, err, &cfgErr)
			require.Len(t, cfgErr.Problems, len(tt.want), "%v", cfgErr.Problems)
			for i, want := range tt.want {
				assert.Contains(t, cfgErr.Problems[i], want)
			}
			assert.Contains(t, err.Error(), "invalid authorisation configuration")
		})
	}
}

func TestCheckRouteAppliesThePrisonsFilterToThePath(t *testing.T) {
	t.Parallel()
	const balances = "/v1/prison/{prisonId}/prisoners/{hmppsId}/balances"
	mdi := access.Filters{Prisons: []string{"MDI"}}
	none := access.Filters{Prisons: []string{}}
	tests := []struct {
		name     string
		filters  access.Filters
		template string
		params   map[string]string
		want     apperr.Kind
		message  string
	}{
		{"listed prison", mdi, balances, map[string]string{"prisonId": "MDI", "hmppsId": "A1234AA"}, 0, ""},
		{"no filter", access.Unrestricted, balances, map[string]string{"prisonId": "MKI", "hmppsId": "A1234AA"}, 0, ""},
		{"unlisted prison hides the person", mdi, balances, map[string]string{"prisonId": "MKI", "hmppsId": "A1234AA"},
			apperr.NotFound, "Could not find person with HMPPS id: A1234AA."},
		{"unlisted prison without a person", mdi, "/v1/prison/{prisonId}/visit/search", map[string]string{"prisonId": "MKI"},
			apperr.NotFound, "Could not find prison with id: MKI."},
		{"no prisons at all", none, balances, map[string]string{"prisonId": "MDI", "hmppsId": "A1234AA"}, apperr.NotFound, ""},
		{"prisoner search with no prisons", none, access.PrisonerSearchTemplate, nil,
			apperr.Denied, "Consumer configured with no access to any prisons"},
		{"prisoner search with some prisons", mdi, access.PrisonerSearchTemplate, nil, 0, ""},
		{"person path is left to the resolver", mdi, "/v1/persons/{hmppsId}/name", map[string]string{"hmppsId": "A1234AA"}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := tt.filters.CheckRoute(tt.template, tt.params)
			if tt.want == 0 {
				assert.NoError(t, err)
				return
			}
			e, ok := apperr.As(err)
			require.True(t, ok, "%v", err)
			assert.Equal(t, tt.want, e.Kind)
			if tt.message != "" {
				assert.Equal(t, tt.message, e.Message)
			}
		})
	}
}
