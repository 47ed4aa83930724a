package access_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

func decodeJSON(t *testing.T, text string) any {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal([]byte(text), &v))
	return v
}

func TestFieldPathsMaskAndRemove(t *testing.T) {
	t.Parallel()
	const doc = `{"data":[
		{"notes":"a","type":"X","nested":{"notes":null,"deeper":[{"notes":"b"}]}},
		{"type":"Y","list":[{"notes":{"notes":"inner"}}]}
	],"pagination":{"page":1}}`
	tests := []struct {
		name, field string
		action      access.Action
		want        string
	}{
		{"mask everywhere, nulls too, without descending into a masked value", "$..notes", access.Mask, `{"data":[
			{"notes":"**REDACTED**","type":"X","nested":{"notes":"**REDACTED**","deeper":[{"notes":"**REDACTED**"}]}},
			{"type":"Y","list":[{"notes":"**REDACTED**"}]}
		],"pagination":{"page":1}}`},
		{"remove everywhere", "$..notes", access.Remove, `{"data":[
			{"type":"X","nested":{"deeper":[{}]}},
			{"type":"Y","list":[{}]}
		],"pagination":{"page":1}}`},
		{"a rooted path goes through lists", "$.data.type", access.Remove, `{"data":[
			{"notes":"a","nested":{"notes":null,"deeper":[{"notes":"b"}]}},
			{"list":[{"notes":{"notes":"inner"}}]}
		],"pagination":{"page":1}}`},
		{"a rooted path touches only its own depth", "$.data.nested.notes", access.Mask, `{"data":[
			{"notes":"a","type":"X","nested":{"notes":"**REDACTED**","deeper":[{"notes":"b"}]}},
			{"type":"Y","list":[{"notes":{"notes":"inner"}}]}
		],"pagination":{"page":1}}`},
		{"a field that is not there changes nothing", "$..gender", access.Remove, doc},
		{"a rooted path that is not there changes nothing", "$.pagination.page.x", access.Mask, doc},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, err := access.ParseFieldPath(tt.field)
			require.NoError(t, err)
			got := decodeJSON(t, doc)
			if tt.action == access.Mask {
				f.Mask(got)
			} else {
				f.Remove(got)
			}
			assert.Equal(t, decodeJSON(t, tt.want), got)
		})
	}
}

func TestParseFieldPathRejectsOtherJSONPath(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"", "notes", "$", "$.", "$..", "$..a.b", "$.a[0]", "$..*", "$.a..b", "$['a']", "$.a b"} {
		_, err := access.ParseFieldPath(text)
		assert.Error(t, err, text)
	}
	f, err := access.ParseFieldPath("$.data.contactDetails")
	require.NoError(t, err)
	assert.Equal(t, "$.data.contactDetails", f.String())
}

// redactionOps stand in for the spec's path templates.
var redactionOps = []string{
	"/v1/persons",
	"/v1/persons/{encodedHmppsId}",
	"/v1/persons/{hmppsId}/name",
	"/v1/persons/{hmppsId}/alerts",
	"/v1/persons/{hmppsId}/addresses",
	"/v1/persons/{encodedHmppsId}/risks/scores",
	"/v1/persons/{encodedHmppsId}/risks/serious-harm",
	"/v1/persons/{encodedHmppsId}/risk-management-plan",
	"/v1/persons/{encodedHmppsId}/risks/mappadetail",
	"/v1/persons/{encodedHmppsId}/risks/dynamic",
	"/v1/persons/{encodedHmppsId}/status-information",
	"/v1/persons/{encodedHmppsId}/licences/conditions",
	"/v1/hmpps/reference-data",
}

