package ndelius_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/ndelius"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

func TestCaseAccessMapsTheAnswerPerCRN(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct{ Crns []string }
		if r.Method != http.MethodPost || r.URL.Path != "/probation-cases/access" || json.NewDecoder(r.Body).Decode(&req) != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		assert.Equal(t, []string{"X00001", "X00007", "X99999"}, req.Crns)
		w.Header().Set("Content-Type", "application/json")
		// X99999 is unknown to nDelius: no entry.
		_, _ = w.Write([]byte(`{"access":[{"crn":"X00001","userExcluded":false,"userRestricted":false},
			{"crn":"X00007","userExcluded":true,"exclusionMessage":"excluded","userRestricted":true,"restrictionMessage":"restricted"}]}`))
	}))
	t.Cleanup(srv.Close)
	c, err := ndelius.New(srv.URL, srv.Client())
	require.NoError(t, err)

	got, err := c.CaseAccess(context.Background(), []string{"X00001", "X00007", "X99999"})
	require.NoError(t, err)
	assert.Equal(t, map[string]person.CaseAccess{
		"X00001": {},
		"X00007": {Excluded: true, ExclusionMessage: "excluded", Restricted: true, RestrictionMessage: "restricted"},
	}, got)
}

func TestCaseAccessAsksInBatchesOfTheSpecsLimit(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		var req struct{ Crns []string }
		require.NoError(t, json.NewDecoder(r.Body).Decode(&req))
		assert.LessOrEqual(t, len(req.Crns), 500)
		access := []map[string]any{}
		for _, crn := range req.Crns {
			access = append(access, map[string]any{"crn": crn, "userRestricted": false, "userExcluded": false})
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"access": access})
	}))
	t.Cleanup(srv.Close)
	c, err := ndelius.New(srv.URL, srv.Client())
	require.NoError(t, err)

	crns := make([]string, 501)
	for i := range crns {
		crns[i] = fmt.Sprintf("X%05d", i)
	}
	got, err := c.CaseAccess(context.Background(), crns)
	require.NoError(t, err)
	assert.Equal(t, int32(2), calls.Load())
	assert.Len(t, got, len(crns))
}

func TestCaseAccessFailureIsAnUpstreamError(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusInternalServerError)
	}))
	t.Cleanup(srv.Close)
	c, err := ndelius.New(srv.URL, srv.Client())
	require.NoError(t, err)

	_, err = c.CaseAccess(context.Background(), []string{"X00001"})
	e, ok := apperr.As(err)
	require.True(t, ok, "%v", err)
	assert.Equal(t, apperr.Upstream, e.Kind)
	assert.Equal(t, ndelius.Source, e.Source)
}
