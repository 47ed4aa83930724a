package risks_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ministryofjustice/hmpps-backbone/core/risks"
)

func TestByGroupInvertsLevelsAndCamelCasesGroups(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		in   map[string][]string
		want map[string]string
	}{
		{"seed example", map[string][]string{"HIGH": {"Children", "Known Adult"}, "MEDIUM": {"Public"}},
			map[string]string{"children": "HIGH", "knownAdult": "HIGH", "public": "MEDIUM"}},
		{"upper-case words", map[string][]string{"LOW": {"KNOWN ADULT", "Staff"}},
			map[string]string{"knownAdult": "LOW", "staff": "LOW"}},
		{"empty stays empty", map[string][]string{}, map[string]string{}},
		{"absent stays absent", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, c.want, risks.ByGroup(c.in))
		})
	}
}
