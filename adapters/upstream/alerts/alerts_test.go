package alerts_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/simulator"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/alerts"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/detailurl"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

func newClient(t *testing.T) (*alerts.Client, string) {
	t.Helper()
	srv := httptest.NewServer(simulator.New(simulator.DefaultWorld()))
	t.Cleanup(srv.Close)
	allowed, err := detailurl.New(srv.URL + "/some/base/path")
	require.NoError(t, err)
	c, err := alerts.New(srv.URL, transport.NewClient(transport.Config{TokenURL: srv.URL + "/auth/oauth/token", ClientID: "c", ClientSecret: "s"}), allowed)
	require.NoError(t, err)
	return c, srv.URL
}

func fixtureURL(base, uuid string) string {
	return strings.Replace("http://localhost:{wiremock.port}/alerts/"+uuid, "http://localhost:{wiremock.port}", base, 1)
}

func TestAlertFromTheDetailURL(t *testing.T) {
	t.Parallel()
	c, base := newClient(t)
	a, err := c.Alert(context.Background(), fixtureURL(base, simulator.AlertUpdatedInactive))
	require.NoError(t, err)
	assert.Equal(t, []any{simulator.AlertUpdatedInactive, "AA0001A", "V", "Vulnerability", "OVI", "Victim of intimidation", false, "Jane Doe", "LEI"},
		[]any{a.UUID, a.PrisonNumber, a.TypeCode, a.TypeDescription, a.Code, a.CodeDescription, a.IsActive, a.LastModifiedByDisplayName, a.PrisonCodeWhenCreated})
	assert.Equal(t, "2025-02-20", a.ActiveFrom.Format(time.DateOnly))
	require.NotNil(t, a.ActiveTo)
	assert.Equal(t, "2025-02-28", a.ActiveTo.Format(time.DateOnly))
	require.NotNil(t, a.LastModifiedAt)
	require.NotNil(t, a.ActiveToLastSetAt)
}

func TestAlertDetailURLs(t *testing.T) {
	t.Parallel()
	c, base := newClient(t)
	tests := []struct {
		name, url string
		kind      apperr.Kind
	}{
		{"missing alert", fixtureURL(base, "00000000-0000-0000-0000-000000000000"), apperr.NotFound},
		{"host not allowed", "http://169.254.169.254/alerts/" + simulator.AlertCreated, apperr.Forbidden},
		{"not a uuid", base + "/alerts/../../admin", apperr.Invalid},
	}
	for _, tt := range tests {
		_, err := c.Alert(context.Background(), tt.url)
		assert.Equal(t, tt.kind, apperr.KindOf(err), "%s: %v", tt.name, err)
	}
}

func TestActiveAlerts(t *testing.T) {
	t.Parallel()
	c, _ := newClient(t)
	got, err := c.ActiveAlerts(context.Background(), "A4578BX")
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "SE", got[0].Code)
	assert.Equal(t, "MDI", got[0].PrisonCodeWhenCreated)
}