func TestNewPolicyValidatesRedactionPolicies(t *testing.T) {
	t.Parallel()
	role := func(policies ...string) []access.Role {
		return []access.Role{{Name: "r", Include: []string{"/v1/**"}, RedactionPolicies: policies}}
	}
	rules := func(r ...access.RedactionRule) []access.RedactionPolicy {
		return []access.RedactionPolicy{{Name: "p", Rules: r}}
	}
	tests := map[string]struct {
		cfg  access.Config
		want []string
	}{
		"unknown policy": {
			cfg:  access.Config{Roles: role("lao-redaction")},
			want: []string{`role "r": redaction policy "lao-redaction" is neither built in nor defined under redactionPolicies`},
		},
		"built-in redefined": {
			cfg:  access.Config{RedactionPolicies: []access.RedactionPolicy{{Name: access.LAORedactions}}},
			want: []string{`redaction policy "lao-redactions" is built in and cannot be redefined`},
		},
		"duplicate and nameless policies, a policy without rules": {
			cfg: access.Config{RedactionPolicies: []access.RedactionPolicy{
				{Name: "p", Rules: []access.RedactionRule{{Paths: []string{"/v1/persons"}, Action: access.Reject}}},
				{Name: "p"}, {Name: " "}, {Name: "q"},
			}},
			want: []string{`redaction policy "p" is defined more than once`, "a redaction policy has no name", `redaction policy "q" has no rules`},
		},
		"unknown action": {
			cfg:  access.Config{RedactionPolicies: rules(access.RedactionRule{Paths: []string{"/v1/persons"}, Action: "hide", Fields: []string{"$..x"}})},
			want: []string{`redaction policy "p" rule 1: action "hide": want reject, mask or remove`},
		},
		"fields where none belong, none where needed, bad syntax": {
			cfg: access.Config{RedactionPolicies: rules(
				access.RedactionRule{Paths: []string{"/v1/persons"}, Action: access.Reject, Fields: []string{"$..x"}},
				access.RedactionRule{Paths: []string{"/v1/persons"}, Action: access.Mask},
				access.RedactionRule{Paths: []string{"/v1/persons"}, Action: access.Remove, Fields: []string{"$.x[0]"}},
			)},
			want: []string{
				`redaction policy "p" rule 1: reject takes no fields`, `redaction policy "p" rule 2: mask needs fields`,
				`redaction policy "p" rule 3: field "$.x[0]"`,
			},
		},
		"paths": {
			cfg: access.Config{RedactionPolicies: rules(
				access.RedactionRule{Action: access.Reject},
				access.RedactionRule{Paths: []string{"/v1/persons/{hmppsId}/nickname", "/v1/persons/.*"}, Action: access.Reject},
				access.RedactionRule{Paths: []string{"/v1/persons/**"}, Action: access.Reject, LAOOnly: true},
			)},
			want: []string{
				`redaction policy "p" rule 1 has no paths`,
				`redaction policy "p" rule 2: path "/v1/persons/{hmppsId}/nickname" matches no operation of the API`,
				`redaction policy "p" rule 2: path "/v1/persons/.*"`,
				`redaction policy "p" rule 3: path "/v1/persons/**": a laoOnly reject needs a person in the path, and /v1/persons has none`,
			},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := access.NewPolicy(tt.cfg, redactionOps)
			var cfgErr *access.ConfigError
			require.ErrorAs(t, err, &cfgErr)
			require.Len(t, cfgErr.Problems, len(tt.want), "%v", cfgErr.Problems)
			for i, want := range tt.want {
				assert.Contains(t, cfgErr.Problems[i], want)
			}
		})
	}
}

func TestBuiltInPolicyFitsTheOperationsItNames(t *testing.T) {
	t.Parallel()
	_, err := access.NewPolicy(access.Config{
		Roles: []access.Role{{Name: "r", RedactionPolicies: []string{access.LAORedactions}}},
	}, redactionOps)
	require.NoError(t, err)

	// A file that names no built-in policy is not checked against operations
	// the built-in ones name.
	_, err = access.NewPolicy(access.Config{Consumers: []access.Consumer{{Name: "a", Include: []string{"/v1/persons"}}}},
		[]string{"/v1/persons"})
	require.NoError(t, err)
}

// caseAccess is nDelius's access check over a fixed set of limited CRNs.
type caseAccess struct {
	limited map[string]person.CaseAccess
	known   []string
	err     error
	asked   [][]string
}

