package integration

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// Every kind of domain error renders with the seed's ErrorResponse shape and its status.
func TestRenderErrorMapsEveryKind(t *testing.T) {
	t.Parallel()
	cases := []struct {
		err    error
		status int
		user   string
	}{
		{apperr.New(apperr.Invalid, "Invalid HMPPS ID: x"), 400, "Validation failure: Invalid HMPPS ID: x"},
		{apperr.New(apperr.NotFound, "Could not find person with HMPPS id: Z9999ZZ."), 404, "404 Not found error: Could not find person with HMPPS id: Z9999ZZ."},
		{apperr.New(apperr.UpstreamAuth, "no token"), 502, "Authentication error: no token"},
		{&apperr.Error{Kind: apperr.Upstream, Message: "500 from GET x"}, 500, "Unable to complete request as an upstream service is not responding"},
		{apperr.New(apperr.NotImplemented, "getX is not implemented yet"), 501, "Not implemented: getX is not implemented yet"},
		{errors.New("boom"), 500, "Unexpected error: the request could not be completed"},
	}
	for _, c := range cases {
		rec := httptest.NewRecorder()
		RenderError(rec, httptest.NewRequest(http.MethodGet, "/v1/x", nil), c.err)
		var body map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatal(err)
		}
		if rec.Code != c.status || body["status"] != float64(c.status) || body["userMessage"] != c.user {
			t.Errorf("%v: got %d %v", c.err, rec.Code, body)
		}
		for _, key := range []string{"errorCode", "moreInfo"} {
			if v, ok := body[key]; !ok || v != nil {
				t.Errorf("%v: %s must be present and null", c.err, key)
			}
		}
	}
}
