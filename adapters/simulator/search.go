package simulator

import (
	"regexp"
	"strings"
	"time"
)

// nameQuery is the name-and-birth-date part of a person search, shared by the
// search upstreams. Empty parts match anything.
type nameQuery struct {
	first, last string
	dob         time.Time
	wildcards   bool // '*' and '?' in names (prisoner-search /prisoner-detail)
}

func (q nameQuery) empty() bool {
	return strings.TrimSpace(q.first) == "" && strings.TrimSpace(q.last) == "" && q.dob.IsZero()
}

// matchesPerson matches the main record or, with includeAliases, any alias
// (all parts against the same alias).
func (q nameQuery) matchesPerson(p *Person, includeAliases bool) bool {
	if q.matches(p.FirstName, p.LastName, p.DateOfBirth) {
		return true
	}
	if includeAliases {
		for _, a := range p.Aliases {
			if q.matches(a.FirstName, a.LastName, aliasDOB(p, a)) {
				return true
			}
		}
	}
	return false
}

func (q nameQuery) matches(first, last string, dob time.Time) bool {
	return q.text(q.first, first) && q.text(q.last, last) && (q.dob.IsZero() || q.dob.Equal(dob))
}

func (q nameQuery) text(term, value string) bool {
	switch {
	case strings.TrimSpace(term) == "":
		return true
	case q.wildcards:
		return wildcardMatch(term, value)
	default:
		return sameText(term, value)
	}
}

// optionalText matches an identifier criterion: blank matches anything.
func optionalText(term, value string) bool {
	return strings.TrimSpace(term) == "" || sameText(term, value)
}

// optionalPNC matches a PNC criterion in any written form.
func optionalPNC(term, value string) bool {
	return strings.TrimSpace(term) == "" || samePNC(term, value)
}

// wildcardMatch is a case-insensitive whole-value match where '*' matches
// any run of characters and '?' any single character.
func wildcardMatch(pattern, value string) bool {
	var re strings.Builder
	re.WriteString(`(?i)^`)
	for _, r := range strings.TrimSpace(pattern) {
		switch r {
		case '*':
			re.WriteString(`.*`)
		case '?':
			re.WriteString(`.`)
		default:
			re.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	re.WriteString(`$`)
	return regexp.MustCompile(re.String()).MatchString(value)
}
