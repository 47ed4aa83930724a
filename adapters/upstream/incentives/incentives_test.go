package incentives_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/incentives"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

// history is a recorded review history: the top level is the current level,
// iepDetails lists past reviews newest first.
const history = `{"bookingId":1201001,"daysSinceReview":12,"id":12010011,"iepCode":"STD","iepDate":"2026-01-14",
	"iepLevel":"Standard","iepTime":"2026-01-14T10:15:00","nextReviewDate":"2027-01-14","prisonerNumber":"A1234AA",
	"iepDetails":[
		{"id":12010011,"agencyId":"MDI","auditModuleName":"INCENTIVES_API","bookingId":1201001,"iepCode":"STD","iepDate":"2026-01-14",
		 "iepLevel":"Standard","iepTime":"2026-01-14T10:15:00","isRealReview":true,"prisonerNumber":"A1234AA","reviewType":"REVIEW","userId":"U1"},
		{"id":12010010,"agencyId":"MDI","auditModuleName":"INCENTIVES_API","bookingId":1201001,"iepCode":"ENH","iepDate":"2025-01-14",
		 "iepLevel":"Enhanced","iepTime":"2025-01-14T10:15:00","isRealReview":true,"prisonerNumber":"A1234AA","reviewType":"REVIEW","userId":"U1"}]}`

func TestCurrentLevelIsTheTopOfTheHistory(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/incentive-reviews/prisoner/A1234AA":
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(history))
		case "/incentive-reviews/prisoner/A5000EE":
			w.WriteHeader(http.StatusInternalServerError)
		default:
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	t.Cleanup(srv.Close)
	c, err := incentives.New(srv.URL, srv.Client())
	require.NoError(t, err)

	got, err := c.CurrentLevel(context.Background(), "A1234AA")
	require.NoError(t, err)
	assert.Equal(t, prison.IncentiveLevel{Code: "STD", Description: "Standard"}, got)

	_, err = c.CurrentLevel(context.Background(), "Z9999ZZ")
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
	_, err = c.CurrentLevel(context.Background(), "A5000EE")
	assert.Equal(t, apperr.Upstream, apperr.KindOf(err))
}
