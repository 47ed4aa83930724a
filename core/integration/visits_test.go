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

func TestGetVisit(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		prisonID string // of the visit upstream
		upstream error
		filters  access.Filters
		kind     apperr.Kind
	}{
		{"found", "MDI", nil, access.Unrestricted, 0},
		{"within the filter", "MDI", nil, access.Filters{Prisons: []string{"MDI"}}, 0},
		{"outside the filter", "MDI", nil, inLeedsOnly, apperr.NotFound},
		{"no prison at all", "", nil, access.Unrestricted, apperr.NotFound},
		{"unknown reference", "", apperr.New(apperr.NotFound, "404 from visits"), access.Unrestricted, apperr.NotFound},
		{"visits down", "", apperr.New(apperr.Upstream, "500 from visits"), access.Unrestricted, apperr.Upstream},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			visits := portsmocks.NewVisits(t)
			visits.EXPECT().Visit(mock.Anything, "v9-d7-ed-7u").Return(prison.Visit{Reference: "v9-d7-ed-7u", PrisonID: c.prisonID}, c.upstream).Once()
			got, err := integration.NewGetVisit(visits).Handle(context.Background(), c.filters, "v9-d7-ed-7u")
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				if c.kind == apperr.NotFound {
					assert.Equal(t, "not_found: Could not find visit with reference: v9-d7-ed-7u.", err.Error(), "no upstream URL, and hidden reads as unknown")
				}
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "v9-d7-ed-7u", got.Reference)
		})
	}
}

func TestSearchVisits(t *testing.T) {
	t.Parallel()
	jan1, jan31 := date(2027, time.January, 1), date(2027, time.January, 31)
	page2 := paging.Request{Page: 2, PerPage: 5}
	cases := []struct {
		name     string
		hmppsID  string
		status   string
		from, to *time.Time
		want     *prison.VisitQuery // what the visits service is asked; nil: not asked
		kind     apperr.Kind
	}{
		{"whole prison", "", "BOOKED", nil, nil, &prison.VisitQuery{PrisonID: "MDI", Status: "BOOKED"}, 0},
		{"by CRN, resolved to the NOMIS number", "X00001", "CANCELLED", jan1, jan31, &prison.VisitQuery{PrisonID: "MDI", PrisonerID: "A1234AA", Status: "CANCELLED", From: jan1, To: jan31}, 0},
		{"by NOMS number", "A1234AA", "BOOKED", jan1, nil, &prison.VisitQuery{PrisonID: "MDI", PrisonerID: "A1234AA", Status: "BOOKED", From: jan1}, 0},
		{"the seed's typo", "", "BOOKING", nil, nil, nil, apperr.Invalid},
		{"backwards dates", "", "BOOKED", jan31, jan1, nil, apperr.Invalid},
		{"unknown person", "Z9999ZZ", "BOOKED", nil, nil, nil, apperr.NotFound},
		{"malformed person", "bogus", "BOOKED", nil, nil, nil, apperr.Invalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			visits := portsmocks.NewVisits(t)
			result := paging.Page[prison.Visit]{Items: []prison.Visit{{Reference: "v9-d7-ed-7u"}}, Request: page2, Total: 6}
			if c.want != nil {
				visits.EXPECT().SearchVisits(mock.Anything, *c.want, page2).Return(result, nil).Once()
			}
			got, err := integration.NewSearchVisits(newWorld(t).resolver, visits).Handle(context.Background(), "MDI", c.hmppsID, c.status, c.from, c.to, page2)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, result, got)
		})
	}
}

func TestGetFutureVisits(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		id      string
		filters access.Filters
		asked   bool
		kind    apperr.Kind
	}{
		{"by NOMS number", "A1234AA", access.Unrestricted, true, 0},
		{"by CRN", "X00001", access.Unrestricted, true, 0},
		{"other prison is hidden", "A1234AA", inLeedsOnly, false, apperr.NotFound},
		{"probation only", "X00002", access.Unrestricted, false, apperr.NotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			visits := portsmocks.NewVisits(t)
			if c.asked {
				visits.EXPECT().FutureVisits(mock.Anything, "A1234AA").Return([]prison.Visit{{Reference: "v9-d7-ed-7u"}}, nil).Once()
			}
			got, err := integration.NewGetFutureVisits(newWorld(t).resolver, visits).Handle(context.Background(), c.filters, c.id)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Len(t, got, 1)
		})
	}
}
