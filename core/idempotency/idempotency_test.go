package idempotency_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/idempotency"
)

func TestDecide(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	done := &idempotency.Response{Status: 201}
	rec := func(fp string, age time.Duration, resp *idempotency.Response) *idempotency.Record {
		return &idempotency.Record{Key: "k", Fingerprint: fp, CreatedAt: now.Add(-age), Response: resp}
	}
	tests := []struct {
		name     string
		existing *idempotency.Record
		want     idempotency.Decision
	}{
		{"new key", nil, idempotency.Run},
		{"same request within 10 minutes", rec("fp", 9*time.Minute, done), idempotency.Replay},
		{"same request after 10 minutes", rec("fp", 11*time.Minute, done), idempotency.Conflict},
		{"other request within 12 hours", rec("other", time.Hour, done), idempotency.Conflict},
		{"any request after 12 hours", rec("other", 13*time.Hour, done), idempotency.Run},
		{"same request still running", rec("fp", time.Second, nil), idempotency.Conflict},
		{"abandoned running request", rec("fp", 11*time.Minute, nil), idempotency.Run},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, idempotency.DefaultPolicy.Decide(tt.existing, "fp", now))
		})
	}
}

func TestParseKeyAndFingerprint(t *testing.T) {
	t.Parallel()
	key, err := idempotency.ParseKey("40154352-4A86-4a5b-bddd-9df63b4d59b4")
	assert.NoError(t, err)
	assert.Equal(t, "40154352-4a86-4a5b-bddd-9df63b4d59b4", key)
	for _, bad := range []string{"", "not-a-uuid", "40154352-4a86-4a5b-bddd-9df63b4d59b"} {
		_, err := idempotency.ParseKey(bad)
		e, ok := apperr.As(err)
		if assert.True(t, ok, bad) {
			assert.Equal(t, "Invalid idempotency_key", e.Title)
		}
	}
	a := idempotency.Fingerprint("POST", "/api/moves", []byte(`{"a":1}`))
	assert.Equal(t, a, idempotency.Fingerprint("POST", "/api/moves", []byte(`{"a":1}`)))
	assert.NotEqual(t, a, idempotency.Fingerprint("PATCH", "/api/moves", []byte(`{"a":1}`)))
	assert.NotEqual(t, a, idempotency.Fingerprint("POST", "/api/moves", []byte(`{"a":2}`)))
}
