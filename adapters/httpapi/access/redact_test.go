package access_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/access"
	coreaccess "github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

const redactionFile = `
consumers:
  partner:
    roles: [partner]
  everything:
    include: ["/v1/**"]
roles:
  partner:
    include: ["/v1/**"]
    redactionPolicies: [lao-redactions]
`

// resolver knows X00007 (limited), X00001 (not) and G8133UA (prison only).
type resolver struct{}

func (resolver) ResolveWithin(_ context.Context, _ coreaccess.Filters, raw string) (person.Identity, error) {
	switch raw {
	case "X00001", "X00007", "X00008":
		return person.Identity{Probation: &person.ProbationCase{CRN: raw}}, nil
	case "G8133UA":
		return person.Identity{Prisoner: &person.Prisoner{NomisNumber: raw}}, nil
	}
	return person.Identity{}, person.NotFound(raw)
}

// delius limits X00007 and fails for X00008.
type delius struct{ calls atomic.Int32 }

func (d *delius) CaseAccess(_ context.Context, crns []string) (map[string]person.CaseAccess, error) {
	d.calls.Add(1)
	out := map[string]person.CaseAccess{}
	for _, crn := range crns {
		switch crn {
		case "X00008":
			return nil, &apperr.Error{Kind: apperr.Upstream, Message: "500 from nDelius"}
		case "X00007":
			out[crn] = person.CaseAccess{Restricted: true}
		default:
			out[crn] = person.CaseAccess{}
		}
	}
	return out, nil
}

// redactionFixture serves canned handler responses through the middleware.
type redactionFixture struct {
	handler http.Handler
	delius  *delius
	calls   atomic.Int32
	// reply is what the handler behind the middleware answers.
	reply func(w http.ResponseWriter, r *http.Request)
}

func newRedactionFixture(t *testing.T) *redactionFixture {
	t.Helper()
	ops, err := access.Operations()
	require.NoError(t, err)
	policy, err := access.Parse([]byte(redactionFile), ops)
	require.NoError(t, err)
	f := &redactionFixture{delius: &delius{}}
	mw, err := access.Middleware(access.Options{
		Policy: policy, Mode: access.HeaderMode,
		LimitedAccess: coreaccess.NewLimitedAccess(resolver{}, f.delius),
	})
	require.NoError(t, err)
	f.handler = mw(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.calls.Add(1)
		f.reply(w, r)
	}))
	return f
}

func jsonReply(status int, body string) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.Header().Set("X-From-Handler", "kept")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}
}

func (f *redactionFixture) get(path, consumer string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for k, v := range as(consumer) {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	f.handler.ServeHTTP(rec, req)
	return rec
}

func TestRejectRulesRefuseLimitedAccessOffendersBeforeTheHandler(t *testing.T) {
	t.Parallel()
	f := newRedactionFixture(t)
	f.reply = jsonReply(200, `{"data":[]}`)
	for _, path := range []string{
		"/v1/persons/X00007/risk-management-plan", "/v1/persons/X00007/risks/scores",
		"/v1/persons/X00007/risks/serious-harm", "/v1/persons/X00007/addresses",
	} {
		rec := f.get(path, "partner")
		require.Equal(t, http.StatusForbidden, rec.Code, path)
		var body map[string]any
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &body))
		assert.Equal(t, map[string]any{
			"status": float64(403), "errorCode": nil, "moreInfo": nil,
			"userMessage":      "Access to X00007 is limited: the case is a Limited Access Offender's",
			"developerMessage": "Access to X00007 is limited: the case is a Limited Access Offender's",
		}, body, path)
	}
	assert.Zero(t, f.calls.Load(), "the handler never ran")

	for _, who := range []string{"X00001", "G8133UA", "Z9999ZZ"} {
		rec := f.get("/v1/persons/"+who+"/risks/scores", "partner")
		assert.Equal(t, http.StatusOK, rec.Code, who)
	}
	assert.Equal(t, http.StatusOK, f.get("/v1/persons/X00007/risks/scores", "everything").Code, "no policy, no check")
}

