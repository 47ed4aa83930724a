//go:build ignore

// trim.go writes the trimmed upstream OpenAPI specs in openapi/upstream/.
//
// Run it from the repository root:
//
//	go run ./openapi/upstream/trim/trim.go [name ...]
//
// It reads openapi/upstream/trim/trim.yaml and, for each entry (or only the named ones), loads the
// source JSON from ../shared/upstream-specs/, keeps only the listed operations (method + path) and
// the components they reference transitively, converts OpenAPI 3.1 constructs to 3.0.3, drops
// examples (and defaults) that do not validate against their schema, and writes
// openapi/upstream/<name>.yaml with sorted keys. Each result is loaded and validated with
// kin-openapi (examples included); any failure stops the program with a non-zero exit status.
//
// The conversion never renames schemas or properties and never changes types, required lists or
// enums beyond what 3.0 needs to express the same shape, with one correction: a bare
// `type: object` whose example is a date or date-time string (springdoc's rendering of Java
// dates in ARNS) becomes `type: string` with that format. The changes:
//   - type: [X, "null"] becomes type: X + nullable: true;
//   - oneOf/anyOf with a {type: "null"} branch loses that branch and gains nullable: true
//     (a single remaining $ref becomes allOf: [$ref]);
//   - examples: [...] inside a schema becomes example (the first one);
//   - const becomes a one-value enum;
//   - numeric exclusiveMinimum/exclusiveMaximum become minimum/maximum + true;
//   - 3.1-only keywords ($schema, $id, contentMediaType, contentEncoding, unevaluatedProperties,
//     prefixItems, ...) and the siblings of $ref (ignored in 3.0) are dropped;
//   - http security schemes lose in/name; servers, webhooks and info.summary/license.identifier go;
//     security requirements naming a scheme the source never defines are dropped;
//   - a response's */* media type (springdoc's default) becomes application/json, so that
//     oapi-codegen generates typed JSON response fields.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/getkin/kin-openapi/openapi3"
	"gopkg.in/yaml.v3"
)

type config struct {
	Specs []specConfig `yaml:"specs"`
}

type specConfig struct {
	Name       string     `yaml:"name"`
	Source     string     `yaml:"source"`
	Title      string     `yaml:"title"`
	Operations []opConfig `yaml:"operations"`
}

type opConfig struct {
	Method string `yaml:"method"`
	Path   string `yaml:"path"`
	For    string `yaml:"for"`
}

var methods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

