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

func TestGetReportedAdjudications(t *testing.T) {
	t.Parallel()
	on := func(y int) time.Time { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC) }
	upstream := []prison.Adjudication{{Status: "A", IncidentAt: on(2023)}, {Status: "C", IncidentAt: on(2025)}, {Status: "B", IncidentAt: on(2024)}}
	cases := []struct {
		name    string
		id      string
		filters access.Filters
		page    paging.Request
		want    []string
		kind    apperr.Kind
	}{
		{"newest incident first", "A1234AA", access.Unrestricted, paging.Request{Page: 1, PerPage: integration.AdjudicationsPerPage}, []string{"C", "B", "A"}, 0},
		{"second page by CRN", "X00001", access.Unrestricted, paging.Request{Page: 2, PerPage: 2}, []string{"A"}, 0},
		{"other prison is hidden", "A1234AA", inLeedsOnly, paging.Request{Page: 1, PerPage: 8}, nil, apperr.NotFound},
		{"probation only", "X00002", access.Unrestricted, paging.Request{Page: 1, PerPage: 8}, nil, apperr.NotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			adjudications := portsmocks.NewAdjudications(t)
			if c.kind == 0 {
				adjudications.EXPECT().ReportedAdjudications(mock.Anything, "A1234AA").Return(append([]prison.Adjudication{}, upstream...), nil).Once()
			}
			got, err := integration.NewGetReportedAdjudications(newWorld(t).resolver, adjudications).Handle(context.Background(), c.filters, c.id, c.page)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			var statuses []string
			for _, a := range got.Items {
				statuses = append(statuses, a.Status)
			}
			assert.Equal(t, c.want, statuses)
			assert.Equal(t, 3, got.Total)
		})
	}
}
