package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/openapi"
)

// specOperation is one operation of one of our specs: the walks over every
// operation (access matrices, documented statuses) start from the spec, so a
// new operation cannot be left out of them.
type specOperation struct {
	id, method, template string
	op                   *openapi3.Operation
}

// hasPrisonID reports whether the path names a prison, which the prisons
// filter checks before any upstream call.
func (o specOperation) hasPrisonID() bool { return strings.Contains(o.template, "{prisonId}") }

// specOperations lists every operation of the named spec (openapi.IntegrationAPI
// or openapi.BookSecureMove), ordered by path and method.
func specOperations(t *testing.T, spec string) []specOperation {
	t.Helper()
	doc, err := openapi.Load(spec)
	require.NoError(t, err)
	var ops []specOperation
	for template, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			ops = append(ops, specOperation{id: op.OperationID, method: method, template: template, op: op})
		}
	}
	slices.SortFunc(ops, func(a, b specOperation) int {
		return strings.Compare(a.template+" "+a.method, b.template+" "+b.method)
	})
	return ops
}