func main() {
	configPath := flag.String("config", "openapi/upstream/trim/trim.yaml", "trim configuration")
	srcDir := flag.String("src", "../shared/upstream-specs", "directory holding the source specs")
	outDir := flag.String("out", "openapi/upstream", "output directory")
	verbose := flag.Bool("v", false, "report every dropped example")
	flag.Parse()

	raw, err := os.ReadFile(*configPath)
	if err != nil {
		fatalf("%v", err)
	}
	var cfg config
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil {
		fatalf("%s: %v", *configPath, err)
	}
	only := flag.Args()
	seen := map[string]bool{}
	failed := false
	for _, sc := range cfg.Specs {
		if seen[sc.Name] {
			fatalf("%s: duplicate name %q", *configPath, sc.Name)
		}
		seen[sc.Name] = true
		if len(only) > 0 && !slices.Contains(only, sc.Name) {
			continue
		}
		if err := run(sc, *srcDir, *outDir, *verbose); err != nil {
			fmt.Fprintf(os.Stderr, "trim: %s: %v\n", sc.Name, err)
			failed = true
		}
	}
	for _, name := range only {
		if !seen[name] {
			fmt.Fprintf(os.Stderr, "trim: no entry named %q in %s\n", name, *configPath)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "trim: "+format+"\n", args...)
	os.Exit(1)
}

func run(sc specConfig, srcDir, outDir string, verbose bool) error {
	if sc.Name == "" || sc.Source == "" || len(sc.Operations) == 0 {
		return fmt.Errorf("name, source and operations are required")
	}
	raw, err := os.ReadFile(filepath.Join(srcDir, sc.Source))
	if err != nil {
		return err
	}
	src, err := decodeJSON(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", sc.Source, err)
	}

	doc, err := trim(src, sc)
	if err != nil {
		return err
	}
	convertDoc(doc)
	if undefined := dropUndefinedSecurity(doc); len(undefined) > 0 {
		fmt.Printf("%s: dropped security requirements naming undefined schemes %v\n", sc.Name, undefined)
	}
	prune(doc)

	// First pass: the document must be structurally valid; then drop the examples and defaults
	// that kin-openapi would reject.
	t, err := load(doc)
	if err != nil {
		return err
	}
	ctx := context.Background()
	if err := t.Validate(ctx, openapi3.DisableExamplesValidation(), openapi3.DisableSchemaDefaultsValidation()); err != nil {
		return fmt.Errorf("invalid after conversion (examples not yet checked): %w", err)
	}
	var dropped []string
	dropInvalidExamples(t, doc, &dropped)
	prune(doc) // a dropped example may have been the only user of a components/examples entry

	// Second pass: strict validation, exactly as openapi/spec_test.go does it.
	out, err := render(doc, sc)
	if err != nil {
		return err
	}
	t, err = openapi3.NewLoader().LoadFromData(out)
	if err != nil {
		return fmt.Errorf("reload: %w", err)
	}
	if err := t.Validate(ctx, openapi3.EnableExamplesValidation()); err != nil {
		return fmt.Errorf("invalid: %w", err)
	}
	if t.OpenAPI != "3.0.3" {
		return fmt.Errorf("openapi version %q", t.OpenAPI)
	}

	dst := filepath.Join(outDir, sc.Name+".yaml")
	if err := os.WriteFile(dst, out, 0o644); err != nil {
		return err
	}
	nSchemas := 0
	if c, ok := doc["components"].(map[string]any); ok {
		if s, ok := c["schemas"].(map[string]any); ok {
			nSchemas = len(s)
		}
	}
	fmt.Printf("%s: %d operations, %d schemas, %d invalid examples/defaults dropped -> %s\n",
		sc.Name, len(sc.Operations), nSchemas, len(dropped), dst)
	if verbose {
		for _, d := range dropped {
			fmt.Printf("  dropped %s\n", d)
		}
	}
	return nil
}

// decodeJSON decodes into generic maps, keeping integers as int64 (float64 loses precision above
// 2^53 and would print as 1e+06).
func decodeJSON(raw []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v map[string]any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return fixNumbers(v).(map[string]any), nil
}

func fixNumbers(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = fixNumbers(e)
		}
	case []any:
		for i, e := range x {
			x[i] = fixNumbers(e)
		}
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		if f, err := x.Float64(); err == nil {
			return f
		}
		return x.String()
	}
	return v
}

