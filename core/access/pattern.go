package access

import (
	"fmt"
	"strings"
)

// Pattern is a grant written as a path template of our spec, such as
// /v1/persons/{hmppsId}/name. It is matched against the template of the
// operation a request was routed to, never against the raw URL, so an encoded
// id (2008%2F0545166T) or a crafted path cannot widen or dodge a grant.
//
// Segments:
//   - a literal (persons) matches the same literal;
//   - a placeholder ({hmppsId}) matches any placeholder: parameter names are
//     documentation, the position is what counts;
//   - * matches any one segment, literal or placeholder;
//   - ** as the last segment matches the rest of the template, even nothing.
type Pattern struct {
	text     string
	segments []segment
}

type segmentKind int

const (
	literal segmentKind = iota
	placeholder
	anyOne
	anyRest
)

type segment struct {
	kind segmentKind
	text string
}

// ParsePattern checks a pattern's syntax. It is strict so that a typo fails at
// start-up instead of silently granting nothing (or too much).
func ParsePattern(text string) (Pattern, error) {
	if !strings.HasPrefix(text, "/") {
		return Pattern{}, fmt.Errorf("must start with /")
	}
	if strings.ContainsAny(text, "?#%") {
		return Pattern{}, fmt.Errorf("must be a path template without query, fragment or percent-encoding")
	}
	parts := strings.Split(text[1:], "/")
	segments := make([]segment, 0, len(parts))
	for i, part := range parts {
		switch {
		case part == "":
			return Pattern{}, fmt.Errorf("has an empty segment")
		case part == "**":
			if i != len(parts)-1 {
				return Pattern{}, fmt.Errorf("** may only be the last segment")
			}
			segments = append(segments, segment{kind: anyRest})
		case part == "*":
			segments = append(segments, segment{kind: anyOne})
		case isPlaceholder(part):
			name := part[1 : len(part)-1]
			if !validName(name) {
				return Pattern{}, fmt.Errorf("placeholder %s must be a name of letters, digits and _", part)
			}
			segments = append(segments, segment{kind: placeholder, text: name})
		case strings.ContainsAny(part, "{}*"):
			return Pattern{}, fmt.Errorf("segment %q mixes text with a placeholder or wildcard", part)
		default:
			segments = append(segments, segment{kind: literal, text: part})
		}
	}
	return Pattern{text: text, segments: segments}, nil
}

// String returns the pattern as written.
func (p Pattern) String() string { return p.text }

// Matches reports whether the operation path template is granted by p.
func (p Pattern) Matches(template string) bool {
	if len(p.segments) == 0 || !strings.HasPrefix(template, "/") {
		return false
	}
	parts := strings.Split(template[1:], "/")
	for i, seg := range p.segments {
		if seg.kind == anyRest {
			return true
		}
		if i >= len(parts) {
			return false
		}
		part := parts[i]
		switch seg.kind {
		case literal:
			if part != seg.text {
				return false
			}
		case placeholder:
			if !isPlaceholder(part) {
				return false
			}
		case anyOne:
			if part == "" {
				return false
			}
		}
	}
	return len(parts) == len(p.segments)
}

func isPlaceholder(s string) bool {
	return len(s) >= 2 && s[0] == '{' && s[len(s)-1] == '}'
}

func validName(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		word := r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !word {
			return false
		}
	}
	return true
}
