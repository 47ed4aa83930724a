package httpapi

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ministryofjustice/hmpps-backbone/openapi"
)

// Access control and validation each hold a SpecRouter of the Integration
// API; within one request the operation is matched once and shared.
func TestFindIsSharedWithinARequest(t *testing.T) {
	t.Parallel()
	first, err := specRouter(openapi.IntegrationAPI)
	if err != nil {
		t.Fatal(err)
	}
	second, err := specRouter(openapi.IntegrationAPI)
	if err != nil {
		t.Fatal(err)
	}
	moves, err := specRouter(openapi.BookSecureMove)
	if err != nil {
		t.Fatal(err)
	}
	r := withInfo(httptest.NewRequest(http.MethodGet, "/v1/persons/2008%2F0545166T/name", nil), &RequestInfo{})
	route, params, err := first.Find(r)
	if err != nil || route.Operation.OperationID != "getPersonName" || params["hmppsId"] != "2008/0545166T" {
		t.Fatalf("Find = %v, %v, %v", route, params, err)
	}
	again, _, err := second.Find(r)
	if err != nil || again != route {
		t.Errorf("the second router matched again (%p, want the first's %p, err %v)", again, route, err)
	}
	if _, _, err := moves.Find(r); err == nil {
		t.Error("another spec's router used the Integration API's match")
	}

	// Without a RequestInfo (outside the router) nothing is remembered.
	bare := httptest.NewRequest(http.MethodGet, "/v1/persons/A1234AA/name", nil)
	a, _, _ := first.Find(bare)
	b, _, _ := second.Find(bare)
	if a == nil || a == b {
		t.Errorf("routes %p and %p: want two separate matches", a, b)
	}
}