// trim builds the reduced document: info, security, the selected operations, their tags and
// every component they reference.
func trim(src map[string]any, sc specConfig) (map[string]any, error) {
	srcPaths, _ := src["paths"].(map[string]any)
	paths := map[string]any{}
	usedTags := map[string]bool{}
	opIDs := map[string]string{} // operationId -> "METHOD path"
	type pending struct {
		op     map[string]any
		method string
		path   string
	}
	var noID []pending
	for _, oc := range sc.Operations {
		method := strings.ToLower(oc.Method)
		if !slices.Contains(methods, method) {
			return nil, fmt.Errorf("bad method %q", oc.Method)
		}
		item, ok := srcPaths[oc.Path].(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%s: no path %s", sc.Source, oc.Path)
		}
		op, ok := item[method].(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%s: no operation %s %s", sc.Source, oc.Method, oc.Path)
		}
		if _, ok := item["$ref"]; ok {
			return nil, fmt.Errorf("%s: path item %s is a $ref (unsupported)", sc.Source, oc.Path)
		}
		dst, _ := paths[oc.Path].(map[string]any)
		if dst == nil {
			dst = map[string]any{}
			for k, v := range item {
				if !slices.Contains(methods, k) && k != "servers" {
					dst[k] = deepCopy(v)
				}
			}
			paths[oc.Path] = dst
		}
		if _, dup := dst[method]; dup {
			return nil, fmt.Errorf("operation %s %s listed twice", oc.Method, oc.Path)
		}
		cp := deepCopy(op).(map[string]any)
		delete(cp, "servers")
		delete(cp, "callbacks")
		dst[method] = cp
		for _, tg := range asSlice(cp["tags"]) {
			if s, ok := tg.(string); ok {
				usedTags[s] = true
			}
		}
		id, _ := cp["operationId"].(string)
		if id == "" {
			noID = append(noID, pending{cp, method, oc.Path})
			continue
		}
		if prev, dup := opIDs[id]; dup {
			return nil, fmt.Errorf("operationId %q used by %s and %s %s", id, prev, oc.Method, oc.Path)
		}
		opIDs[id] = strings.ToUpper(method) + " " + oc.Path
	}
	for _, p := range noID {
		id := deriveOperationID(p.method, p.path)
		base := id
		for n := 2; opIDs[id] != ""; n++ {
			id = fmt.Sprintf("%s%d", base, n)
		}
		p.op["operationId"] = id
		opIDs[id] = strings.ToUpper(p.method) + " " + p.path
	}

	doc := map[string]any{
		"openapi": "3.0.3",
		"paths":   paths,
	}
	info, _ := deepCopy(src["info"]).(map[string]any)
	if info == nil {
		info = map[string]any{}
	}
	if sc.Title != "" {
		info["title"] = sc.Title
	}
	if _, ok := info["version"]; !ok {
		info["version"] = "unknown"
	}
	doc["info"] = info
	if sec, ok := src["security"]; ok {
		doc["security"] = deepCopy(sec)
	}
	if ed, ok := src["externalDocs"]; ok {
		doc["externalDocs"] = deepCopy(ed)
	}
	var tags []any
	for _, tg := range asSlice(src["tags"]) {
		if m, ok := tg.(map[string]any); ok && usedTags[fmt.Sprint(m["name"])] {
			tags = append(tags, deepCopy(m))
		}
	}
	if len(tags) > 0 {
		doc["tags"] = tags
	}
	if comps, ok := src["components"].(map[string]any); ok {
		doc["components"] = deepCopy(comps)
	}
	return doc, nil
}

// dropUndefinedSecurity removes security requirements that name a scheme the source never
// defines (create-and-vary-licence lists ROLE_VIEW_LICENCES without any securitySchemes); 3.0
// requires every name to be defined. A requirement list left empty is removed, so the operation
// falls back to the document-level security (which these sources do not have either).
func dropUndefinedSecurity(doc map[string]any) []string {
	schemes := asMap(asMap(doc["components"])["securitySchemes"])
	var undefined []string
	fix := func(holder map[string]any) {
		list, ok := holder["security"].([]any)
		if !ok {
			return
		}
		var kept []any
		for _, req := range list {
			m := asMap(req)
			ok := true
			for name := range m {
				if _, defined := schemes[name]; !defined {
					ok = false
					if !slices.Contains(undefined, name) {
						undefined = append(undefined, name)
					}
				}
			}
			if ok {
				kept = append(kept, req)
			}
		}
		switch {
		case len(kept) == len(list):
		case len(kept) == 0:
			delete(holder, "security")
		default:
			holder["security"] = kept
		}
	}
	fix(doc)
	for _, item := range asMap(doc["paths"]) {
		for _, m := range methods {
			if op := asMap(asMap(item)[m]); op != nil {
				fix(op)
			}
		}
	}
	sort.Strings(undefined)
	return undefined
}

var nonAlnum = regexp.MustCompile(`[^A-Za-z0-9]+`)

// deriveOperationID turns "get /api/allocation/{nomsNumber}/primary_pom" into
// "getApiAllocationNomsNumberPrimaryPom".
func deriveOperationID(method, path string) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(method))
	for _, w := range nonAlnum.Split(path, -1) {
		if w == "" {
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		b.WriteString(string(r))
	}
	return b.String()
}

