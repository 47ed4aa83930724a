// Package access is the inbound adapter for Integration API access control:
// it reads the authorisation file, finds the caller's identity (a gateway's
// subject-distinguished-name header, or a verified client certificate), and
// applies core/access's decisions to every /v1 and /queue-admin request.
package access

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi"
	coreaccess "github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/openapi"
)

// fileFormat is the authorisation file. Only consumers, roles and
// redaction policies are read here; other top-level sections (the Book a Secure Move API's clients) belong
// to other readers and are ignored. Inside the sections, unknown keys are
// errors, so a misspelt "include" cannot silently grant nothing.
type fileFormat struct {
	Consumers         map[string]consumerEntry        `yaml:"consumers"`
	Roles             map[string]roleEntry            `yaml:"roles"`
	RedactionPolicies map[string]redactionPolicyEntry `yaml:"redactionPolicies"`
	Other             map[string]any                  `yaml:",inline"`
}

type consumerEntry struct {
	Roles     []string        `yaml:"roles"`
	Include   []string        `yaml:"include"`
	Filters   *filtersEntry   `yaml:"filters"`
	RateLimit *rateLimitEntry `yaml:"rateLimit"`
}

type filtersEntry struct {
	// Prisons: absent or null = every prison; [] = none; a list = those.
	Prisons []string `yaml:"prisons"`
}

type rateLimitEntry struct {
	PerSecond float64 `yaml:"perSecond"`
	Burst     int     `yaml:"burst"`
}

type roleEntry struct {
	Include           []string `yaml:"include"`
	RedactionPolicies []string `yaml:"redactionPolicies"`
}

type redactionPolicyEntry struct {
	Rules []redactionRuleEntry `yaml:"rules"`
}

type redactionRuleEntry struct {
	Paths   []string `yaml:"paths"`
	Action  string   `yaml:"action"`
	Fields  []string `yaml:"fields"`
	LAOOnly bool     `yaml:"laoOnly"`
}

// LoadFile reads and validates the authorisation file at path against the
// operations of the Integration API spec.
func LoadFile(path string) (*coreaccess.Policy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("authorisation file: %w", err)
	}
	operations, err := Operations()
	if err != nil {
		return nil, err
	}
	policy, err := Parse(data, operations)
	if err != nil {
		return nil, fmt.Errorf("authorisation file %s: %w", path, err)
	}
	return policy, nil
}

// Parse decodes an authorisation file and validates it against operations,
// the path templates of the API it protects.
func Parse(data []byte, operations []string) (*coreaccess.Policy, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var f fileFormat
	if err := dec.Decode(&f); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("the file is empty")
		}
		return nil, err
	}
	var cfg coreaccess.Config
	for _, name := range sortedKeys(f.Roles) {
		role := f.Roles[name]
		cfg.Roles = append(cfg.Roles, coreaccess.Role{Name: name, Include: role.Include, RedactionPolicies: role.RedactionPolicies})
	}
	for _, name := range sortedKeys(f.RedactionPolicies) {
		p := coreaccess.RedactionPolicy{Name: name}
		for _, r := range f.RedactionPolicies[name].Rules {
			p.Rules = append(p.Rules, coreaccess.RedactionRule{Paths: r.Paths, Action: coreaccess.Action(r.Action), Fields: r.Fields, LAOOnly: r.LAOOnly})
		}
		cfg.RedactionPolicies = append(cfg.RedactionPolicies, p)
	}
	for _, name := range sortedKeys(f.Consumers) {
		entry := f.Consumers[name]
		c := coreaccess.Consumer{Name: name, Roles: entry.Roles, Include: entry.Include}
		if entry.Filters != nil {
			c.Filters.Prisons = entry.Filters.Prisons
		}
		if entry.RateLimit != nil {
			c.RateLimit = &coreaccess.RateLimit{PerSecond: entry.RateLimit.PerSecond, Burst: entry.RateLimit.Burst}
		}
		cfg.Consumers = append(cfg.Consumers, c)
	}
	return coreaccess.NewPolicy(cfg, operations)
}

// Operations lists the path templates of the Integration API spec: what a
// grant may name.
func Operations() ([]string, error) {
	spec, err := integrationSpec()
	if err != nil {
		return nil, err
	}
	return slices.Clone(spec.templates), nil
}

type loadedSpec struct {
	router    *httpapi.SpecRouter
	templates []string
}

// integrationSpec parses the embedded spec once per process: it is read-only
// once loaded, and parsing it is the slow part of building the middleware.
var integrationSpec = sync.OnceValues(func() (*loadedSpec, error) {
	doc, err := openapi.Load(openapi.IntegrationAPI)
	if err != nil {
		return nil, err
	}
	var templates []string
	for path, item := range doc.Paths.Map() {
		if len(item.Operations()) > 0 {
			templates = append(templates, path)
		}
	}
	slices.Sort(templates)
	router, err := httpapi.NewSpecRouter(doc)
	if err != nil {
		return nil, err
	}
	return &loadedSpec{router: router, templates: templates}, nil
})

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
