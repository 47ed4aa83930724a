package basm

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// includes parses an include parameter against the paths an endpoint supports;
// any prefix of a supported dotted path is allowed, anything else is a 400.
func includes(raw *string, supported ...string) (map[string]bool, error) {
	out := map[string]bool{}
	if raw == nil || strings.TrimSpace(*raw) == "" {
		return out, nil
	}
	var bad []string
	for _, p := range strings.Split(*raw, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if !slices.ContainsFunc(supported, func(s string) bool { return s == p || strings.HasPrefix(s, p+".") }) {
			bad = append(bad, fmt.Sprintf("%q", p))
			continue
		}
		out[p] = true
	}
	if len(bad) > 0 {
		quoted := make([]string, len(supported))
		for i, s := range supported {
			quoted[i] = fmt.Sprintf("%q", s)
		}
		return nil, apperr.New(apperr.Invalid, "[%s] is not supported. Valid values are: [%s]", strings.Join(bad, ", "), strings.Join(quoted, ", "))
	}
	return out, nil
}
