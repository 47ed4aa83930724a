package access_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
)

func TestPatternMatchesOperationTemplates(t *testing.T) {
	t.Parallel()
	tests := []struct {
		pattern, template string
		want              bool
	}{
		{"/v1/persons/{hmppsId}/name", "/v1/persons/{hmppsId}/name", true},
		{"/v1/persons/{id}/name", "/v1/persons/{hmppsId}/name", true}, // placeholder names do not matter
		{"/v1/persons/{id}", "/v1/persons/{encodedHmppsId}", true},    // ...so one grant covers both spellings
		{"/v1/persons/{hmppsId}/name", "/v1/persons/{hmppsId}/alerts", false},
		{"/v1/persons/{hmppsId}/name", "/v1/persons/{hmppsId}/name/more", false},
		{"/v1/persons/{hmppsId}/name", "/v1/persons/{hmppsId}", false},
		{"/v1/prison/{prisonId}", "/v1/prison/prisoners", false}, // a placeholder never matches a literal
		{"/v1/prison/prisoners", "/v1/prison/{prisonId}", false}, // nor a literal a placeholder
		{"/v1/prison/*/prisoners/{hmppsId}/balances", "/v1/prison/{prisonId}/prisoners/{hmppsId}/balances", true},
		{"/v1/*", "/v1/persons", true},
		{"/v1/*", "/v1/persons/{hmppsId}/name", false},
		{"/v1/**", "/v1/persons/{hmppsId}/name", true},
		{"/v1/**", "/v1", true},
		{"/v1/**", "/queue-admin/retry-all-dlqs", false},
		{"/v1/**", "/v10/persons", false},
		{"/health/**", "/health", true},
		{"/**", "/info", true},
		{"/v1/hmpps/reference-data", "/v1/hmpps/reference-data", true},
		{"/v1/hmpps/reference-data", "v1/hmpps/reference-data", false},
		{"/v1/hmpps/reference-data", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.pattern+" "+tt.template, func(t *testing.T) {
			t.Parallel()
			p, err := access.ParsePattern(tt.pattern)
			require.NoError(t, err)
			assert.Equal(t, tt.want, p.Matches(tt.template))
		})
	}
}

func TestParsePatternRejectsWhatCannotBeATemplate(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"":                            "must start with /",
		"v1/persons":                  "must start with /",
		"/v1/persons/.*/name":         "mixes text", // seed-era regular expressions are not templates
		"/v1/persons/":                "empty segment",
		"/v1//persons":                "empty segment",
		"/v1/**/name":                 "** may only be the last segment",
		"/v1/persons/{}/name":         "placeholder",
		"/v1/persons/{hmpps-id}/name": "placeholder",
		"/v1/persons/x{hmppsId}/name": "mixes text",
		"/v1/persons/{hmppsId/name":   "mixes text",
		"/v1/persons?x=1":             "without query",
		"/v1/persons/2008%2F0545166T": "percent-encoding",
		"/v1/persons/a*":              "mixes text",
	}
	for pattern, want := range tests {
		t.Run(pattern, func(t *testing.T) {
			t.Parallel()
			_, err := access.ParsePattern(pattern)
			require.Error(t, err)
			assert.Contains(t, err.Error(), want)
		})
	}
}

// FuzzMatch: no pattern or template, however odd, makes parsing or matching
// panic, and a plain template always grants itself.
func FuzzMatch(f *testing.F) {
	for _, seed := range [][2]string{
		{"/v1/persons/{hmppsId}/name", "/v1/persons/{hmppsId}/name"},
		{"/v1/**", "/v1/persons/{encodedHmppsId}"},
		{"/v1/*/x", "/v1/{a}/x"},
		{"/**", "/"},
		{"/{", "/{}"},
		{"/a/**", "/a//"},
		{"/\x00/*", "/\xff/{x"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, pattern, template string) {
		p, err := access.ParsePattern(pattern)
		if err != nil {
			return
		}
		_ = p.Matches(template)
		if !p.Matches(pattern) {
			t.Fatalf("pattern %q does not match itself as a template", pattern)
		}
		if strings.HasSuffix(pattern, "/**") && !p.Matches(strings.TrimSuffix(pattern, "/**")+"/x/{y}") {
			t.Fatalf("pattern %q does not match below itself", pattern)
		}
	})
}