func (c *caseAccess) CaseAccess(_ context.Context, crns []string) (map[string]person.CaseAccess, error) {
	c.asked = append(c.asked, crns)
	if c.err != nil {
		return nil, c.err
	}
	out := map[string]person.CaseAccess{}
	for _, crn := range crns {
		if a, ok := c.limited[crn]; ok {
			out[crn] = a
			continue
		}
		for _, k := range c.known {
			if k == crn {
				out[crn] = person.CaseAccess{}
			}
		}
	}
	return out, nil
}

// people resolves ids by a fixed table; X-less ids are prison-only.
type people struct {
	ids     map[string]person.Identity
	err     error
	filters []access.Filters
}

func (p *people) ResolveWithin(_ context.Context, filters access.Filters, raw string) (person.Identity, error) {
	p.filters = append(p.filters, filters)
	if p.err != nil {
		return person.Identity{}, p.err
	}
	if _, err := person.ParseID(raw); err != nil {
		return person.Identity{}, err
	}
	id, ok := p.ids[raw]
	if !ok {
		return person.Identity{}, person.NotFound(raw)
	}
	return id, nil
}

func probationCase(crn string) person.Identity {
	return person.Identity{Probation: &person.ProbationCase{CRN: crn}}
}

type laoFixture struct {
	policy *access.Policy
	cases  *caseAccess
	people *people
	lao    *access.LimitedAccess
}

func newLAOFixture(t *testing.T) *laoFixture {
	t.Helper()
	policy, err := access.NewPolicy(access.Config{
		Consumers: []access.Consumer{
			{Name: "partner", Roles: []string{"partner"}},
			{Name: "plain", Include: []string{"/v1/**"}},
		},
		Roles: []access.Role{{Name: "partner", Include: []string{"/v1/**"}, RedactionPolicies: []string{access.LAORedactions}}},
	}, redactionOps)
	require.NoError(t, err)
	f := &laoFixture{
		policy: policy,
		cases: &caseAccess{
			limited: map[string]person.CaseAccess{"X00007": {Restricted: true}, "X00009": {Excluded: true}},
			known:   []string{"X00001"},
		},
		people: &people{ids: map[string]person.Identity{
			"X00001":  probationCase("X00001"),
			"A1234AA": probationCase("X00001"),
			"X00007":  probationCase("X00007"),
			"X00009":  probationCase("X00009"),
			"X00010":  probationCase("X00010"), // resolvable, but nDelius has no answer
			"G8133UA": {Prisoner: &person.Prisoner{NomisNumber: "G8133UA"}},
		}},
	}
	f.lao = access.NewLimitedAccess(f.people, f.cases)
	return f
}

func (f *laoFixture) begin(consumer, template string, params map[string]string) *access.Redaction {
	d := f.policy.Authorise(consumer, template)
	return f.lao.Begin(d.Redactions, d.Consumer.Filters, params)
}

func TestOnlyConsumersWithAPolicyOnAMatchingOperationAreRedacted(t *testing.T) {
	t.Parallel()
	f := newLAOFixture(t)
	assert.False(t, f.policy.Authorise("partner", "/v1/persons/{encodedHmppsId}/risks/scores").Redactions.Empty())
	assert.True(t, f.policy.Authorise("partner", "/v1/persons/{hmppsId}/name").Redactions.Empty(), "no rule names it")
	assert.True(t, f.policy.Authorise("plain", "/v1/persons/{encodedHmppsId}/risks/scores").Redactions.Empty(), "no policy")
	assert.True(t, f.policy.Redacts())
}