// prune removes every component that is not reachable from the paths (through $ref and
// discriminator mappings) or named by a security requirement.
func prune(doc map[string]any) {
	comps, _ := doc["components"].(map[string]any)
	if comps == nil {
		return
	}
	keep := map[string]map[string]bool{}
	mark := func(section, name string) bool {
		if keep[section] == nil {
			keep[section] = map[string]bool{}
		}
		if keep[section][name] {
			return false
		}
		keep[section][name] = true
		return true
	}
	var queue []any
	queue = append(queue, doc["paths"])
	// Security requirements name schemes, not $refs.
	addSecurity := func(v any) {
		for _, req := range asSlice(v) {
			if m, ok := req.(map[string]any); ok {
				for name := range m {
					mark("securitySchemes", name)
				}
			}
		}
	}
	addSecurity(doc["security"])
	walkAll(doc["paths"], func(m map[string]any) {
		if s, ok := m["security"]; ok {
			addSecurity(s)
		}
	})
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, ref := range collectRefs(v) {
			section, name, ok := splitRef(ref)
			if !ok {
				continue
			}
			if mark(section, name) {
				sec, _ := comps[section].(map[string]any)
				if target, ok := sec[name]; ok {
					queue = append(queue, target)
				}
			}
		}
	}
	for section, v := range comps {
		sec, ok := v.(map[string]any)
		if !ok {
			delete(comps, section)
			continue
		}
		for name := range sec {
			if !keep[section][name] {
				delete(sec, name)
			}
		}
		if len(sec) == 0 {
			delete(comps, section)
		}
	}
	if len(comps) == 0 {
		delete(doc, "components")
	}
}

// collectRefs returns every local reference in v: $ref values and discriminator mappings.
func collectRefs(v any) []string {
	var refs []string
	walkAll(v, func(m map[string]any) {
		if r, ok := m["$ref"].(string); ok {
			refs = append(refs, r)
		}
		if d, ok := m["discriminator"].(map[string]any); ok {
			if mp, ok := d["mapping"].(map[string]any); ok {
				for _, t := range mp {
					if s, ok := t.(string); ok && strings.HasPrefix(s, "#/") {
						refs = append(refs, s)
					}
				}
			}
		}
	})
	return refs
}

func splitRef(ref string) (section, name string, ok bool) {
	rest, found := strings.CutPrefix(ref, "#/components/")
	if !found {
		if !strings.HasPrefix(ref, "#/") {
			fatalf("external reference %q is not supported", ref)
		}
		return "", "", false
	}
	section, name, found = strings.Cut(rest, "/")
	if !found || strings.Contains(name, "/") {
		return "", "", false
	}
	name = strings.NewReplacer("~1", "/", "~0", "~").Replace(name)
	return section, name, true
}

func walkAll(v any, f func(map[string]any)) {
	switch x := v.(type) {
	case map[string]any:
		f(x)
		for _, k := range sortedKeys(x) {
			walkAll(x[k], f)
		}
	case []any:
		for _, e := range x {
			walkAll(e, f)
		}
	}
}

// ---- 3.1 -> 3.0 conversion -------------------------------------------------------------------

// Keywords that JSON Schema 2020-12 / OpenAPI 3.1 allow in schemas and OpenAPI 3.0 does not.
var schemaKeywords31 = []string{
	"$schema", "$id", "$anchor", "$dynamicRef", "$dynamicAnchor", "$defs", "$comment",
	"$vocabulary", "contentMediaType", "contentEncoding", "contentSchema",
	"unevaluatedProperties", "unevaluatedItems", "prefixItems", "dependentSchemas",
	"dependentRequired", "patternProperties", "propertyNames", "if", "then", "else",
	"contains", "minContains", "maxContains",
}

func convertDoc(doc map[string]any) {
	delete(doc, "servers")
	delete(doc, "webhooks")
	delete(doc, "jsonSchemaDialect")
	if info, ok := doc["info"].(map[string]any); ok {
		delete(info, "summary")
		if lic, ok := info["license"].(map[string]any); ok {
			delete(lic, "identifier")
		}
	}
	if paths, ok := doc["paths"].(map[string]any); ok {
		for _, item := range paths {
			convertPathItem(asMap(item))
		}
	}
	comps := asMap(doc["components"])
	if comps == nil {
		return
	}
	delete(comps, "pathItems")
	for _, s := range asMap(comps["schemas"]) {
		convertSchema(asMap(s))
	}
	for _, p := range asMap(comps["parameters"]) {
		convertParameter(asMap(p))
	}
	for _, h := range asMap(comps["headers"]) {
		convertParameter(asMap(h))
	}
	for _, r := range asMap(comps["responses"]) {
		convertResponse(asMap(r))
	}
	for _, rb := range asMap(comps["requestBodies"]) {
		convertContent(asMap(asMap(rb)["content"]))
	}
	for _, ss := range asMap(comps["securitySchemes"]) {
		s := asMap(ss)
		if s != nil && s["type"] == "http" {
			delete(s, "in")
			delete(s, "name")
		}
	}
}

