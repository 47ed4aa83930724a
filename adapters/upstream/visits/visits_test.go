package visits

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

func TestSearchVisitsTranslatesSpringPages(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name      string
		asked     paging.Request
		wantQuery string // page and size sent upstream
		answer    string
		want      paging.Page[prison.Visit] // items compared by count only
		items     int
	}{
		{"first page is page 0 upstream", paging.Request{Page: 1, PerPage: 2}, "page=0&size=2",
			`{"content":[{},{}],"number":0,"size":2,"totalElements":5,"totalPages":3,"last":false,"numberOfElements":2}`,
			paging.Page[prison.Visit]{Request: paging.Request{Page: 1, PerPage: 2}, Total: 5}, 2},
		{"last page", paging.Request{Page: 3, PerPage: 2}, "page=2&size=2",
			`{"content":[{}],"number":2,"size":2,"totalElements":5,"totalPages":3,"last":true,"numberOfElements":1}`,
			paging.Page[prison.Visit]{Request: paging.Request{Page: 3, PerPage: 2}, Total: 5}, 1},
		{"the upstream's own numbers win", paging.Request{Page: 1, PerPage: 500}, "page=0&size=500",
			`{"content":[],"number":0,"size":100,"totalElements":0,"totalPages":0,"last":true,"numberOfElements":0}`,
			paging.Page[prison.Visit]{Request: paging.Request{Page: 1, PerPage: 100}, Total: 0}, 0},
		{"a page with no numbers counts its content", paging.Request{Page: 1, PerPage: 10}, "page=0&size=10",
			`{"content":[{}]}`,
			paging.Page[prison.Visit]{Request: paging.Request{Page: 1, PerPage: 10}, Total: 1}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				q := r.URL.Query()
				assert.Equal(t, c.wantQuery, "page="+q.Get("page")+"&size="+q.Get("size"))
				assert.Equal(t, []string{"MDI", "A1234AA", "BOOKED"}, []string{q.Get("prisonId"), q.Get("prisonerId"), q.Get("visitStatus")})
				w.Header().Set("Content-Type", "application/json")
				_, _ = w.Write([]byte(c.answer))
			}))
			t.Cleanup(srv.Close)
			client, err := New(srv.URL, srv.Client())
			require.NoError(t, err)
			got, err := client.SearchVisits(context.Background(), prison.VisitQuery{PrisonID: "MDI", PrisonerID: "A1234AA", Status: "BOOKED"}, c.asked)
			require.NoError(t, err)
			assert.Len(t, got.Items, c.items)
			assert.Equal(t, c.want.Request, got.Request)
			assert.Equal(t, c.want.Total, got.Total)
		})
	}
}