func TestRefusalRejectsLimitedAccessOffendersOnly(t *testing.T) {
	t.Parallel()
	const scores = "/v1/persons/{encodedHmppsId}/risks/scores"
	tests := []struct {
		id       string
		refused  bool
		asksCase bool
	}{
		{"X00007", true, true},    // restricted
		{"X00009", true, true},    // excluded
		{"X00001", false, true},   // unlimited
		{"A1234AA", false, true},  // any id shape reaches the CRN
		{"G8133UA", false, false}, // prison only: no probation case to limit
		{"Z9999ZZ", false, false}, // unknown: the operation answers 404 itself
		{"bogus", false, false},   // no known shape: the operation answers 400 itself
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			t.Parallel()
			f := newLAOFixture(t)
			err := f.begin("partner", scores, map[string]string{"encodedHmppsId": tt.id}).Refusal(context.Background())
			if tt.refused {
				assert.True(t, apperr.Is(err, apperr.Denied), "%v", err)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, tt.asksCase, len(f.cases.asked) == 1, "asked nDelius: %v", f.cases.asked)
		})
	}
}

func TestRefusalFailsWhenLAOStatusIsUnknown(t *testing.T) {
	t.Parallel()
	const scores = "/v1/persons/{encodedHmppsId}/risks/scores"
	f := newLAOFixture(t)
	// nDelius does not answer for the CRN: never guessed, an upstream failure.
	err := f.begin("partner", scores, map[string]string{"encodedHmppsId": "X00010"}).Refusal(context.Background())
	assert.True(t, apperr.Is(err, apperr.Upstream), "%v", err)

	f.cases.err = &apperr.Error{Kind: apperr.Upstream, Message: "down"}
	err = f.begin("partner", scores, map[string]string{"encodedHmppsId": "X00001"}).Refusal(context.Background())
	assert.True(t, apperr.Is(err, apperr.Upstream), "%v", err)

	f.people.err = errors.New("search failed")
	err = f.begin("partner", scores, map[string]string{"encodedHmppsId": "X00001"}).Refusal(context.Background())
	assert.EqualError(t, err, "search failed")
}

func TestRefusalResolvesWithinTheConsumersFilters(t *testing.T) {
	t.Parallel()
	f := newLAOFixture(t)
	filters := access.Filters{Prisons: []string{"MDI"}}
	d := f.policy.Authorise("partner", "/v1/persons/{hmppsId}/addresses")
	require.NoError(t, f.lao.Begin(d.Redactions, filters, map[string]string{"hmppsId": "G8133UA"}).Refusal(context.Background()))
	assert.Equal(t, []access.Filters{filters}, f.people.filters)
}

