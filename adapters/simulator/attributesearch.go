package simulator

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"
)

// prisoner-search POST /attribute-search: boolean queries over any attribute
// of the Prisoner record, in dot notation ("aliases.firstName").
//
// Queries are evaluated against the Prisoner as JSON, so every attribute the
// simulator returns is searchable without per-attribute code. As upstream,
// matchers on the same list (e.g. identifiers.type and identifiers.value) in
// one AND query must match the same list element. The sort parameter is
// ignored; results are ordered by prisoner number.

type psAttributeSearchRequest struct {
	JoinType   string               `json:"joinType"`
	Queries    []psQuery            `json:"queries"`
	Pagination *psPaginationRequest `json:"pagination"`
}

type psQuery struct {
	JoinType   string      `json:"joinType"` // AND (default) | OR
	Matchers   []psMatcher `json:"matchers"`
	SubQueries []psQuery   `json:"subQueries"`
}

// psMatcher is the union of the matcher schemas (StringMatcher, DateMatcher,
// ...), told apart by Type.
type psMatcher struct {
	Type         string          `json:"type"` // String, Boolean, Int, Date, DateTime, PNC
	Attribute    string          `json:"attribute"`
	Condition    json.RawMessage `json:"condition"` // a string (String) or a boolean (Boolean)
	SearchTerm   string          `json:"searchTerm"`
	MinValue     json.RawMessage `json:"minValue"`
	MaxValue     json.RawMessage `json:"maxValue"`
	MinInclusive *bool           `json:"minInclusive"`
	MaxInclusive *bool           `json:"maxInclusive"`
	PNCNumber    string          `json:"pncNumber"`
}

func (s *server) attributeSearch(w http.ResponseWriter, r *http.Request) {
	var req psAttributeSearchRequest
	if err := decodeJSON(r, &req); err != nil {
		psBadRequest(w, err.Error())
		return
	}
	root := psQuery{JoinType: req.JoinType, SubQueries: req.Queries}
	if len(req.Queries) == 0 {
		psBadRequest(w, "Attribute search requires at least one query")
		return
	}
	if err := root.validate(); err != nil {
		psBadRequest(w, err.Error())
		return
	}
	// Spring's page/size query parameters win over the body's pagination.
	page, size, given := pageParams(r)
	if !given && req.Pagination != nil && req.Pagination.Page >= 0 && req.Pagination.Size >= 1 {
		page, size = req.Pagination.Page, req.Pagination.Size
	}

	var found []psPrisoner
	for _, p := range s.prisoners(func(*Person) bool { return true }) {
		if root.eval(asDocument(p)) {
			found = append(found, p)
		}
	}
	writeJSON(w, http.StatusOK, newPage(found, page, size))
}

func (q psQuery) validate() error {
	if q.JoinType != "" && q.JoinType != "AND" && q.JoinType != "OR" {
		return fmt.Errorf("invalid joinType %q", q.JoinType)
	}
	if len(q.Matchers) == 0 && len(q.SubQueries) == 0 {
		return errors.New("each query must have at least one matcher or sub-query")
	}
	for _, m := range q.Matchers {
		if err := m.validate(); err != nil {
			return err
		}
	}
	for _, sub := range q.SubQueries {
		if err := sub.validate(); err != nil {
			return err
		}
	}
	return nil
}

// eval applies the query to one prisoner document.
func (q psQuery) eval(doc map[string]any) bool {
	var results []bool
	if q.JoinType == "OR" {
		for _, m := range q.Matchers {
			results = append(results, m.match(valuesAt(doc, m.path())))
		}
	} else {
		// Matchers on one list must hold for a single element of it.
		byList := map[string][]psMatcher{}
		for _, m := range q.Matchers {
			if list := psAttributes()[m.path()].list; list != "" {
				byList[list] = append(byList[list], m)
				continue
			}
			results = append(results, m.match(valuesAt(doc, m.path())))
		}
		for list, ms := range byList {
			results = append(results, slices.ContainsFunc(valuesAt(doc, list), func(elem any) bool {
				for _, m := range ms {
					if !m.match(valuesAt(elem, strings.TrimPrefix(m.path(), list+"."))) {
						return false
					}
				}
				return true
			}))
		}
	}
	for _, sub := range q.SubQueries {
		results = append(results, sub.eval(doc))
	}
	if q.JoinType == "OR" {
		return slices.Contains(results, true)
	}
	return !slices.Contains(results, false)
}

