package main

import (
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/access"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

func TestQueueConfigurationDefaults(t *testing.T) {
	t.Parallel()
	cfg, err := loadConfig(func(string) string { return "" })
	require.NoError(t, err)
	assert.Equal(t, queueConfig{
		Backend:           "embedded",
		Region:            "eu-west-2",
		DomainEvents:      "hmpps-domain-events",
		DomainEventsDLQ:   "hmpps-domain-events-dlq",
		Audit:             "audit",
		JobsBoard:         "jobsboardintegration",
		MaxReceiveCount:   3,
		VisibilityTimeout: 30 * time.Second,
	}, cfg.Queue)
}

func TestQueueConfigurationErrorsAreReported(t *testing.T) {
	t.Parallel()
	for key, value := range map[string]string{
		"QUEUE_BACKEND":            "rabbitmq",
		"QUEUE_MAX_RECEIVE_COUNT":  "0",
		"QUEUE_VISIBILITY_TIMEOUT": "100ms",
		"SQS_CREATE_QUEUES":        "sometimes",
		"AUDIT_QUEUE":              "hmpps-domain-events-dlq", // one queue cannot be two
	} {
		_, err := loadConfig(func(k string) string {
			if k == key {
				return value
			}
			return ""
		})
		require.Error(t, err, "%s=%s", key, value)
		assert.Contains(t, err.Error(), key)
	}
}

func TestEveryBackendHasTheSameQueues(t *testing.T) {
	t.Parallel()
	cfg, err := loadConfig(func(string) string { return "" })
	require.NoError(t, err)
	want := []ports.QueueInfo{
		{Name: "hmpps-domain-events", DLQ: "hmpps-domain-events-dlq"},
		{Name: "audit"},
		{Name: "jobsboardintegration"},
	}
	for _, backend := range []string{"memory", "embedded"} {
		qc := cfg.Queue
		qc.Backend = backend
		db, err := store.Open(t.Context(), "sqlite::memory:")
		require.NoError(t, err)
		t.Cleanup(func() { _ = db.Close() })
		q, err := newQueues(t.Context(), qc, db)
		require.NoError(t, err, backend)
		assert.ElementsMatch(t, want, q.Queues(), backend)
	}
}

// QUEUE_BACKEND=memory serves the queue-admin operations too.
func TestQueueAdminOnTheMemoryQueue(t *testing.T) {
	t.Parallel()
	s := startService(t, store.SQLite, map[string]string{"QUEUE_BACKEND": "memory"})
	s.headers[access.DNHeader] = dnOf("queue-admin")
	status, _, body := s.do(t, http.MethodPut, "/queue-admin/purge-queue/hmpps-domain-events", "", nil)
	require.Equal(t, http.StatusOK, status, "%v", body)
	assert.Equal(t, map[string]any{"messagesFoundCount": 0.0}, body)
	status, _, body = s.do(t, http.MethodGet, "/health", "", nil)
	require.Equal(t, http.StatusOK, status, "%v", body)
	assert.Equal(t, "memory", body["components"].(map[string]any)["queue"].(map[string]any)["details"].(map[string]any)["backend"])
}