func TestRewriteMasksAndRemovesForLimitedAccessOffenders(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, template, id, body, want string
	}{
		{"mappa notes masked", "/v1/persons/{encodedHmppsId}/risks/mappadetail", "X00007",
			`{"data":{"level":3,"notes":"secret"}}`, `{"data":{"level":3,"notes":"**REDACTED**"}}`},
		{"licence conditions masked", "/v1/persons/{encodedHmppsId}/licences/conditions", "X00009",
			`{"data":{"hmppsId":"X00009","licences":[{"conditions":[{"code":"c","condition":"stay away"}]}]}}`,
			`{"data":{"hmppsId":"X00009","licences":[{"conditions":[{"code":"c","condition":"**REDACTED**"}]}]}}`},
		{"person fields removed, both sides and aliases", "/v1/persons/{encodedHmppsId}", "X00007",
			`{"data":{"prisonerOffenderSearch":null,"probationOffenderSearch":{"firstName":"E","gender":"Female","ethnicity":"W","contactDetails":{"emails":[]},"aliases":[{"gender":"Female"}]}}}`,
			`{"data":{"prisonerOffenderSearch":null,"probationOffenderSearch":{"firstName":"E","aliases":[{}]}}}`},
		{"alert fields removed", "/v1/persons/{hmppsId}/alerts", "X00007",
			`{"data":[{"code":"XEL","type":"X","typeDescription":"Security","dateExpired":null,"expired":false,"active":true}],"pagination":{"page":1}}`,
			`{"data":[{"code":"XEL"}],"pagination":{"page":1}}`},
		{"unlimited person untouched", "/v1/persons/{encodedHmppsId}/risks/mappadetail", "X00001",
			`{"data":{"notes":"open"}}`, `{"data":{"notes":"open"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := newLAOFixture(t)
			params := map[string]string{"encodedHmppsId": tt.id, "hmppsId": tt.id}
			r := f.begin("partner", tt.template, params)
			require.True(t, r.RewritesBody())
			got, applied, err := r.Rewrite(context.Background(), decodeJSON(t, tt.body))
			require.NoError(t, err)
			assert.Equal(t, decodeJSON(t, tt.want), got)
			assert.Equal(t, tt.want != tt.body, applied)
		})
	}
}

func TestRewriteJudgesEachPersonOfASearchOnTheirOwnCase(t *testing.T) {
	t.Parallel()
	f := newLAOFixture(t)
	r := f.begin("partner", "/v1/persons", map[string]string{})
	body := decodeJSON(t, `{"data":[
		{"firstName":"A","gender":"Male","identifiers":{"deliusCrn":"X00001"}},
		{"firstName":"E","gender":"Female","identifiers":{"deliusCrn":"X00007"}},
		{"firstName":"P","gender":"Male","identifiers":{"nomisNumber":"G8133UA","deliusCrn":null}},
		{"firstName":"E2","ethnicity":"W","identifiers":{"deliusCrn":"X00007"}}
	],"pagination":{"totalCount":4}}`)
	got, applied, err := r.Rewrite(context.Background(), body)
	require.NoError(t, err)
	assert.True(t, applied)
	assert.Equal(t, decodeJSON(t, `{"data":[
		{"firstName":"A","gender":"Male","identifiers":{"deliusCrn":"X00001"}},
		{"firstName":"E","identifiers":{"deliusCrn":"X00007"}},
		{"firstName":"P","gender":"Male","identifiers":{"nomisNumber":"G8133UA","deliusCrn":null}},
		{"firstName":"E2","identifiers":{"deliusCrn":"X00007"}}
	],"pagination":{"totalCount":4}}`), got)
	assert.Equal(t, [][]string{{"X00001", "X00007"}}, f.cases.asked, "one question for the page, each CRN once")

	// An empty page asks nothing.
	f.cases.asked = nil
	_, applied, err = f.begin("partner", "/v1/persons", nil).Rewrite(context.Background(), decodeJSON(t, `{"data":[],"pagination":{}}`))
	require.NoError(t, err)
	assert.False(t, applied)
	assert.Empty(t, f.cases.asked)
}

func TestLAOStatusIsAskedAtMostOncePerRequest(t *testing.T) {
	t.Parallel()
	f, err := access.NewPolicy(access.Config{
		Consumers: []access.Consumer{{Name: "c", Roles: []string{"r"}}},
		Roles:     []access.Role{{Name: "r", Include: []string{"/v1/**"}, RedactionPolicies: []string{"both"}}},
		RedactionPolicies: []access.RedactionPolicy{{Name: "both", Rules: []access.RedactionRule{
			{Paths: []string{"/v1/persons/{id}/risks/dynamic"}, Action: access.Reject, LAOOnly: true},
			{Paths: []string{"/v1/persons/{id}/risks/dynamic"}, Action: access.Mask, Fields: []string{"$..notes"}, LAOOnly: true},
			{Paths: []string{"/v1/persons/{id}/risks/dynamic"}, Action: access.Remove, Fields: []string{"$..code"}},
		}}},
	}, redactionOps)
	require.NoError(t, err)
	fx := newLAOFixture(t)
	d := f.Authorise("c", "/v1/persons/{encodedHmppsId}/risks/dynamic")
	r := fx.lao.Begin(d.Redactions, d.Consumer.Filters, map[string]string{"encodedHmppsId": "X00001"})
	require.NoError(t, r.Refusal(context.Background()))
	got, applied, err := r.Rewrite(context.Background(), decodeJSON(t, `{"data":[{"code":"c","notes":"n"}]}`))
	require.NoError(t, err)
	assert.True(t, applied)
	assert.Equal(t, decodeJSON(t, `{"data":[{"notes":"n"}]}`), got, "rules without laoOnly apply to everyone")
	assert.Len(t, fx.cases.asked, 1)
}
