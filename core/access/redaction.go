package access

import (
	"fmt"
	"slices"
	"strings"
)

// Action is what a redaction rule does to a matching request.
type Action string

const (
	// Reject refuses the request with 403 before the operation runs.
	Reject Action = "reject"
	// Mask replaces the named fields' values with RedactedText.
	Mask Action = "mask"
	// Remove deletes the named fields from the response.
	Remove Action = "remove"
)

// RedactedText replaces a masked value.
const RedactedText = "**REDACTED**"

// LAORedactions is the built-in policy for Limited Access Offenders: cases
// nDelius limits to some users. See BuiltinRedactionPolicies.
const LAORedactions = "lao-redactions"

// RedactionPolicy is a named set of rules, attached to roles.
type RedactionPolicy struct {
	Name  string
	Rules []RedactionRule
}

// RedactionRule says what happens to the responses of some operations.
type RedactionRule struct {
	// Paths are path templates of our spec, with the same syntax as includes.
	Paths  []string
	Action Action
	// Fields name what mask and remove act on: "$..name" is every field
	// called name at any depth; "$.data.notes" is one path from the root,
	// through every element of any list on the way.
	Fields []string
	// LAOOnly limits the rule to Limited Access Offenders. On an operation
	// with a person in its path the person decides; on one without (person
	// search) each item of the response's data is judged by its own CRN.
	LAOOnly bool
}

// BuiltinRedactionPolicies are the policies every authorisation file may
// name without defining them: today's lao-redactions.
func BuiltinRedactionPolicies() []RedactionPolicy {
	personFields := []string{"$..gender", "$..ethnicity", "$..contactDetails"}
	return []RedactionPolicy{{
		Name: LAORedactions,
		Rules: []RedactionRule{
			{LAOOnly: true, Action: Reject, Paths: []string{
				"/v1/persons/{hmppsId}/risk-management-plan",
				"/v1/persons/{hmppsId}/risks/scores",
				"/v1/persons/{hmppsId}/risks/serious-harm",
				"/v1/persons/{hmppsId}/addresses",
			}},
			{LAOOnly: true, Action: Mask, Fields: []string{"$..condition"}, Paths: []string{
				"/v1/persons/{hmppsId}/licences/conditions",
			}},
			{LAOOnly: true, Action: Mask, Fields: []string{"$..notes"}, Paths: []string{
				"/v1/persons/{hmppsId}/risks/mappadetail",
				"/v1/persons/{hmppsId}/risks/dynamic",
				"/v1/persons/{hmppsId}/status-information",
			}},
			{LAOOnly: true, Action: Remove, Fields: personFields, Paths: []string{
				"/v1/persons/{hmppsId}",
				"/v1/persons",
			}},
			{LAOOnly: true, Action: Remove, Fields: []string{"$..type", "$..typeDescription", "$..dateExpired", "$..expired", "$..active"}, Paths: []string{
				"/v1/persons/{hmppsId}/alerts",
			}},
		},
	}}
}

// personParams are the path parameters that name the person an operation is
// about, in our spec's spellings.
var personParams = []string{"hmppsId", "encodedHmppsId"}

// PersonOf returns the person an operation's path names, if it names one.
func PersonOf(params map[string]string) (string, bool) {
	for _, name := range personParams {
		if id, ok := params[name]; ok {
			return id, true
		}
	}
	return "", false
}

// namesPerson reports whether a path template has a person parameter.
func namesPerson(template string) bool {
	for _, name := range personParams {
		if strings.Contains(template, "{"+name+"}") {
			return true
		}
	}
	return false
}

// rule is a compiled RedactionRule.
type rule struct {
	patterns []Pattern
	action   Action
	fields   []FieldPath
	laoOnly  bool
}

// Redactions are the rules that apply to one consumer's call of one
// operation. The zero value redacts nothing.
type Redactions struct {
	rules      []rule
	namePerson bool
}

// Empty reports whether there is nothing to do: the request goes on as if no
// policy existed.
func (r Redactions) Empty() bool { return len(r.rules) == 0 }