// path is the attribute the matcher reads; the PNC matcher has none.
func (m psMatcher) path() string {
	if m.Type == "PNC" {
		return "pncNumber"
	}
	return m.Attribute
}

var stringConditions = []string{"IS", "IS_NOT", "CONTAINS", "STARTSWITH", "IN"}

func (m psMatcher) validate() error {
	if m.Type == "PNC" {
		if strings.TrimSpace(m.PNCNumber) == "" {
			return errors.New("PNC matcher requires a pncNumber")
		}
		return nil
	}
	attr, known := psAttributes()[m.Attribute]
	if !known {
		return fmt.Errorf("unknown attribute %q", m.Attribute)
	}
	wantKind := map[string]reflect.Kind{
		"String": reflect.String, "Date": reflect.String, "DateTime": reflect.String,
		"Boolean": reflect.Bool, "Int": reflect.Int,
	}
	kind, ok := wantKind[m.Type]
	switch {
	case !ok:
		return fmt.Errorf("unknown matcher type %q", m.Type)
	case kind != attr.kind:
		return fmt.Errorf("attribute %s cannot be matched with a %s matcher", m.Attribute, m.Type)
	}
	switch m.Type {
	case "String":
		var cond string
		if json.Unmarshal(m.Condition, &cond) != nil || !slices.Contains(stringConditions, cond) {
			return fmt.Errorf("string matcher on %s needs a condition, one of %v", m.Attribute, stringConditions)
		}
		if strings.TrimSpace(m.SearchTerm) == "" {
			return fmt.Errorf("string matcher on %s needs a searchTerm", m.Attribute)
		}
	case "Boolean":
		var cond bool
		if json.Unmarshal(m.Condition, &cond) != nil {
			return fmt.Errorf("boolean matcher on %s needs a true/false condition", m.Attribute)
		}
	default: // ranges
		if m.MinValue == nil && m.MaxValue == nil {
			return fmt.Errorf("%s matcher on %s needs a minValue or a maxValue", m.Type, m.Attribute)
		}
		for _, bound := range []json.RawMessage{m.MinValue, m.MaxValue} {
			if bound != nil && !m.validBound(bound) {
				return fmt.Errorf("invalid %s value %s for %s", m.Type, bound, m.Attribute)
			}
		}
	}
	return nil
}

func (m psMatcher) validBound(raw json.RawMessage) bool {
	var n float64
	var s string
	switch m.Type {
	case "Int":
		return json.Unmarshal(raw, &n) == nil
	case "Date":
		_, err := time.Parse(time.DateOnly, jsonString(raw))
		return json.Unmarshal(raw, &s) == nil && err == nil
	default: // DateTime
		_, err := time.Parse(time.RFC3339, jsonString(raw))
		return json.Unmarshal(raw, &s) == nil && err == nil
	}
}

// match reports whether the attribute's values (several for lists) satisfy
// the matcher.
func (m psMatcher) match(values []any) bool {
	switch m.Type {
	case "PNC":
		return slices.ContainsFunc(values, func(v any) bool { return samePNC(m.PNCNumber, fmt.Sprint(v)) })
	case "Boolean":
		var cond bool
		_ = json.Unmarshal(m.Condition, &cond) // validated
		return slices.Contains(values, any(cond))
	case "String":
		return m.matchString(values)
	default:
		return slices.ContainsFunc(values, m.inRange)
	}
}

