package main

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPersonCaseNotes(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/case-notes" }
	// Marcus Reid (A4578BX, X00004, in Moorland) has six case notes.
	for _, id := range []string{"A4578BX", "X00004", "2012%2F0394773H"} {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		list := items(t, body)
		assert.Equal(t, []any{"ACP", "OMIC", "KA", "GEN", "TRANSFER", "PRISON"}, field(list, "type"), "newest first: %s", id)
		assert.Equal(t, map[string]any{"isLastPage": true, "count": float64(6), "page": float64(1), "perPage": float64(10), "totalCount": float64(6), "totalPages": float64(1)}, body["pagination"], id)
	}
	status, _, body := s.do(t, http.MethodGet, path("X00004")+"?locationId=TRN", "", nil)
	require.Equal(t, http.StatusOK, status)
	n := items(t, body)[0].(map[string]any)
	assert.Equal(t, []any{"5b0a1f0e-1c39-4e54-9b0e-4f7b1b0d0a03", "A4578BX", "GEN", "OSE", "In transit to Moorland.", "TRN", false, "2024-06-03T09:30:00", []any{}},
		[]any{n["caseNoteId"], n["offenderIdentifier"], n["type"], n["subType"], n["text"], n["locationId"], n["sensitive"], n["occurrenceDateTime"], n["amendments"]})

	status, _, body = s.do(t, http.MethodGet, path("X00004")+"?startDate=2024-06-02&endDate=2024-06-03&perPage=1&page=2", "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{"TRANSFER"}, field(items(t, body), "type"))
	assert.Equal(t, float64(2), body["pagination"].(map[string]any)["totalCount"])

	// An amendment, on Kyle Turner's notes (X00005; his NOMS number is a legacy shape).
	status, _, body = s.do(t, http.MethodGet, path("X00005")+"?startDate=2022-10-18&endDate=2022-10-18", "", nil)
	require.Equal(t, http.StatusOK, status)
	var withAmendment map[string]any
	for _, item := range items(t, body) {
		if m := item.(map[string]any); m["type"] == "GEN" {
			withAmendment = m
		}
	}
	require.NotNil(t, withAmendment)
	assert.Equal(t, []any{map[string]any{"creationDateTime": "2022-10-19T11:12:13", "additionalNoteText": "Meeting notes added."}}, withAmendment["amendments"])

	// Unknown, hidden or without a NOMIS number: no case notes, as the original.
	for _, c := range []struct{ id, consumer string }{{"Z9999ZZ", "full-access"}, {"X00002", "full-access"}, {"A4578BX", "leeds-only"}} {
		status, _, body = s.do(t, http.MethodGet, path(c.id), "", as(c.consumer))
		require.Equal(t, http.StatusOK, status, c.id)
		assert.Equal(t, []any{}, body["data"], c.id)
	}
	status, _, _ = s.do(t, http.MethodGet, path("bogus"), "", nil)
	assert.Equal(t, http.StatusBadRequest, status)
	status, _, _ = s.do(t, http.MethodGet, path("X00004")+"?startDate=03-06-2024", "", nil)
	assert.Equal(t, http.StatusBadRequest, status)
}