func convertPathItem(item map[string]any) {
	if item == nil {
		return
	}
	for _, p := range asSlice(item["parameters"]) {
		convertParameter(asMap(p))
	}
	for _, m := range methods {
		op := asMap(item[m])
		if op == nil {
			continue
		}
		for _, p := range asSlice(op["parameters"]) {
			convertParameter(asMap(p))
		}
		if rb := asMap(op["requestBody"]); rb != nil {
			convertContent(asMap(rb["content"]))
		}
		for _, r := range asMap(op["responses"]) {
			convertResponse(asMap(r))
		}
	}
}

// convertParameter handles parameter and header objects.
func convertParameter(p map[string]any) {
	if p == nil || p["$ref"] != nil {
		return
	}
	if s := asMap(p["schema"]); s != nil {
		p["schema"] = convertSchema(s)
	}
	convertContent(asMap(p["content"]))
}

func convertResponse(r map[string]any) {
	if r == nil || r["$ref"] != nil {
		return
	}
	for _, h := range asMap(r["headers"]) {
		convertParameter(asMap(h))
	}
	content := asMap(r["content"])
	convertContent(content)
	// springdoc writes */* when a controller declares no `produces`; these Spring services answer
	// application/json, and oapi-codegen only decodes (JSON200 etc.) JSON media types.
	if mt, ok := content["*/*"]; ok {
		if _, hasJSON := content["application/json"]; !hasJSON && !isBinary(asMap(asMap(mt)["schema"])) {
			content["application/json"] = mt
			delete(content, "*/*")
		}
	}
}

func isBinary(s map[string]any) bool {
	return s != nil && s["type"] == "string" && (s["format"] == "binary" || s["format"] == "byte")
}

func convertContent(c map[string]any) {
	for _, mt := range c {
		m := asMap(mt)
		if m == nil {
			continue
		}
		if s := asMap(m["schema"]); s != nil {
			m["schema"] = convertSchema(s)
		}
		for _, enc := range asMap(m["encoding"]) {
			for _, h := range asMap(asMap(enc)["headers"]) {
				convertParameter(asMap(h))
			}
		}
	}
}

func isNullSchema(v any) bool {
	m := asMap(v)
	if m == nil {
		return false
	}
	if m["type"] == "null" {
		return true
	}
	if ts, ok := m["type"].([]any); ok && len(ts) == 1 && ts[0] == "null" {
		return true
	}
	return false
}

