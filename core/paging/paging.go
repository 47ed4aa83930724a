// Package paging holds page requests and results shared by both APIs.
package paging

import "github.com/ministryofjustice/hmpps-backbone/core/apperr"

// Request is a 1-based page request.
type Request struct {
	Page    int
	PerPage int
}

// NewRequest checks a page request; nil values take the defaults.
func NewRequest(page, perPage *int, defaultPerPage, maxPerPage int) (Request, error) {
	r := Request{Page: 1, PerPage: defaultPerPage}
	if page != nil {
		r.Page = *page
	}
	if perPage != nil {
		r.PerPage = *perPage
	}
	if r.Page < 1 {
		return Request{}, apperr.New(apperr.Invalid, "page must be 1 or more")
	}
	if r.PerPage < 1 {
		return Request{}, apperr.New(apperr.Invalid, "perPage must be 1 or more")
	}
	if maxPerPage > 0 && r.PerPage > maxPerPage {
		r.PerPage = maxPerPage
	}
	return r, nil
}

// Offset is the number of items before this page.
func (r Request) Offset() int { return (r.Page - 1) * r.PerPage }

// Page is one page of items with the totals needed to describe the rest.
type Page[T any] struct {
	Items   []T
	Request Request
	Total   int
}

// TotalPages is ceil(Total/PerPage), 0 for an empty result.
func (p Page[T]) TotalPages() int {
	if p.Total == 0 || p.Request.PerPage == 0 {
		return 0
	}
	return (p.Total + p.Request.PerPage - 1) / p.Request.PerPage
}

// IsLast reports whether no page follows this one.
func (p Page[T]) IsLast() bool { return p.Request.Page >= p.TotalPages() }

// Slice pages a complete in-memory list (the integration API's "local pagination").
func Slice[T any](all []T, r Request) Page[T] {
	start := min(r.Offset(), len(all))
	end := min(start+r.PerPage, len(all))
	return Page[T]{Items: all[start:end], Request: r, Total: len(all)}
}
