package integration_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetPersonImages(t *testing.T) {
	t.Parallel()
	at := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 9, 0, 0, 0, time.UTC) }
	upstream := []prison.Image{{ID: 1, Captured: at(2023, 2, 10)}, {ID: 3, Captured: at(2025, 3, 1)}, {ID: 2, Captured: at(2023, 2, 10)}}
	cases := []struct {
		name    string
		id      string
		filters access.Filters
		page    paging.Request
		want    []int64
		total   int
		kind    apperr.Kind
	}{
		{"newest first, ties in upstream order", "A1234AA", access.Unrestricted, paging.Request{Page: 1, PerPage: 10}, []int64{3, 1, 2}, 3, 0},
		{"by CRN, second page", "X00001", access.Unrestricted, paging.Request{Page: 2, PerPage: 2}, []int64{2}, 3, 0},
		{"other prison is hidden", "A1234AA", inLeedsOnly, paging.Request{Page: 1, PerPage: 10}, nil, 0, apperr.NotFound},
		{"probation only", "X00002", access.Unrestricted, paging.Request{Page: 1, PerPage: 10}, nil, 0, apperr.NotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			images := portsmocks.NewPrisonerImages(t)
			if c.kind == 0 {
				images.EXPECT().Images(mock.Anything, "A1234AA").Return(append([]prison.Image{}, upstream...), nil).Once()
			}
			got, err := integration.NewGetPersonImages(newWorld(t).resolver, images).Handle(context.Background(), c.filters, c.id, c.page)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			var ids []int64
			for _, i := range got.Items {
				ids = append(ids, i.ID)
			}
			assert.Equal(t, c.want, ids)
			assert.Equal(t, c.total, got.Total)
		})
	}
}

func TestGetImage(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		upstream error
		kind     apperr.Kind
	}{
		{"found", nil, 0},
		{"unknown", apperr.New(apperr.NotFound, "404 from GET /api/images/7/data"), apperr.NotFound},
		{"prison-api down", apperr.New(apperr.Upstream, "500"), apperr.Upstream},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			images := portsmocks.NewPrisonerImages(t)
			images.EXPECT().ImageData(mock.Anything, int64(7)).Return([]byte{0xff, 0xd8}, c.upstream).Once()
			got, err := integration.NewGetImage(images).Handle(context.Background(), 7)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				assert.NotContains(t, err.Error(), "/api/")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, []byte{0xff, 0xd8}, got)
		})
	}
}
