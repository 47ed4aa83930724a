package paging_test

import (
	"testing"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
)

func ptr(i int) *int { return &i }

func TestSliceMatchesTheIntegrationAPIsPagination(t *testing.T) {
	t.Parallel()
	all := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	cases := []struct {
		page, perPage, wantCount, wantPages int
		wantLast                            bool
	}{
		{1, 10, 10, 2, false},
		{2, 10, 2, 2, true},
		{3, 10, 0, 2, true}, // beyond the end: no items, real totals
		{1, 12, 12, 1, true},
		{1, 5, 5, 3, false},
	}
	for _, c := range cases {
		p := paging.Slice(all, paging.Request{Page: c.page, PerPage: c.perPage})
		if len(p.Items) != c.wantCount || p.TotalPages() != c.wantPages || p.IsLast() != c.wantLast || p.Total != 12 {
			t.Errorf("page %d/%d: got %d items, %d pages, last=%v", c.page, c.perPage, len(p.Items), p.TotalPages(), p.IsLast())
		}
	}
	empty := paging.Slice([]int{}, paging.Request{Page: 1, PerPage: 10})
	if empty.TotalPages() != 0 || !empty.IsLast() || len(empty.Items) != 0 {
		t.Errorf("empty list: %+v", empty)
	}
}

func TestNewRequestDefaultsAndLimits(t *testing.T) {
	t.Parallel()
	r, err := paging.NewRequest(nil, nil, 20, 2000)
	if err != nil || r != (paging.Request{Page: 1, PerPage: 20}) {
		t.Errorf("defaults: %+v %v", r, err)
	}
	r, err = paging.NewRequest(ptr(3), ptr(5000), 20, 2000)
	if err != nil || r.PerPage != 2000 || r.Offset() != 4000 {
		t.Errorf("cap: %+v %v", r, err)
	}
	for _, bad := range [][2]*int{{ptr(0), nil}, {nil, ptr(0)}, {ptr(-1), ptr(10)}} {
		if _, err := paging.NewRequest(bad[0], bad[1], 10, 0); !apperr.Is(err, apperr.Invalid) {
			t.Errorf("%v: want Invalid, got %v", bad, err)
		}
	}
}
