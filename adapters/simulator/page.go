package simulator

import (
	"net/http"
	"strconv"
)

// springPage is Spring Data's serialised PageImpl, which most HMPPS services
// return for paged endpoints (prisoner-search PagePrisoner, visits, ...).
type springPage[T any] struct {
	Content          []T            `json:"content"`
	Pageable         pageableObject `json:"pageable"`
	TotalElements    int64          `json:"totalElements"`
	TotalPages       int            `json:"totalPages"`
	Last             bool           `json:"last"`
	Size             int            `json:"size"`
	Number           int            `json:"number"`
	Sort             sortObject     `json:"sort"`
	NumberOfElements int            `json:"numberOfElements"`
	First            bool           `json:"first"`
	Empty            bool           `json:"empty"`
}

type pageableObject struct {
	Offset     int64      `json:"offset"`
	Sort       sortObject `json:"sort"`
	PageSize   int        `json:"pageSize"`
	PageNumber int        `json:"pageNumber"`
	Paged      bool       `json:"paged"`
	Unpaged    bool       `json:"unpaged"`
}

type sortObject struct {
	Empty    bool `json:"empty"`
	Sorted   bool `json:"sorted"`
	Unsorted bool `json:"unsorted"`
}

// newPage slices all (already ordered) into the zero-based page of the given
// size, computing the totals the way PageImpl does.
func newPage[T any](all []T, page, size int) springPage[T] {
	total := len(all)
	start := total
	if page <= total/size { // guards page*size against overflow
		start = page * size
	}
	end := min(start+size, total)
	content := append([]T{}, all[start:end]...) // never null in JSON
	totalPages := (total + size - 1) / size
	unsorted := sortObject{Empty: true, Unsorted: true}
	return springPage[T]{
		Content: content,
		Pageable: pageableObject{
			Offset: int64(page) * int64(size), Sort: unsorted,
			PageSize: size, PageNumber: page, Paged: true,
		},
		TotalElements:    int64(total),
		TotalPages:       totalPages,
		Last:             page+1 >= totalPages,
		Size:             size,
		Number:           page,
		Sort:             unsorted,
		NumberOfElements: len(content),
		First:            page == 0,
		Empty:            len(content) == 0,
	}
}

// pageParams reads Spring's page/size query parameters. Like Spring, it
// falls back to the defaults (page 0, size 10) when they are missing or
// invalid rather than rejecting the request.
func pageParams(r *http.Request) (page, size int, given bool) {
	page, size = 0, 10
	q := r.URL.Query()
	if p, err := strconv.Atoi(q.Get("page")); err == nil && p >= 0 {
		page, given = p, true
	}
	if s, err := strconv.Atoi(q.Get("size")); err == nil && s >= 1 {
		size, given = s, true
	}
	return page, size, given
}