func TestMaskAndRemoveRewriteTheBodyAndItsLength(t *testing.T) {
	t.Parallel()
	f := newRedactionFixture(t)
	f.reply = jsonReply(200, `{"data":{"level":3,"notes":"secret","reviewDate":"2026-02-07"}}`)
	rec := f.get("/v1/persons/X00007/risks/mappadetail", "partner")
	require.Equal(t, http.StatusOK, rec.Code)
	assert.JSONEq(t, `{"data":{"level":3,"notes":"**REDACTED**","reviewDate":"2026-02-07"}}`, rec.Body.String())
	assert.Equal(t, strconv.Itoa(rec.Body.Len()), rec.Header().Get("Content-Length"))
	assert.Equal(t, "kept", rec.Header().Get("X-From-Handler"))
	assert.Equal(t, "application/json", rec.Header().Get("Content-Type"))

	f.reply = jsonReply(200, `{"data":[{"code":"XEL","type":"X","active":true,"expired":false}],"pagination":{"page":1}}`)
	rec = f.get("/v1/persons/X00007/alerts", "partner")
	assert.JSONEq(t, `{"data":[{"code":"XEL"}],"pagination":{"page":1}}`, rec.Body.String())
}

func TestResponsesOfOthersPassThroughByteForByte(t *testing.T) {
	t.Parallel()
	f := newRedactionFixture(t)
	const body = `{"data":{"notes":"open","level":3}}`
	f.reply = jsonReply(200, body)
	for _, tt := range []struct{ path, consumer string }{
		{"/v1/persons/X00001/risks/mappadetail", "partner"}, // not limited
		{"/v1/persons/X00007/risks/mappadetail", "everything"},
		{"/v1/persons/X00007/name", "partner"}, // no rule names the operation
	} {
		rec := f.get(tt.path, tt.consumer)
		assert.Equal(t, body, rec.Body.String(), "%+v", tt)
	}
	// Errors are never rewritten, and nobody asks nDelius about them.
	before := f.delius.calls.Load()
	f.reply = jsonReply(404, `{"status":404,"notes":"x"}`)
	rec := f.get("/v1/persons/X00007/risks/mappadetail", "partner")
	assert.Equal(t, http.StatusNotFound, rec.Code)
	assert.Equal(t, `{"status":404,"notes":"x"}`, rec.Body.String())
	assert.Equal(t, before, f.delius.calls.Load())
}

func TestSearchResultsAreRedactedPerPerson(t *testing.T) {
	t.Parallel()
	f := newRedactionFixture(t)
	f.reply = jsonReply(200, `{"data":[
		{"firstName":"Eleanor","gender":"Female","ethnicity":"W","contactDetails":{},"identifiers":{"deliusCrn":"X00007"}},
		{"firstName":"Arthur","gender":"Male","identifiers":{"deliusCrn":"X00001"}}],"pagination":{"page":1}}`)
	rec := f.get("/v1/persons?last_name=x", "partner")
	require.Equal(t, http.StatusOK, rec.Code)
	assert.JSONEq(t, `{"data":[
		{"firstName":"Eleanor","identifiers":{"deliusCrn":"X00007"}},
		{"firstName":"Arthur","gender":"Male","identifiers":{"deliusCrn":"X00001"}}],"pagination":{"page":1}}`, rec.Body.String())
}

func TestAFailedLAOCheckIsA500InTheSeedsShape(t *testing.T) {
	t.Parallel()
	f := newRedactionFixture(t)
	f.reply = jsonReply(200, `{"data":{"notes":"n"}}`)
	for _, path := range []string{"/v1/persons/X00008/risks/scores", "/v1/persons/X00008/risks/mappadetail"} {
		rec := f.get(path, "partner")
		require.Equal(t, http.StatusInternalServerError, rec.Code, path)
		var body map[string]any
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &body))
		assert.Equal(t, float64(500), body["status"], path)
		assert.Equal(t, "500 from nDelius", body["developerMessage"], path)
		assert.NotContains(t, rec.Body.String(), `"notes"`, path)
		assert.Equal(t, "", rec.Header().Get("Content-Length"), "the handler's length is not kept: %s", path)
	}
}

func TestRedactionPoliciesNeedTheLAOCheck(t *testing.T) {
	t.Parallel()
	ops, err := access.Operations()
	require.NoError(t, err)
	policy, err := access.Parse([]byte(redactionFile), ops)
	require.NoError(t, err)
	_, err = access.Middleware(access.Options{Policy: policy, Mode: access.HeaderMode})
	assert.ErrorContains(t, err, "LAO check")
}
