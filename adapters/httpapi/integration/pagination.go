package integration

import (
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// defaultPerPage is the seed's page size for locally paginated lists.
const defaultPerPage = 10

// pageRequest reads the page and perPage query parameters (1-based; absent
// takes the defaults). The spec already rejects non-integers and values below
// 1; paging.NewRequest checks again so no handler depends on that.
func pageRequest(page, perPage *int) (paging.Request, error) {
	return paging.NewRequest(page, perPage, defaultPerPage, 0)
}

// paginationOf describes where p sits in the whole result.
func paginationOf[T any](p paging.Page[T]) api.PaginationResult {
	return api.PaginationResult{
		Count:      len(p.Items),
		IsLastPage: p.IsLast(),
		Page:       p.Request.Page,
		PerPage:    p.Request.PerPage,
		TotalCount: p.Total,
		TotalPages: p.TotalPages(),
	}
}

// mapItems converts a page's items, never returning nil so an empty page
// renders as [] rather than null.
func mapItems[T, U any](items []T, convert func(T) U) []U {
	out := make([]U, 0, len(items))
	for _, item := range items {
		out = append(out, convert(item))
	}
	return out
}

// optString is nil for "", so unknown values render as absent rather than "".
func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// optDate converts an optional calendar date.
func optDate(t *time.Time) *openapi_types.Date {
	if t == nil {
		return nil
	}
	return &openapi_types.Date{Time: *t}
}