// convertSchema converts a schema in place and returns it (the same map).
func convertSchema(s map[string]any) map[string]any {
	if s == nil {
		return nil
	}
	if _, ok := s["$ref"]; ok {
		// In 3.0 the siblings of $ref are ignored; drop them so nothing misleads a reader.
		for k := range s {
			if k != "$ref" {
				delete(s, k)
			}
		}
		return s
	}
	for _, k := range schemaKeywords31 {
		delete(s, k)
	}

	// type: [X, "null"] -> type: X, nullable: true
	switch t := s["type"].(type) {
	case []any:
		var types []string
		for _, e := range t {
			if e == "null" {
				s["nullable"] = true
			} else {
				types = append(types, fmt.Sprint(e))
			}
		}
		switch len(types) {
		case 0:
			delete(s, "type")
		case 1:
			s["type"] = types[0]
		default:
			fatalf("schema with several non-null types %v cannot be expressed in OpenAPI 3.0", types)
		}
	case string:
		if t == "null" {
			delete(s, "type")
			s["nullable"] = true
		}
	}

	// examples: [...] -> example (the first one)
	if ex, ok := s["examples"].([]any); ok {
		if _, has := s["example"]; !has && len(ex) > 0 {
			s["example"] = ex[0]
		}
		delete(s, "examples")
	} else if _, ok := s["examples"]; ok {
		delete(s, "examples")
	}

	retypeMisdeclaredDate(s)

	// const -> single-value enum
	if c, ok := s["const"]; ok {
		if _, has := s["enum"]; !has {
			s["enum"] = []any{c}
		}
		delete(s, "const")
	}

	// numeric exclusive bounds -> minimum/maximum + boolean
	for _, b := range [][2]string{{"exclusiveMinimum", "minimum"}, {"exclusiveMaximum", "maximum"}} {
		switch v := s[b[0]].(type) {
		case bool:
		case nil:
		default:
			s[b[1]] = v
			s[b[0]] = true
		}
	}

	// oneOf/anyOf with a {type: null} branch -> nullable
	for _, kw := range []string{"oneOf", "anyOf"} {
		branches, ok := s[kw].([]any)
		if !ok {
			continue
		}
		var rest []any
		for _, b := range branches {
			if isNullSchema(b) {
				s["nullable"] = true
				continue
			}
			rest = append(rest, b)
		}
		if len(rest) == len(branches) {
			continue
		}
		delete(s, kw)
		switch {
		case len(rest) == 0:
		case len(rest) == 1 && asMap(rest[0])["$ref"] != nil:
			s["allOf"] = append(asSlice(s["allOf"]), rest[0])
		case len(rest) == 1:
			for k, v := range asMap(rest[0]) {
				if _, clash := s[k]; clash && k != "nullable" {
					fatalf("cannot merge single %s branch: key %q clashes", kw, k)
				}
				s[k] = v
			}
		default:
			s[kw] = rest
		}
	}

	if nullable, _ := s["nullable"].(bool); nullable {
		// In 3.0 nullable already admits null; a null listed in the enum would only give
		// oapi-codegen an unnamed constant.
		if e, ok := s["enum"].([]any); ok {
			s["enum"] = slices.DeleteFunc(slices.Clone(e), func(v any) bool { return v == nil })
		}
	}

	for _, k := range []string{"allOf", "anyOf", "oneOf"} {
		for i, sub := range asSlice(s[k]) {
			asSlice(s[k])[i] = convertSchema(asMap(sub))
		}
	}
	for _, k := range []string{"items", "not", "additionalProperties"} {
		if sub := asMap(s[k]); sub != nil {
			s[k] = convertSchema(sub)
		}
	}
	for name, p := range asMap(s["properties"]) {
		asMap(s["properties"])[name] = convertSchema(asMap(p))
	}
	if s["type"] == "array" && s["items"] == nil {
		s["items"] = map[string]any{}
	}
	return s
}

// ---- example validation ----------------------------------------------------------------------

func load(doc map[string]any) (*openapi3.T, error) {
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, err
	}
	t, err := openapi3.NewLoader().LoadFromData(data)
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	return t, nil
}

// dropInvalidExamples walks the kin-openapi document and the generic tree side by side and
// deletes, from the tree, every example and default that fails validation the way
// doc.Validate(ctx, EnableExamplesValidation()) checks it.
func dropInvalidExamples(t *openapi3.T, doc map[string]any, dropped *[]string) {
	d := &dropper{dropped: dropped}
	if t.Components != nil {
		comps := asMap(doc["components"])
		for _, name := range sortedKeys(t.Components.Schemas) {
			d.schema(t.Components.Schemas[name], asMap(asMap(comps["schemas"])[name]), "#/components/schemas/"+name)
		}
		for _, name := range sortedKeys(t.Components.Parameters) {
			if p := t.Components.Parameters[name]; p.Ref == "" {
				d.parameter(p.Value, asMap(asMap(comps["parameters"])[name]), "#/components/parameters/"+name)
			}
		}
		for _, name := range sortedKeys(t.Components.Headers) {
			if h := t.Components.Headers[name]; h.Ref == "" {
				d.parameter(&h.Value.Parameter, asMap(asMap(comps["headers"])[name]), "#/components/headers/"+name)
			}
		}
		for _, name := range sortedKeys(t.Components.RequestBodies) {
			if rb := t.Components.RequestBodies[name]; rb.Ref == "" {
				d.content(rb.Value.Content, asMap(asMap(asMap(comps["requestBodies"])[name])["content"]), true, "#/components/requestBodies/"+name)
			}
		}
		for _, name := range sortedKeys(t.Components.Responses) {
			if r := t.Components.Responses[name]; r.Ref == "" {
				d.response(r.Value, asMap(asMap(comps["responses"])[name]), "#/components/responses/"+name)
			}
		}
	}
	paths := asMap(doc["paths"])
	for _, p := range t.Paths.InMatchingOrder() {
		item := t.Paths.Value(p)
		mi := asMap(paths[p])
		loc := "paths." + p
		for i, pr := range item.Parameters {
			if pr.Ref == "" {
				d.parameter(pr.Value, asMap(asSlice(mi["parameters"])[i]), loc+".parameters")
			}
		}
		for _, method := range sortedKeys(item.Operations()) {
			op := item.Operations()[method]
			mo := asMap(mi[strings.ToLower(method)])
			oloc := loc + "." + strings.ToLower(method)
			for i, pr := range op.Parameters {
				if pr.Ref == "" {
					d.parameter(pr.Value, asMap(asSlice(mo["parameters"])[i]), oloc+".parameters."+pr.Value.Name)
				}
			}
			if rb := op.RequestBody; rb != nil && rb.Ref == "" {
				d.content(rb.Value.Content, asMap(asMap(mo["requestBody"])["content"]), true, oloc+".requestBody")
			}
			if op.Responses != nil {
				for code, r := range op.Responses.Map() {
					if r.Ref == "" {
						d.response(r.Value, asMap(asMap(mo["responses"])[code]), oloc+".responses."+code)
					}
				}
			}
		}
	}
}

