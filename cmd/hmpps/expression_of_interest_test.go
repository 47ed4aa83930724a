package main

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/access"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
)

// An expression of interest lands on the jobs board queue as the jobs board
// expects it, for every shape of hmppsId.
func TestExpressionOfInterestIsPublishedToTheJobsBoard(t *testing.T) {
	t.Parallel()
	s, q := startQueueAdmin(t, store.SQLite)
	s.headers[access.DNHeader] = dnOf("full-access")

	for _, id := range []string{"A1234AA", "X00001", "2008%2F0545166T"} {
		status, _, body := s.do(t, http.MethodPut, "/v1/persons/"+id+"/expression-of-interest/jobs/8821", "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, map[string]any{"data": map[string]any{}, "errors": []any{}}, body)

		got, err := q.Receive(t.Context(), defaultQueueNames.jobs, 10, time.Second)
		require.NoError(t, err)
		require.Len(t, got, 1, id)
		assert.Equal(t, "mjma-jobs-board.job.expression-of-interest.created", got[0].Attributes["eventType"])
		var msg map[string]any
		require.NoError(t, json.Unmarshal([]byte(got[0].Body), &msg))
		assert.Equal(t, "ExpressionOfInterestCreated", msg["eventType"])
		assert.Nil(t, msg["description"])
		assert.Equal(t, map[string]any{"jobId": "8821", "prisonNumber": "A1234AA"}, msg["messageAttributes"])
		assert.NotEmpty(t, msg["messageId"])
		require.NoError(t, q.Delete(t.Context(), defaultQueueNames.jobs, got[0].ReceiptHandle))
	}

	// Unknown person, someone known only to probation (no prison number), a malformed id: nothing is published.
	for id, want := range map[string]int{"Z9999ZZ": http.StatusNotFound, "X00002": http.StatusNotFound, "bogus": http.StatusBadRequest} {
		status, _, _ := s.do(t, http.MethodPut, "/v1/persons/"+id+"/expression-of-interest/jobs/8821", "", nil)
		assert.Equal(t, want, status, id)
	}
	got, err := q.Receive(t.Context(), defaultQueueNames.jobs, 10, 100*time.Millisecond)
	require.NoError(t, err)
	assert.Empty(t, got)
}