// redactionCatalogue is every policy a role may name: the built-in ones and
// the file's own, compiled against the operations of the API.
type redactionCatalogue struct {
	compiled   map[string][]rule
	builtin    map[string]RedactionPolicy
	operations []string
	problem    func(string, ...any)
}

// compileRedactionPolicies validates the file's own policies against the
// operations of the API, reporting problems through problem. Built-in
// policies are compiled when a role first names one, so a file that uses
// none is not checked against operations it may not serve.
func compileRedactionPolicies(custom []RedactionPolicy, operations []string, problem func(string, ...any)) *redactionCatalogue {
	c := &redactionCatalogue{compiled: map[string][]rule{}, builtin: map[string]RedactionPolicy{}, operations: operations, problem: problem}
	for _, p := range BuiltinRedactionPolicies() {
		c.builtin[p.Name] = p
	}
	for _, p := range custom {
		owner := fmt.Sprintf("redaction policy %q", p.Name)
		if strings.TrimSpace(p.Name) == "" {
			problem("a redaction policy has no name")
			continue
		}
		if _, ok := c.builtin[p.Name]; ok {
			problem("%s is built in and cannot be redefined", owner)
			continue
		}
		if _, dup := c.compiled[p.Name]; dup {
			problem("%s is defined more than once", owner)
			continue
		}
		c.compiled[p.Name] = compileRules(owner, p.Rules, operations, problem)
	}
	return c
}

// known reports whether name is a policy, compiling a built-in one on first use.
func (c *redactionCatalogue) known(name string) bool {
	if _, ok := c.compiled[name]; ok {
		return true
	}
	p, ok := c.builtin[name]
	if ok {
		c.compiled[name] = compileRules(fmt.Sprintf("redaction policy %q", name), p.Rules, c.operations, c.problem)
	}
	return ok
}

func (c *redactionCatalogue) rules(name string) []rule { return c.compiled[name] }

func compileRules(owner string, rules []RedactionRule, operations []string, problem func(string, ...any)) []rule {
	if len(rules) == 0 {
		problem("%s has no rules", owner)
	}
	out := make([]rule, 0, len(rules))
	for i, r := range rules {
		where := fmt.Sprintf("%s rule %d", owner, i+1)
		c := rule{action: r.Action, laoOnly: r.LAOOnly}
		switch r.Action {
		case Reject:
			if len(r.Fields) > 0 {
				problem("%s: reject takes no fields", where)
			}
		case Mask, Remove:
			if len(r.Fields) == 0 {
				problem("%s: %s needs fields", where, r.Action)
			}
		default:
			problem("%s: action %q: want %s, %s or %s", where, r.Action, Reject, Mask, Remove)
		}
		for _, text := range r.Fields {
			f, err := ParseFieldPath(text)
			if err != nil {
				problem("%s: %v", where, err)
				continue
			}
			c.fields = append(c.fields, f)
		}
		if len(r.Paths) == 0 {
			problem("%s has no paths", where)
		}
		for _, text := range r.Paths {
			p, err := ParsePattern(text)
			if err != nil {
				problem("%s: path %q: %v", where, text, err)
				continue
			}
			matched := slices.DeleteFunc(slices.Clone(operations), func(op string) bool { return !p.Matches(op) })
			if len(matched) == 0 {
				problem("%s: path %q matches no operation of the API", where, text)
				continue
			}
			// Refusing "if the person is LAO" needs a person to ask about
			// before the operation runs.
			if r.Action == Reject && r.LAOOnly {
				if i := slices.IndexFunc(matched, func(op string) bool { return !namesPerson(op) }); i >= 0 {
					problem("%s: path %q: a laoOnly reject needs a person in the path, and %s has none", where, text, matched[i])
					continue
				}
			}
			c.patterns = append(c.patterns, p)
		}
		out = append(out, c)
	}
	return out
}

// redactionsFor picks the rules whose paths match template.
func redactionsFor(rules []rule, template string) Redactions {
	var out Redactions
	for _, r := range rules {
		if slices.ContainsFunc(r.patterns, func(p Pattern) bool { return p.Matches(template) }) {
			out.rules = append(out.rules, r)
		}
	}
	if len(out.rules) > 0 {
		out.namePerson = namesPerson(template)
	}
	return out
}
