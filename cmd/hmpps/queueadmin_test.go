package main

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/access"
	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/dbqueue"
	"github.com/ministryofjustice/hmpps-backbone/adapters/queue/sqsqueue"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store/storetest"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// queueNames are the service's queues in a test, as configured through the environment.
type queueNames struct{ events, dlq, audit, jobs string }

var defaultQueueNames = queueNames{"hmpps-domain-events", "hmpps-domain-events-dlq", "audit", "jobsboardintegration"}

// startQueueAdmin starts the service on the embedded queue and returns, beside
// it, a second handle on the same database's queues, standing for another
// process (the publish CLI) that puts messages where the operator will find them.
func startQueueAdmin(t *testing.T, engine store.Engine) (*service, ports.Queue) {
	t.Helper()
	dsn := storetest.DSN(t, engine)
	s := startService(t, engine, map[string]string{"DATABASE_URL": dsn, "QUEUE_BACKEND": "embedded"})
	s.headers[access.DNHeader] = dnOf("queue-admin")
	db, err := store.Open(t.Context(), dsn)
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	n := defaultQueueNames
	q, err := dbqueue.New(db,
		dbqueue.QueueConfig{Name: n.events, DLQ: n.dlq}, dbqueue.QueueConfig{Name: n.audit}, dbqueue.QueueConfig{Name: n.jobs})
	require.NoError(t, err)
	return s, q
}

func TestQueueAdminOnTheEmbeddedQueue(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		s, q := startQueueAdmin(t, engine)
		queueAdminScenario(t, s, q, defaultQueueNames)
	})
}

// The same scenario through SQS (the emulator make test starts): the service
// creates its queues, under names of this test's own, and the test reaches
// them with an adapter of its own.
func TestQueueAdminOnSQS(t *testing.T) {
	endpoint := os.Getenv("TEST_SQS_ENDPOINT")
	if endpoint == "" {
		if os.Getenv("REQUIRE_SQS") != "" {
			t.Fatal("REQUIRE_SQS is set but TEST_SQS_ENDPOINT is empty")
		}
		t.Skip("TEST_SQS_ENDPOINT is not set: run through .ci/with-services.sh (make test)")
	}
	// The service takes credentials from the AWS SDK's default chain, as in
	// production; the emulator accepts any. (t.Setenv: this test is not parallel.)
	t.Setenv("AWS_ACCESS_KEY_ID", "test")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "test")
	var b [4]byte
	_, _ = rand.Read(b[:])
	prefix := "c" + hex.EncodeToString(b[:]) + "-"
	n := queueNames{prefix + "events", prefix + "events-dlq", prefix + "audit", prefix + "jobs"}
	s := startService(t, store.SQLite, map[string]string{
		"QUEUE_BACKEND": "sqs", "SQS_ENDPOINT": endpoint, "SQS_CREATE_QUEUES": "true",
		"DOMAIN_EVENTS_QUEUE": n.events, "DOMAIN_EVENTS_DLQ": n.dlq, "AUDIT_QUEUE": n.audit, "JOBS_BOARD_QUEUE": n.jobs,
	})
	s.headers[access.DNHeader] = dnOf("queue-admin")
	client, err := sqsqueue.NewClient(t.Context(), sqsqueue.ClientConfig{Endpoint: endpoint, Region: "eu-west-2"})
	require.NoError(t, err)
	q, err := sqsqueue.New(t.Context(), sqsqueue.Config{Client: client, Queues: []sqsqueue.QueueConfig{
		{Name: n.events, DLQ: n.dlq}, {Name: n.audit}, {Name: n.jobs},
	}})
	require.NoError(t, err)
	queueAdminScenario(t, s, q, n)
}