type dropper struct {
	dropped *[]string
}

func (d *dropper) note(loc, what string, err error) {
	msg := strings.ReplaceAll(err.Error(), "\n", " ")
	if len(msg) > 160 && os.Getenv("TRIM_FULL") == "" {
		msg = msg[:160] + "..."
	}
	*d.dropped = append(*d.dropped, fmt.Sprintf("%s %s: %s", loc, what, msg))
}

func (d *dropper) schema(sr *openapi3.SchemaRef, m map[string]any, loc string) {
	if sr == nil || m == nil || sr.Ref != "" || sr.Value == nil {
		return
	}
	s := sr.Value
	if s.Default != nil {
		if err := s.VisitJSON(s.Default, openapi3.MultiErrors()); err != nil {
			delete(m, "default")
			d.note(loc, "default", err)
		}
	}
	if s.Example != nil {
		if err := s.VisitJSON(s.Example, openapi3.MultiErrors()); err != nil {
			delete(m, "example")
			d.note(loc, "example", err)
		}
	}
	for _, name := range sortedKeys(s.Properties) {
		d.schema(s.Properties[name], asMap(asMap(m["properties"])[name]), loc+".properties."+name)
	}
	d.schema(s.Items, asMap(m["items"]), loc+".items")
	d.schema(s.Not, asMap(m["not"]), loc+".not")
	d.schema(s.AdditionalProperties.Schema, asMap(m["additionalProperties"]), loc+".additionalProperties")
	for kw, list := range map[string]openapi3.SchemaRefs{"allOf": s.AllOf, "anyOf": s.AnyOf, "oneOf": s.OneOf} {
		ml := asSlice(m[kw])
		for i, sub := range list {
			if i < len(ml) {
				d.schema(sub, asMap(ml[i]), fmt.Sprintf("%s.%s[%d]", loc, kw, i))
			}
		}
	}
}

func (d *dropper) parameter(p *openapi3.Parameter, m map[string]any, loc string) {
	if p == nil || m == nil {
		return
	}
	if p.Schema != nil {
		d.schema(p.Schema, asMap(m["schema"]), loc+".schema")
		if p.Schema.Value != nil {
			d.examples(p.Schema.Value, p.Example, p.Examples, m, loc, nil)
		}
	}
	d.content(p.Content, asMap(m["content"]), false, loc)
}

func (d *dropper) response(r *openapi3.Response, m map[string]any, loc string) {
	if r == nil || m == nil {
		return
	}
	for _, name := range sortedKeys(r.Headers) {
		if h := r.Headers[name]; h.Ref == "" && h.Value != nil {
			d.parameter(&h.Value.Parameter, asMap(asMap(m["headers"])[name]), loc+".headers."+name)
		}
	}
	d.content(r.Content, asMap(m["content"]), false, loc)
}

