package access

import (
	"fmt"
	"regexp"
	"strings"
)

// FieldPath names fields of a JSON document, in the small subset of JSONPath
// the redaction policies need: "$..name" (every field called name, at any
// depth) or "$.a.b" (one path from the root; lists on the way are entered
// element by element).
type FieldPath struct {
	text      string
	recursive bool
	names     []string
}

var (
	recursiveField = regexp.MustCompile(`^\$\.\.([A-Za-z0-9_]+)$`)
	rootedField    = regexp.MustCompile(`^\$(\.[A-Za-z0-9_]+)+$`)
)

// ParseFieldPath reads "$..name" or "$.a.b".
func ParseFieldPath(text string) (FieldPath, error) {
	if m := recursiveField.FindStringSubmatch(text); m != nil {
		return FieldPath{text: text, recursive: true, names: []string{m[1]}}, nil
	}
	if rootedField.MatchString(text) {
		return FieldPath{text: text, names: strings.Split(strings.TrimPrefix(text, "$."), ".")}, nil
	}
	return FieldPath{}, fmt.Errorf("field %q: want $..name or $.name.name", text)
}

func (f FieldPath) String() string { return f.text }

// Mask replaces the value of every field f names with RedactedText, in
// place. A null value is masked too, so a reader cannot tell an empty field
// from a withheld one.
func (f FieldPath) Mask(doc any) {
	f.visit(doc, func(obj map[string]any, name string) { obj[name] = RedactedText })
}

// Remove deletes every field f names, in place.
func (f FieldPath) Remove(doc any) {
	f.visit(doc, func(obj map[string]any, name string) { delete(obj, name) })
}

// apply runs the action's edit on doc.
func (f FieldPath) apply(action Action, doc any) {
	switch action {
	case Mask:
		f.Mask(doc)
	case Remove:
		f.Remove(doc)
	case Reject:
		// Rejection happens before the operation runs; there is no body to edit.
	}
}

// visit calls edit for each object holding a field f names. doc is a decoded
// JSON value: map[string]any, []any or a scalar.
func (f FieldPath) visit(doc any, edit func(obj map[string]any, name string)) {
	if f.recursive {
		visitEverywhere(doc, f.names[0], edit)
		return
	}
	visitAt(doc, f.names, edit)
}

func visitEverywhere(doc any, name string, edit func(map[string]any, string)) {
	switch v := doc.(type) {
	case map[string]any:
		if _, ok := v[name]; ok {
			// The field's own value is replaced or gone: nothing below it
			// is left to visit.
			edit(v, name)
		}
		for k, child := range v {
			if k != name {
				visitEverywhere(child, name, edit)
			}
		}
	case []any:
		for _, child := range v {
			visitEverywhere(child, name, edit)
		}
	}
}

func visitAt(doc any, names []string, edit func(map[string]any, string)) {
	switch v := doc.(type) {
	case []any:
		for _, child := range v {
			visitAt(child, names, edit)
		}
	case map[string]any:
		child, ok := v[names[0]]
		if !ok {
			return
		}
		if len(names) == 1 {
			edit(v, names[0])
			return
		}
		visitAt(child, names[1:], edit)
	}
}
