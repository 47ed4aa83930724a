package basm

import (
	"errors"
	"net/http"
	"regexp"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"

	"github.com/ministryofjustice/hmpps-backbone/core/idempotency"
)

// The original checks these before the action, in its params-validator form
// (one 422 entry titled "Invalid <attr>"); our spec validator meets them first
// and would say 400. paramProblem restores the original's answer for them:
// the Idempotency-Key header of every scoped operation, and the attributes of
// the move event bodies.
var (
	missingProperty = regexp.MustCompile(`property "([a-z_]+)" is missing`)
	eventParamText  = map[string]string{
		"type":                "Type is not included in the list",
		"timestamp":           "Timestamp must be formatted as a valid ISO-8601 date-time",
		"date":                "Date must be formatted as a valid ISO-8601 date",
		"cancellation_reason": "Cancellation reason is not included in the list",
		"rejection_reason":    "Rejection reason is not included in the list",
		"to_location":         "To location is missing",
		"from_location":       "From location is missing",
	}
)

func paramProblem(r *http.Request, err error) (int, []errorObject, bool) {
	var reqErr *openapi3filter.RequestError
	if r == nil || !errors.As(err, &reqErr) {
		return 0, nil, false
	}
	if p := reqErr.Parameter; p != nil && strings.EqualFold(p.Name, "Idempotency-Key") {
		_, keyErr := idempotency.ParseKey("")
		// The original checks include paths before the key (§0 guard order).
		if op, _ := idempotentOperation(r); includePathsOf(op) != nil {
			include := r.URL.Query().Get("include")
			if _, err := includes(&include, includePathsOf(op)...); err != nil {
				keyErr = err
			}
		}
		status, objects := describe(keyErr)
		return status, objects, true
	}
	if reqErr.RequestBody == nil || !isMoveEventPath(r) {
		return 0, nil, false
	}
	var schemaErr *openapi3.SchemaError
	if !errors.As(reqErr.Err, &schemaErr) {
		return 0, nil, false
	}
	path := schemaErr.JSONPointer()
	attr := ""
	if m := missingProperty.FindStringSubmatch(schemaErr.Reason); m != nil {
		attr = m[1]
	} else if len(path) > 0 {
		attr = path[len(path)-1]
		for _, p := range path {
			if p == "to_location" || p == "from_location" {
				attr = p
			}
		}
	}
	detail, ok := eventParamText[attr]
	if !ok {
		return 0, nil, false
	}
	title := "Invalid " + attr
	if attr == "to_location" || attr == "from_location" {
		title += "_id"
	}
	return http.StatusUnprocessableEntity, []errorObject{{Title: title, Detail: "Validation failed: " + detail}}, true
}