func (d *dropper) content(c openapi3.Content, m map[string]any, request bool, loc string) {
	for _, mt := range sortedKeys(c) {
		v := c[mt]
		mm := asMap(m[mt])
		if v == nil || mm == nil {
			continue
		}
		d.schema(v.Schema, asMap(mm["schema"]), loc+"."+mt+".schema")
		if v.Schema != nil && v.Schema.Value != nil {
			var opts []openapi3.SchemaValidationOption
			if request {
				opts = append(opts, openapi3.VisitAsRequest())
			}
			d.examples(v.Schema.Value, v.Example, v.Examples, mm, loc+"."+mt, opts)
		}
	}
}

// examples checks the example/examples of a parameter, header or media type object.
func (d *dropper) examples(s *openapi3.Schema, example any, examples openapi3.Examples, m map[string]any, loc string, opts []openapi3.SchemaValidationOption) {
	opts = append([]openapi3.SchemaValidationOption{openapi3.MultiErrors()}, opts...)
	if example != nil {
		if err := s.VisitJSON(example, opts...); err != nil {
			delete(m, "example")
			d.note(loc, "example", err)
		}
	}
	mex := asMap(m["examples"])
	for _, name := range sortedKeys(examples) {
		ex := examples[name]
		if ex == nil || ex.Value == nil || ex.Value.Value == nil {
			continue
		}
		if err := s.VisitJSON(ex.Value.Value, opts...); err != nil {
			delete(mex, name)
			d.note(loc, "examples."+name, err)
		}
	}
	if mex != nil && len(mex) == 0 {
		delete(m, "examples")
	}
}

// ---- output ----------------------------------------------------------------------------------

// render writes the document as YAML: fixed order for the top-level keys, sorted keys below.
func render(doc map[string]any, sc specConfig) ([]byte, error) {
	root := &yaml.Node{Kind: yaml.MappingNode}
	order := []string{"openapi", "info", "externalDocs", "security", "tags", "paths", "components"}
	for k := range doc {
		if !slices.Contains(order, k) {
			return nil, fmt.Errorf("unexpected top-level key %q", k)
		}
	}
	for _, k := range order {
		v, ok := doc[k]
		if !ok {
			continue
		}
		var n yaml.Node
		if err := n.Encode(v); err != nil {
			return nil, fmt.Errorf("encode %s: %w", k, err)
		}
		root.Content = append(root.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k}, &n)
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# Code generated by openapi/upstream/trim/trim.go from ../shared/upstream-specs/%s; DO NOT EDIT.\n", sc.Source)
	fmt.Fprintf(&buf, "# Trimmed to the operations listed under %q in openapi/upstream/trim/trim.yaml and converted to OpenAPI 3.0.3.\n", sc.Name)
	fmt.Fprintf(&buf, "# Regenerate with: go run ./openapi/upstream/trim/trim.go %s\n", sc.Name)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ---- helpers ---------------------------------------------------------------------------------

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func asSlice(v any) []any {
	s, _ := v.([]any)
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func deepCopy(v any) any {
	switch x := v.(type) {
	case map[string]any:
		c := make(map[string]any, len(x))
		for k, e := range x {
			c[k] = deepCopy(e)
		}
		return c
	case []any:
		c := make([]any, len(x))
		for i, e := range x {
			c[i] = deepCopy(e)
		}
		return c
	}
	return v
}

// retypeMisdeclaredDate fixes Java dates that springdoc declared as a bare
// `type: object` (ARNS's assessedOn, dateCompleted, ...): the services send
// them as strings, as the schema's own example shows. Left as objects, the
// generated clients could not decode them. The example's shape decides
// between date and date-time.
func retypeMisdeclaredDate(s map[string]any) {
	if s["type"] != "object" || s["properties"] != nil || s["additionalProperties"] != nil {
		return
	}
	example, ok := s["example"].(string)
	if !ok {
		return
	}
	for layout, format := range map[string]string{"2006-01-02T15:04:05": "date-time", "2006-01-02": "date"} {
		if _, err := time.Parse(layout, example); err == nil {
			s["type"], s["format"] = "string", format
			return
		}
	}
}
