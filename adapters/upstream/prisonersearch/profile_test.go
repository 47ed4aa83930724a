package prisonersearch_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/prisonersearch"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

func TestPrisonerProfileParsesTheBookingID(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/prisoner/A1234AA":
			_, _ = w.Write([]byte(`{"prisonerNumber":"A1234AA","bookingId":"1201001","prisonId":"MDI","maritalStatus":"Single",
				"firstName":"A","lastName":"M","dateOfBirth":"1979-06-14","status":"ACTIVE IN","restrictedPatient":false}`))
		case "/prisoner/A2222BB":
			_, _ = w.Write([]byte(`{"prisonerNumber":"A2222BB","maritalStatus":"","firstName":"A","lastName":"M","dateOfBirth":"1979-06-14",
				"status":"ACTIVE IN","restrictedPatient":false}`))
		case "/prisoner/A9999ZZ":
			w.WriteHeader(http.StatusInternalServerError)
		default:
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	t.Cleanup(srv.Close)
	c, err := prisonersearch.New(srv.URL, srv.Client())
	require.NoError(t, err)

	booking := int64(1201001)
	got, err := c.PrisonerProfile(context.Background(), "A1234AA")
	require.NoError(t, err)
	assert.Equal(t, person.PrisonerProfile{PrisonID: "MDI", MaritalStatus: "Single", BookingID: &booking}, got)
	got, err = c.PrisonerProfile(context.Background(), "A2222BB")
	require.NoError(t, err)
	assert.Equal(t, person.PrisonerProfile{}, got, "no booking")

	_, err = c.PrisonerProfile(context.Background(), "Z0000ZZ")
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
	_, err = c.PrisonerProfile(context.Background(), "A9999ZZ")
	assert.Equal(t, apperr.Upstream, apperr.KindOf(err))
}
