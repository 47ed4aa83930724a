package pom_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/pom"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
)

func TestPrimaryPOM(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/api/allocation/A1234AA/primary_pom":
			_, _ = w.Write([]byte(`{"manager":{"code":485926,"forename":"Paula","surname":"Smith"},"prison":{"code":"MDI"}}`))
		case "/api/allocation/A5000EE/primary_pom":
			w.WriteHeader(http.StatusInternalServerError)
			_, _ = w.Write([]byte(`{"status":"error","message":"boom"}`))
		default:
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte(`{"status":"error","message":"Not allocated"}`))
		}
	}))
	t.Cleanup(srv.Close)
	c, err := pom.New(srv.URL, srv.Client())
	require.NoError(t, err)

	got, err := c.PrimaryPOM(context.Background(), "A1234AA")
	require.NoError(t, err)
	assert.Equal(t, probation.PrisonOffenderManager{Forename: "Paula", Surname: "Smith", PrisonCode: "MDI"}, got)
	_, err = c.PrimaryPOM(context.Background(), "G8133UA")
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err), "unallocated")
	_, err = c.PrimaryPOM(context.Background(), "A5000EE")
	assert.Equal(t, apperr.Upstream, apperr.KindOf(err))
}
