package casenotes

import "slices"

// TypeOfInterest is a NOMIS case-note type the worker copies to Delius, with
// the subtypes it copies (none listed: every subtype).
type TypeOfInterest struct {
	Type     string
	SubTypes []string
}

// typesOfInterest is the one table of case-note types sent to probation. It
// drives both the per-event filter (on the type/subType message attributes)
// and the back-fill search, so the two can never disagree. Types match
// exactly; the seed's "prefix" wording describes the legacy SNS filter on
// "TYPE-SUBTYPE" strings. Alerts come from the Alerts API, not from ALERT
// case notes.
var typesOfInterest = []TypeOfInterest{
	{Type: "PRISON", SubTypes: []string{"RELEASE"}},
	{Type: "TRANSFER", SubTypes: []string{"FROMTOL"}},
	{Type: "GEN", SubTypes: []string{"OSE"}},
	{Type: "RESET", SubTypes: []string{"BCST", "GUIDINT"}},
	{Type: "OMIC", SubTypes: []string{}},
	{Type: "OMIC_OPD", SubTypes: []string{}},
	{Type: "KA", SubTypes: []string{}},
}

// TypesOfInterest returns a copy of the table, in its order, for the back-fill search.
func TypesOfInterest() []TypeOfInterest {
	out := make([]TypeOfInterest, len(typesOfInterest))
	for i, t := range typesOfInterest {
		out[i] = TypeOfInterest{Type: t.Type, SubTypes: slices.Clone(t.SubTypes)}
	}
	return out
}

// OfInterest reports whether a case note of type/subType goes to probation.
func OfInterest(typ, subType string) bool {
	for _, t := range typesOfInterest {
		if t.Type == typ {
			return len(t.SubTypes) == 0 || slices.Contains(t.SubTypes, subType)
		}
	}
	return false
}
