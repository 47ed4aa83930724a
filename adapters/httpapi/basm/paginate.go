package basm

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// pageRequest reads page and per_page (default 20, silently capped at 2000).
func pageRequest(page, perPage *int) (paging.Request, error) {
	return paging.NewRequest(page, perPage, 20, 2000)
}

// paginationOf builds the links and meta of a page. Links repeat every query
// parameter of the request, keys sorted, with page and per_page substituted.
// Unlike the original we keep the port in the host, so links work on any port.
func paginationOf[T any](r *http.Request, p paging.Page[T]) (api.PaginationLinks, api.PaginationMeta) {
	last := max(p.TotalPages(), 1)
	link := func(n int) string { return pageURL(r, n, p.Request.PerPage) }
	links := api.PaginationLinks{Self: link(p.Request.Page), First: link(1), Last: link(last)}
	if p.Request.Page > 1 {
		prev := link(min(p.Request.Page-1, last))
		links.Prev = &prev
	}
	if p.Request.Page < p.TotalPages() {
		next := link(p.Request.Page + 1)
		links.Next = &next
	}
	meta := api.PaginationMeta{Pagination: api.Pagination{PerPage: p.Request.PerPage, TotalPages: p.TotalPages(), TotalObjects: p.Total}}
	return links, meta
}

func pageURL(r *http.Request, page, perPage int) string {
	q := r.URL.Query()
	q.Set("page", strconv.Itoa(page))
	q.Set("per_page", strconv.Itoa(perPage))
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		for _, v := range q[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k) + "=" + url.QueryEscape(v))
		}
	}
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host + r.URL.Path + "?" + b.String()
}

// splitList reads a comma-separated filter value; nil when absent.
func splitList(v *string) []string {
	if v == nil {
		return nil
	}
	var out []string
	for _, s := range strings.Split(*v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
