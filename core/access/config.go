package access

import (
	"fmt"
	"slices"
	"strings"
)

// QueueAdminRole must be held to reach any /queue-admin operation, whatever
// else a consumer is granted: replaying or purging queues is an operator's
// action, so it never comes with a broad grant such as /**.
const QueueAdminRole = "queue-admin"

const queueAdminPrefix = "/queue-admin/"

// Config is the authorisation file as domain data: who may call what, and
// which data they may see. It is validated and compiled by NewPolicy.
type Config struct {
	Consumers []Consumer
	Roles     []Role
	// RedactionPolicies are the file's own policies, besides the built-in
	// ones (BuiltinRedactionPolicies).
	RedactionPolicies []RedactionPolicy
}

// Consumer is one caller, named as the CN of its client certificate.
type Consumer struct {
	Name string
	// Roles add their include lists to the consumer's own.
	Roles []string
	// Include lists the path templates the consumer may call.
	Include []string
	// Filters restrict the data returned; see Filters for the nil/empty rule.
	Filters Filters
	// RateLimit is optional; nil means no limit.
	RateLimit *RateLimit
}

// Role is a named, reusable list of path templates, and the redaction
// policies that apply to every consumer holding it.
type Role struct {
	Name              string
	Include           []string
	RedactionPolicies []string
}

// RateLimit is a token bucket: PerSecond requests refill per second, up to
// Burst requests may be made at once.
type RateLimit struct {
	PerSecond float64
	Burst     int
}

// ConfigError lists every problem found in a configuration, so an operator
// fixes the file in one go rather than one start-up at a time.
type ConfigError struct {
	Problems []string
}

func (e *ConfigError) Error() string {
	return "invalid authorisation configuration:\n  - " + strings.Join(e.Problems, "\n  - ")
}

// Policy is a validated Config, ready to answer Authorise.
type Policy struct {
	consumers map[string]*grant
}

type grant struct {
	consumer   Consumer
	patterns   []Pattern
	redactions []rule
}

type compiledRole struct {
	patterns []Pattern
	policies []string // redaction policies, all known
}

// NewPolicy validates cfg against the path templates of the operations we
// serve and compiles it. Unknown roles, duplicate names, bad patterns and
// patterns that match no operation are all errors: a grant that matches
// nothing is always a mistake, and failing at start is cheaper than a 403 in
// production.
func NewPolicy(cfg Config, operations []string) (*Policy, error) {
	var problems []string
	problem := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	compile := func(owner string, include []string) []Pattern {
		patterns := make([]Pattern, 0, len(include))
		for _, text := range include {
			p, err := ParsePattern(text)
			if err != nil {
				problem("%s: include %q: %v", owner, text, err)
				continue
			}
			if !slices.ContainsFunc(operations, p.Matches) {
				problem("%s: include %q matches no operation of the API", owner, text)
				continue
			}
			patterns = append(patterns, p)
		}
		return patterns
	}

	policies := compileRedactionPolicies(cfg.RedactionPolicies, operations, problem)

	roles := map[string]compiledRole{}
	for _, role := range cfg.Roles {
		owner := fmt.Sprintf("role %q", role.Name)
		if strings.TrimSpace(role.Name) == "" {
			problem("a role has no name")
			continue
		}
		if _, dup := roles[role.Name]; dup {
			problem("%s is defined more than once", owner)
			continue
		}
		compiled := compiledRole{patterns: compile(owner, role.Include)}
		for _, name := range uniq(role.RedactionPolicies) {
			if !policies.known(name) {
				problem("%s: redaction policy %q is neither built in nor defined under redactionPolicies", owner, name)
				continue
			}
			compiled.policies = append(compiled.policies, name)
		}
		roles[role.Name] = compiled
	}

	policy := &Policy{consumers: map[string]*grant{}}
	for _, c := range cfg.Consumers {
		owner := fmt.Sprintf("consumer %q", c.Name)
		if c.Name == "" || strings.TrimSpace(c.Name) != c.Name {
			problem("%s: a consumer name must be non-empty with no surrounding spaces", owner)
			continue
		}
		if _, dup := policy.consumers[c.Name]; dup {
			problem("%s is defined more than once", owner)
			continue
		}
		g := &grant{consumer: c, patterns: compile(owner, c.Include)}
		var held []string // policies, each applied once however many roles carry it
		for _, name := range c.Roles {
			role, ok := roles[name]
			if !ok {
				problem("%s: role %q is not defined under roles", owner, name)
				continue
			}
			g.patterns = append(g.patterns, role.patterns...)
			for _, p := range role.policies {
				if !slices.Contains(held, p) {
					held = append(held, p)
					g.redactions = append(g.redactions, policies.rules(p)...)
				}
			}
		}
		for _, prison := range c.Filters.Prisons {
			if strings.TrimSpace(prison) == "" {
				problem("%s: filters.prisons has a blank entry", owner)
			}
		}
		if rl := c.RateLimit; rl != nil && (rl.PerSecond <= 0 || rl.Burst < 1) {
			problem("%s: rate limit needs a positive rate per second and a burst of at least 1", owner)
		}
		policy.consumers[c.Name] = g
	}

	if len(problems) > 0 {
		return nil, &ConfigError{Problems: problems}
	}
	return policy, nil
}

func uniq(names []string) []string {
	var out []string
	for _, n := range names {
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// Consumers lists the configured consumers, for wiring per-consumer state
// such as rate limiters.
func (p *Policy) Consumers() []Consumer {
	out := make([]Consumer, 0, len(p.consumers))
	for _, g := range p.consumers {
		out = append(out, g.consumer)
	}
	slices.SortFunc(out, func(a, b Consumer) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Redacts reports whether any consumer holds a redaction policy, so needs
// the LAO check wired.
func (p *Policy) Redacts() bool {
	for _, g := range p.consumers {
		if len(g.redactions) > 0 {
			return true
		}
	}
	return false
}
