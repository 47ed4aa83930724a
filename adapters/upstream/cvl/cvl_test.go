package cvl_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/cvl"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/licences"
)

const summaries = `[{"id":300101,"licenceType":"AP_PSS","policyVersion":"V2_1","version":"1.0","statusCode":"IN_PROGRESS",
	"prisonNumber":"A1234AA","bookingId":1201001,"crn":"X00001","createdByUsername":"JF","createdDateTime":"2026-10-05T09:15:00","isInPssPeriod":false}]`

const licence = `{"id":300101,"licenceType":"AP_PSS","policyVersion":"V2_1","version":"1.0","statusCode":"IN_PROGRESS",
	"prisonNumber":"A1234AA","bookingId":1201001,"crn":"X00001","createdByUsername":"JF","createdDateTime":"2026-10-05T09:15:00",
	"updatedDateTime":"2026-10-20T16:00:00Z","isInPssPeriod":false,
	"conditions":{"AP":{"standard":[{"code":"s1","text":"Be good."}],"bespoke":[{"text":"Keep away."}],
		"additional":[{"type":"AP","id":1,"category":"Freedom of movement","code":"a1","text":"Exclusion zone."}]},
	"PSS":{"standard":[{"code":"p1","text":"Keep in touch."}],"additional":[]}}}`

func TestLicencesMapSummariesAndConditions(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/public/licence-summaries/crn/X00001":
			_, _ = w.Write([]byte(summaries))
		case "/public/licences/id/300101":
			_, _ = w.Write([]byte(licence))
		default:
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte(`{"status":404,"userMessage":"Not found"}`))
		}
	}))
	t.Cleanup(srv.Close)
	c, err := cvl.New(srv.URL, srv.Client())
	require.NoError(t, err)

	s, err := c.Summaries(context.Background(), "X00001")
	require.NoError(t, err)
	require.Len(t, s, 1)
	assert.Equal(t, int64(300101), s[0].ID)
	assert.Equal(t, "A1234AA", s[0].PrisonNumber)

	l, err := c.Licence(context.Background(), 300101)
	require.NoError(t, err)
	assert.Equal(t, "IN_PROGRESS", l.StatusCode)
	assert.Equal(t, "AP_PSS", l.LicenceType)
	assert.Nil(t, l.Approved)
	assert.True(t, time.Date(2026, time.October, 20, 16, 0, 0, 0, time.UTC).Equal(*l.Updated))
	assert.Equal(t, licences.Conditions{
		APBespoke:     []string{"Keep away."},
		APStandard:    []licences.Coded{{Code: "s1", Text: "Be good."}},
		APAdditional:  []licences.Additional{{Code: "a1", Category: "Freedom of movement", Text: "Exclusion zone."}},
		PSSAdditional: []licences.Additional{},
		PSSStandard:   []licences.Coded{{Code: "p1", Text: "Keep in touch."}},
	}, l.Conditions)

	_, err = c.Licence(context.Background(), 999)
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
}
