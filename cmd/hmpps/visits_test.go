package main

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Component tests of the visits operations over the simulated visits service.

func TestVisitsGetVisit(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	status, _, body := s.do(t, http.MethodGet, "/v1/visit/v9-d7-ed-7u", "", nil)
	require.Equal(t, http.StatusOK, status, body)
	assert.Equal(t, map[string]any{
		"applicationReference": "dfs-wjs-eqr", "reference": "v9-d7-ed-7u", "prisonerId": "A1234AA",
		"prisonId": "MDI", "prisonName": "Moorland (HMP & YOI)", "sessionTemplateReference": "v9d.7ed.7u",
		"visitRoom": "Visits Main Hall", "visitType": "SOCIAL", "visitStatus": "BOOKED", "visitRestriction": "OPEN",
		"startTimestamp": "2030-01-15T10:30:00", "endTimestamp": "2030-01-15T11:30:00",
		"visitNotes":       []any{map[string]any{"type": "VISITOR_CONCERN", "text": "Visitor is concerned that his mother in-law is coming!"}},
		"visitContact":     map[string]any{"name": "John Smith", "telephone": "01234 567890", "email": "email@example.com"},
		"visitors":         []any{map[string]any{"contactId": float64(123456), "visitContact": true}, map[string]any{"contactId": float64(123457), "visitContact": false}},
		"visitorSupport":   map[string]any{"description": "Visually impaired assistance"},
		"createdTimestamp": "2026-11-02T09:15:00", "modifiedTimestamp": "2026-11-03T14:20:00", "firstBookedDateTime": "2026-11-02T09:15:00",
	}, body["data"])

	// A visit with no support needs and a contact without email renders them as null.
	status, _, body = s.do(t, http.MethodGet, "/v1/visit/kq-bw-lx-3p", "", nil)
	require.Equal(t, http.StatusOK, status)
	d := data(t, body)
	assert.Equal(t, []any{nil, nil, "VISITOR_CANCELLED"}, []any{d["visitorSupport"], d["visitContact"].(map[string]any)["email"], d["outcomeStatus"]})

	notFound := map[string]any{"status": float64(404), "errorCode": nil, "moreInfo": nil,
		"userMessage":      "404 Not found error: Could not find visit with reference: v9-d7-ed-7u.",
		"developerMessage": "Could not find visit with reference: v9-d7-ed-7u."}
	status, _, body = s.do(t, http.MethodGet, "/v1/visit/v9-d7-ed-7u", "", as("leeds-only"))
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, notFound, body, "a visit in another prison reads as unknown")
	status, _, _ = s.do(t, http.MethodGet, "/v1/visit/le-ed-sv-1a", "", as("leeds-only"))
	assert.Equal(t, http.StatusOK, status)
	status, _, body = s.do(t, http.MethodGet, "/v1/visit/no-such-ref", "", nil)
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, "Could not find visit with reference: no-such-ref.", body["developerMessage"])
}

func TestVisitsSearch(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	search := func(prisonID, query string, header map[string]string) (int, map[string]any) {
		status, _, body := s.do(t, http.MethodGet, "/v1/prison/"+prisonID+"/visit/search?"+query, "", header)
		return status, body
	}
	pagination := func(isLast bool, count, page, perPage, total, pages int) map[string]any {
		return map[string]any{"isLastPage": isLast, "count": float64(count), "page": float64(page), "perPage": float64(perPage), "totalCount": float64(total), "totalPages": float64(pages)}
	}
	cases := []struct {
		name, query string
		want        []any
		pagination  map[string]any
	}{
		{"booked, newest first", "visitStatus=BOOKED", []any{"mb-ds-tz-4k", "v9-d7-ed-7u", "ht-rd-wq-9m"}, pagination(true, 3, 1, 10, 3, 1)},
		{"page 1 is the first page", "visitStatus=BOOKED&page=1&size=1", []any{"mb-ds-tz-4k"}, pagination(false, 1, 1, 1, 3, 3)},
		{"page 2", "visitStatus=BOOKED&page=2&size=1", []any{"v9-d7-ed-7u"}, pagination(false, 1, 2, 1, 3, 3)},
		{"last page", "visitStatus=BOOKED&page=2&size=2", []any{"ht-rd-wq-9m"}, pagination(true, 1, 2, 2, 3, 2)},
		{"beyond the end", "visitStatus=BOOKED&page=9", []any{}, pagination(true, 0, 9, 10, 3, 1)},
		{"cancelled", "visitStatus=CANCELLED", []any{"kq-bw-lx-3p"}, pagination(true, 1, 1, 10, 1, 1)},
		{"by NOMS number", "visitStatus=BOOKED&hmppsId=A1234AA", []any{"v9-d7-ed-7u", "ht-rd-wq-9m"}, nil},
		{"by CRN", "visitStatus=BOOKED&hmppsId=X00001", []any{"v9-d7-ed-7u", "ht-rd-wq-9m"}, nil},
		{"by PNC", "visitStatus=BOOKED&hmppsId=2008%2F0545166T", []any{"v9-d7-ed-7u", "ht-rd-wq-9m"}, nil},
		{"by dates", "visitStatus=BOOKED&fromDate=2030-01-01&toDate=2030-01-15", []any{"v9-d7-ed-7u"}, nil},
		{"nothing there", "visitStatus=BOOKED&hmppsId=A7777BB", []any{}, pagination(true, 0, 1, 10, 0, 0)},
	}
	for _, c := range cases {
		status, body := search("MDI", c.query, nil)
		require.Equal(t, http.StatusOK, status, "%s: %v", c.name, body)
		assert.Equal(t, c.want, field(items(t, body), "reference"), c.name)
		if c.pagination != nil {
			assert.Equal(t, c.pagination, body["pagination"], c.name)
		}
	}

	for query, want := range map[string]int{
		"":                          http.StatusBadRequest, // visitStatus is required
		"visitStatus=BOOKING":       http.StatusBadRequest,
		"visitStatus=BOOKED&page=0": http.StatusBadRequest,
		"visitStatus=BOOKED&size=0": http.StatusBadRequest,
		"visitStatus=BOOKED&fromDate=2030-02-01&toDate=2030-01-01": http.StatusBadRequest,
		"visitStatus=BOOKED&hmppsId=bogus":                         http.StatusBadRequest,
		"visitStatus=BOOKED&hmppsId=Z9999ZZ":                       http.StatusNotFound,
	} {
		status, body := search("MDI", query, nil)
		require.Equal(t, want, status, query)
		assert.Equal(t, float64(want), body["status"], query)
	}
	status, body := search("MDI", "visitStatus=BOOKED", as("leeds-only"))
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, "Could not find prison with id: MDI.", body["developerMessage"])
	status, body = search("LEI", "visitStatus=BOOKED", as("leeds-only"))
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{"le-ed-sv-1a"}, field(items(t, body), "reference"))
}

func TestVisitsFuture(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/visit/future" }
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		assert.Equal(t, []any{"v9-d7-ed-7u"}, field(items(t, body), "reference"), "booked and still to come: %s", id)
	}
	status, _, body := s.do(t, http.MethodGet, path("A2345BC"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{}, body["data"])

	status, _, body = s.do(t, http.MethodGet, path("A1234AA"), "", as("leeds-only"))
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, personNotFound("A1234AA"), body)
	status, _, _ = s.do(t, http.MethodGet, path("X00002"), "", nil)
	assert.Equal(t, http.StatusNotFound, status, "probation only")
	commonErrors(t, s, path)
}
