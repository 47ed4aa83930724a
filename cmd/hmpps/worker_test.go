package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

func TestCaseNotesWorkerConfig(t *testing.T) {
	t.Parallel()
	embedded := config{Simulator: "embedded", SimulatorAddr: "127.0.0.1:8090", Upstreams: map[string]string{
		"case-notes": "http://127.0.0.1:8090", "alerts-api": "http://127.0.0.1:8090",
	}}
	real := config{Simulator: "off", Upstreams: map[string]string{
		"case-notes": "https://case-notes.example", "alerts-api": "https://alerts.example/base",
	}}
	tests := []struct {
		name    string
		cfg     config
		env     map[string]string
		enabled bool
		allowed []string
		refused []string
		wantErr bool
	}{
		{name: "on by default", cfg: embedded, enabled: true, allowed: []string{"http://localhost:8090/alerts/x", "http://127.0.0.1:8090/alerts/x"}, refused: []string{"http://localhost:8091/alerts/x"}},
		{name: "disabled", cfg: embedded, env: map[string]string{"CASE_NOTES_WORKER_ENABLED": "false"}, enabled: false},
		{name: "real upstreams only", cfg: real, enabled: true,
			allowed: []string{"https://case-notes.example/case-notes/A/B", "https://alerts.example/alerts/x"},
			refused: []string{"http://localhost:8090/alerts/x", "http://case-notes.example/case-notes/A/B"}},
		{name: "explicit list replaces the defaults", cfg: real, enabled: true, env: map[string]string{"DETAIL_URL_ALLOWED_HOSTS": "https://a.example, http://b.example:81"},
			allowed: []string{"https://a.example/x", "http://b.example:81/x"}, refused: []string{"https://case-notes.example/x"}},
		{name: "bad flag", cfg: real, env: map[string]string{"CASE_NOTES_WORKER_ENABLED": "yes please"}, wantErr: true},
		{name: "bad origin", cfg: real, env: map[string]string{"DETAIL_URL_ALLOWED_HOSTS": "a.example"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			wc, err := loadCaseNotesWorkerConfig(tt.cfg, func(k string) string { return tt.env[k] })
			if tt.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.enabled, wc.Enabled)
			for _, u := range tt.allowed {
				_, err := wc.Allowed.Check(u)
				assert.NoError(t, err, u)
			}
			for _, u := range tt.refused {
				_, err := wc.Allowed.Check(u)
				assert.True(t, apperr.Is(err, apperr.Forbidden), "%s: %v", u, err)
			}
		})
	}
}

func TestCaseNotesTypesOfInterestConfig(t *testing.T) {
	t.Parallel()
	cfg := config{Simulator: "off", Upstreams: map[string]string{"case-notes": "https://case-notes.example", "alerts-api": "https://alerts.example"}}
	load := func(v string) (caseNotesWorkerConfig, error) {
		return loadCaseNotesWorkerConfig(cfg, func(k string) string {
			return map[string]string{"CASE_NOTES_TYPES_OF_INTEREST": v}[k]
		})
	}
	wc, err := load("")
	require.NoError(t, err)
	assert.True(t, wc.TypesOfInterest.Includes("NEG", "IEP_WARN"), "the default adds NEG IEP_WARN (ADR 0018)")
	assert.True(t, wc.TypesOfInterest.Includes("GEN", "OSE"))
	assert.False(t, wc.TypesOfInterest.Includes("NOTOF", "INTEREST"))

	wc, err = load("GEN:OSE, KA")
	require.NoError(t, err)
	assert.False(t, wc.TypesOfInterest.Includes("NEG", "IEP_WARN"), "a configured table replaces the default")
	assert.True(t, wc.TypesOfInterest.Includes("KA", "KS"))

	_, err = load("GEN:OSE,GEN:X")
	require.ErrorContains(t, err, "CASE_NOTES_TYPES_OF_INTEREST")
}
