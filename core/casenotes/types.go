package casenotes

import (
	"fmt"
	"slices"
	"strings"
)

// TypeOfInterest is a NOMIS case-note type the worker copies to Delius, with
// the subtypes it copies (none listed: every subtype).
type TypeOfInterest struct {
	Type     string
	SubTypes []string
}

// originalTypesOfInterest is the original service's table
// (CaseNoteTypesOfInterest.kt). Types match exactly; the seed's "prefix"
// wording describes the legacy SNS filter on "TYPE-SUBTYPE" strings. Alerts
// come from the Alerts API, not from ALERT case notes.
var originalTypesOfInterest = []TypeOfInterest{
	{Type: "PRISON", SubTypes: []string{"RELEASE"}},
	{Type: "TRANSFER", SubTypes: []string{"FROMTOL"}},
	{Type: "GEN", SubTypes: []string{"OSE"}},
	{Type: "RESET", SubTypes: []string{"BCST", "GUIDINT"}},
	{Type: "OMIC", SubTypes: []string{}},
	{Type: "OMIC_OPD", SubTypes: []string{}},
	{Type: "KA", SubTypes: []string{}},
}

// TypesOfInterest returns a copy of the original service's table, in its
// order: the back-fill search body the original sends.
func TypesOfInterest() []TypeOfInterest {
	return InterestTable(originalTypesOfInterest).clone()
}

// InterestTable is the one table of case-note types sent to probation. It
// drives both the per-event filter (on the type/subType message attributes)
// and the back-fill search, so the two can never disagree.
type InterestTable []TypeOfInterest

// DefaultInterest is the table the worker runs with unless configured: the
// original's plus NEG IEP_WARN, which the original's own fixture
// (case-note-new-to-delius.json) and integration test expect to become a
// contact (docs/adr/0018-case-note-types-of-interest.md).
func DefaultInterest() InterestTable {
	return append(InterestTable(TypesOfInterest()), TypeOfInterest{Type: "NEG", SubTypes: []string{"IEP_WARN"}})
}

// Includes reports whether a case note of type/subType goes to probation.
func (t InterestTable) Includes(typ, subType string) bool {
	for _, e := range t {
		if e.Type == typ {
			return len(e.SubTypes) == 0 || slices.Contains(e.SubTypes, subType)
		}
	}
	return false
}

// String writes the table in the form ParseInterest reads.
func (t InterestTable) String() string {
	parts := make([]string, len(t))
	for i, e := range t {
		parts[i] = e.Type
		if len(e.SubTypes) > 0 {
			parts[i] += ":" + strings.Join(e.SubTypes, "|")
		}
	}
	return strings.Join(parts, ",")
}

func (t InterestTable) clone() InterestTable {
	out := make(InterestTable, len(t))
	for i, e := range t {
		out[i] = TypeOfInterest{Type: e.Type, SubTypes: slices.Clone(e.SubTypes)}
	}
	return out
}

// ParseInterest reads a table written as comma-separated entries, each a
// type alone (every subtype) or TYPE:SUB1|SUB2, e.g.
// "PRISON:RELEASE,RESET:BCST|GUIDINT,KA". Spaces around names are ignored.
// An empty table, an empty name or a type listed twice is an error.
func ParseInterest(s string) (InterestTable, error) {
	var out InterestTable
	for _, entry := range strings.Split(s, ",") {
		typ, subs, hasSubs := strings.Cut(entry, ":")
		typ = strings.TrimSpace(typ)
		if typ == "" {
			return nil, fmt.Errorf("case-note types of interest %q: an entry has no type", s)
		}
		if slices.ContainsFunc(out, func(e TypeOfInterest) bool { return e.Type == typ }) {
			return nil, fmt.Errorf("case-note types of interest %q: type %s is listed twice", s, typ)
		}
		e := TypeOfInterest{Type: typ, SubTypes: []string{}}
		if hasSubs {
			for _, sub := range strings.Split(subs, "|") {
				if sub = strings.TrimSpace(sub); sub == "" {
					return nil, fmt.Errorf("case-note types of interest %q: type %s has an empty subtype", s, typ)
				}
				e.SubTypes = append(e.SubTypes, sub)
			}
		}
		out = append(out, e)
	}
	return out, nil
}
