package basm

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// Every kind of domain error renders as a JSON:API error document with its status.
func TestRenderErrorMapsEveryKind(t *testing.T) {
	t.Parallel()
	cases := []struct {
		err    error
		status int
		title  string
	}{
		{apperr.New(apperr.Invalid, "bad include"), 400, "Bad request"},
		{apperr.New(apperr.NotFound, "Couldn't find Move with 'id'=x"), 404, "Resource not found"},
		{apperr.New(apperr.Forbidden, "read-only"), 403, "Forbidden"},
		{&apperr.Error{Kind: apperr.Upstream, Message: "500 from NOMIS"}, 502, "Nomis Bad Gateway Error"},
		{apperr.New(apperr.UpstreamTimeout, "slow"), 504, "Timeout Error"},
		{apperr.New(apperr.NotImplemented, "x is not implemented yet"), 501, "Not Implemented"},
		{errors.New("boom"), 500, "Internal Server Error"},
		{apperr.Validation(apperr.FieldError{Field: "from_location_id", Code: "blank", Message: "can't be blank"}), 422, "Unprocessable content"},
	}
	for _, c := range cases {
		rec := httptest.NewRecorder()
		RenderError(rec, httptest.NewRequest(http.MethodGet, "/api/x", nil), c.err)
		var body struct {
			Errors []map[string]any `json:"errors"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatal(err)
		}
		if rec.Code != c.status || len(body.Errors) != 1 || body.Errors[0]["title"] != c.title {
			t.Errorf("%v: got %d %v", c.err, rec.Code, body)
		}
		if rec.Header().Get("Content-Type") != "application/vnd.api+json" {
			t.Errorf("%v: content type %q", c.err, rec.Header().Get("Content-Type"))
		}
	}
	rec := httptest.NewRecorder()
	RenderError(rec, httptest.NewRequest(http.MethodGet, "/api/x", nil), apperr.Validation(apperr.FieldError{Field: "from_location_id", Code: "blank", Message: "can't be blank"}))
	var body struct {
		Errors []map[string]any `json:"errors"`
	}
	_ = json.Unmarshal(rec.Body.Bytes(), &body)
	if body.Errors[0]["detail"] != "From location can't be blank" || body.Errors[0]["source"].(map[string]any)["pointer"] != "/data/attributes/from_location_id" {
		t.Errorf("field error: %v", body.Errors[0])
	}
}
