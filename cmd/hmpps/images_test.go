package main

import (
	"bytes"
	"image/jpeg"
	"io"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Component tests of the prisoner image operations.

func TestPersonImages(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/images" }
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		list := items(t, body)
		assert.Equal(t, []any{float64(2461788), float64(2461790), float64(1413311)}, field(list, "id"), "newest first: %s", id)
		assert.Equal(t, map[string]any{"id": float64(2461788), "active": true, "captureDateTime": "2025-03-01T09:30:00",
			"view": "FACE", "orientation": "FRONT", "type": "OFF_BKG"}, list[0], id)
	}
	status, _, body := s.do(t, http.MethodGet, path("A1234AA")+"?page=2&perPage=2", "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{float64(1413311)}, field(items(t, body), "id"))
	assert.Equal(t, map[string]any{"isLastPage": true, "count": float64(1), "page": float64(2), "perPage": float64(2), "totalCount": float64(3), "totalPages": float64(2)}, body["pagination"])

	status, _, _ = s.do(t, http.MethodGet, path("A1234AA"), "", as("leeds-only"))
	assert.Equal(t, http.StatusNotFound, status)
	status, _, body = s.do(t, http.MethodGet, path("G8133UA"), "", as("leeds-only"))
	require.Equal(t, http.StatusOK, status, "a NOMS-only prisoner has images too")
	assert.Equal(t, []any{float64(1413312)}, field(items(t, body), "id"))
	commonErrors(t, s, path)
}

func TestImageData(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	get := func(id string) (*http.Response, []byte) {
		req, err := http.NewRequest(http.MethodGet, s.url+"/v1/images/"+id, nil)
		require.NoError(t, err)
		for k, v := range s.headers {
			req.Header.Set(k, v)
		}
		resp, err := s.client.Do(req)
		require.NoError(t, err)
		defer func() { _ = resp.Body.Close() }()
		data, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return resp, data
	}
	resp, data := get("2461788")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "image/jpeg", resp.Header.Get("Content-Type"))
	_, err := jpeg.Decode(bytes.NewReader(data))
	assert.NoError(t, err, "the upstream's JPEG, unchanged")

	resp, data = get("999")
	require.Equal(t, http.StatusNotFound, resp.StatusCode)
	assert.Contains(t, string(data), "Could not find image with id: 999.")
	resp, _ = get("abc")
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
}