func (m psMatcher) matchString(values []any) bool {
	cond := jsonString(m.Condition)
	term := strings.ToLower(strings.TrimSpace(m.SearchTerm))
	test := func(v any) bool {
		value := strings.ToLower(fmt.Sprint(v))
		switch cond {
		case "CONTAINS":
			return strings.Contains(value, term)
		case "STARTSWITH":
			return strings.HasPrefix(value, term)
		case "IN":
			for _, t := range strings.Split(term, ",") {
				if strings.TrimSpace(t) == value {
					return true
				}
			}
			return false
		default: // IS, IS_NOT
			return value == term
		}
	}
	if cond == "IS_NOT" {
		return !slices.ContainsFunc(values, test)
	}
	return slices.ContainsFunc(values, test)
}

// inRange applies a Date, DateTime or Int range to one value.
func (m psMatcher) inRange(v any) bool {
	cmp := func(bound json.RawMessage) int {
		switch m.Type {
		case "Int":
			var b float64
			_ = json.Unmarshal(bound, &b)
			f, _ := v.(float64)
			return compare(f, b)
		case "Date":
			s, _ := v.(string)
			return strings.Compare(s[:min(len(s), len(time.DateOnly))], jsonString(bound))
		default:
			s, _ := v.(string)
			t, err := time.Parse(time.RFC3339, s)
			b, _ := time.Parse(time.RFC3339, jsonString(bound))
			if err != nil {
				return -2 // unparseable values never match
			}
			return t.Compare(b)
		}
	}
	inclusive := func(p *bool) bool { return p == nil || *p }
	if m.MinValue != nil {
		c := cmp(m.MinValue)
		if c == -2 || c < 0 || (c == 0 && !inclusive(m.MinInclusive)) {
			return false
		}
	}
	if m.MaxValue != nil {
		c := cmp(m.MaxValue)
		if c == -2 || c > 0 || (c == 0 && !inclusive(m.MaxInclusive)) {
			return false
		}
	}
	return true
}

func compare(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func jsonString(raw json.RawMessage) string {
	var s string
	_ = json.Unmarshal(raw, &s)
	return s
}

// asDocument is the prisoner as generic JSON, for attribute lookups.
func asDocument(p psPrisoner) map[string]any {
	var doc map[string]any
	b, _ := json.Marshal(p) // plain structs always marshal
	_ = json.Unmarshal(b, &doc)
	return doc
}

// valuesAt collects the values at a dotted path, flattening lists.
func valuesAt(v any, path string) []any {
	if path == "" {
		if list, ok := v.([]any); ok {
			return list
		}
		if v == nil {
			return nil
		}
		return []any{v}
	}
	head, rest, _ := strings.Cut(path, ".")
	switch t := v.(type) {
	case map[string]any:
		return valuesAt(t[head], rest)
	case []any:
		var out []any
		for _, e := range t {
			out = append(out, valuesAt(e, path)...)
		}
		return out
	}
	return nil
}

// psAttribute describes one searchable Prisoner attribute.
type psAttribute struct {
	kind reflect.Kind // String, Bool or Int (all integer widths)
	list string       // the top-level list holding it, e.g. "aliases"
}

// psAttributes lists every attribute path of psPrisoner, derived from its
// JSON tags so it never drifts from the response type.
var psAttributes = sync.OnceValue(func() map[string]psAttribute {
	attrs := map[string]psAttribute{}
	var walk func(t reflect.Type, prefix, list string)
	walk = func(t reflect.Type, prefix, list string) {
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			path := prefix + name
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			switch ft.Kind() {
			case reflect.Struct:
				walk(ft, path+".", list)
			case reflect.Slice:
				owner := list // nested lists belong to the top-level one
				if owner == "" {
					owner = path
				}
				if ft.Elem().Kind() == reflect.Struct {
					walk(ft.Elem(), path+".", owner)
				} else {
					attrs[path] = psAttribute{kind: ft.Elem().Kind(), list: owner}
				}
			case reflect.Int, reflect.Int32, reflect.Int64:
				attrs[path] = psAttribute{kind: reflect.Int, list: list}
			default:
				attrs[path] = psAttribute{kind: ft.Kind(), list: list}
			}
		}
	}
	walk(reflect.TypeFor[psPrisoner](), "", "")
	return attrs
})