// queueAdminScenario walks the four operations of /queue-admin the way an
// operator would: look at what failed, retry it, clear a queue.
func queueAdminScenario(t *testing.T, s *service, q ports.Queue, n queueNames) {
	t.Helper()
	publish := func(queue, body string) string {
		t.Helper()
		id, err := q.Publish(t.Context(), queue, ports.OutboundMessage{Body: body, Attributes: map[string]string{"eventType": "test"}})
		require.NoError(t, err)
		return id
	}
	jsonID := publish(n.dlq, `{"eventType":"person.case-note.created","additionalInformation":{"id":12345678901234567890}}`)
	rawID := publish(n.dlq, "not json")

	// Peek: both messages, bodies decoded; asking again finds them hidden.
	status, _, body := s.do(t, http.MethodGet, "/queue-admin/get-dlq-messages/"+n.dlq+"?maxMessages=10", "", nil)
	require.Equal(t, http.StatusOK, status, "%v", body)
	assert.EqualValues(t, 2, body["messagesFoundCount"])
	assert.EqualValues(t, 2, body["messagesReturnedCount"])
	bodies := map[string]any{}
	for _, m := range body["messages"].([]any) {
		m := m.(map[string]any)
		bodies[m["messageId"].(string)] = m["body"]
	}
	assert.Equal(t, map[string]any{
		jsonID: map[string]any{"eventType": "person.case-note.created", "additionalInformation": map[string]any{"id": 12345678901234567890.0}},
		rawID:  map[string]any{"rawMessage": "not json"},
	}, bodies)
	status, _, body = s.do(t, http.MethodGet, "/queue-admin/get-dlq-messages/"+n.dlq, "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.EqualValues(t, 2, body["messagesFoundCount"])
	assert.EqualValues(t, 0, body["messagesReturnedCount"])
	assert.Equal(t, []any{}, body["messages"])

	// Retry: the peeked messages are hidden, so a third one is what moves.
	publish(n.dlq, `{"eventType":"third"}`)
	status, _, body = s.do(t, http.MethodPut, "/queue-admin/retry-dlq/"+n.dlq, "", nil)
	require.Equal(t, http.StatusOK, status, "%v", body)
	assert.Equal(t, map[string]any{"messagesFoundCount": 3.0}, body)
	moved, err := q.Receive(t.Context(), n.events, 10, 0)
	require.NoError(t, err)
	require.Len(t, moved, 1)
	assert.Equal(t, `{"eventType":"third"}`, moved[0].Body)
	assert.Equal(t, map[string]string{"eventType": "test"}, moved[0].Attributes)

	// Retry all: one result per queue with a DLQ; only this one has one.
	status, _, all := doList(t, s, http.MethodPut, "/queue-admin/retry-all-dlqs")
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{map[string]any{"messagesFoundCount": 2.0}}, all)

	// Purge: the main queue (in-flight message included) and an empty DLQ.
	publish(n.events, "another")
	status, _, body = s.do(t, http.MethodPut, "/queue-admin/purge-queue/"+n.events, "", nil)
	require.Equal(t, http.StatusOK, status, "%v", body)
	assert.Equal(t, map[string]any{"messagesFoundCount": 2.0}, body)
	status, _, body = s.do(t, http.MethodPut, "/queue-admin/purge-queue/"+n.dlq, "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, map[string]any{"messagesFoundCount": 2.0}, body, "the two peeked messages")

	// Unknown names, main queues where a DLQ is needed, and the audit queue are 404s in the seed's shape.
	publish(n.audit, "an audit record")
	for _, tc := range []struct{ method, path, name string }{
		{http.MethodPut, "/queue-admin/retry-dlq/", "no-such-dlq"},
		{http.MethodPut, "/queue-admin/retry-dlq/", n.events},
		{http.MethodGet, "/queue-admin/get-dlq-messages/", "no-such-dlq"},
		{http.MethodGet, "/queue-admin/get-dlq-messages/", n.jobs},
		{http.MethodPut, "/queue-admin/purge-queue/", "no-such-queue"},
		{http.MethodPut, "/queue-admin/purge-queue/", n.audit},
	} {
		status, _, body := s.do(t, tc.method, tc.path+tc.name, "", nil)
		require.Equal(t, http.StatusNotFound, status, tc.path+tc.name)
		assert.Equal(t, 404.0, body["status"])
		assert.Nil(t, body["errorCode"])
		assert.Contains(t, body["developerMessage"], tc.name+" not found")
		assert.Contains(t, body["userMessage"], "404 Not found error: ")
	}
	audit, err := q.Receive(t.Context(), n.audit, 10, 0)
	require.NoError(t, err)
	assert.Len(t, audit, 1, "the audit queue is never purged")

	// maxMessages below 1 is the caller's mistake.
	status, _, body = s.do(t, http.MethodGet, "/queue-admin/get-dlq-messages/"+n.dlq+"?maxMessages=0", "", nil)
	require.Equal(t, http.StatusBadRequest, status, "%v", body)

	// The queue is a critical component of /health, with the DLQ's count.
	status, _, body = s.do(t, http.MethodGet, "/health", "", nil)
	require.Equal(t, http.StatusOK, status, "%v", body)
	queue := body["components"].(map[string]any)["queue"].(map[string]any)
	assert.Equal(t, "UP", queue["status"])
	assert.Equal(t, n.dlq, queue["details"].(map[string]any)[n.events].(map[string]any)["dlqName"])
}

// doList is do for the one operation whose body is a JSON array.
func doList(t *testing.T, s *service, method, path string) (int, http.Header, []any) {
	t.Helper()
	req, err := http.NewRequest(method, s.url+path, nil)
	require.NoError(t, err)
	for k, v := range s.headers {
		req.Header.Set(k, v)
	}
	resp, err := s.client.Do(req)
	require.NoError(t, err)
	defer func() { _ = resp.Body.Close() }()
	var out []any
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&out))
	return resp.StatusCode, resp.Header, out
}
