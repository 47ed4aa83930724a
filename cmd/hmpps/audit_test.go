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

// Every successful /v1 call is audited on the audit queue; failures are not.
func TestSuccessfulCallsAreAudited(t *testing.T) {
	t.Parallel()
	s, q := startQueueAdmin(t, store.SQLite)
	s.headers[access.DNHeader] = dnOf("full-access")

	status, _, _ := s.do(t, http.MethodGet, "/v1/persons/2008%2F0545166T/name", "", nil)
	require.Equal(t, http.StatusOK, status)
	status, _, _ = s.do(t, http.MethodGet, "/v1/persons/Z9999ZZ/name", "", nil)
	require.Equal(t, http.StatusNotFound, status)

	var records []map[string]any
	require.Eventually(t, func() bool {
		got, err := q.Receive(t.Context(), defaultQueueNames.audit, 10, 200*time.Millisecond)
		require.NoError(t, err)
		for _, d := range got {
			var r map[string]any
			require.NoError(t, json.Unmarshal([]byte(d.Body), &r))
			records = append(records, r)
		}
		return len(records) >= 1
	}, 10*time.Second, 50*time.Millisecond)
	require.Len(t, records, 1, "only the successful call is audited")
	r := records[0]
	assert.Equal(t, "GET_PERSON_NAME", r["what"])
	assert.Equal(t, "full-access", r["who"])
	assert.Equal(t, "hmpps-integration-api", r["service"])
	assert.JSONEq(t, `{"hmppsId":"2008/0545166T"}`, r["details"].(string))
	_, err := time.Parse(time.RFC3339Nano, r["when"].(string))
	assert.NoError(t, err)
}
