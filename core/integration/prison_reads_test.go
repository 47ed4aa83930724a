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
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

// world is a resolver over mocked searches that know the seed person
// (A1234AA / X00001, in MDI) and a probation-only person X00002.
type world struct {
	prisoners *portsmocks.PrisonerSearch
	probation *portsmocks.ProbationSearch
	resolver  *integration.Resolver
}

func newWorld(t *testing.T) world {
	t.Helper()
	w := world{prisoners: portsmocks.NewPrisonerSearch(t), probation: portsmocks.NewProbationSearch(t)}
	seed := person.ProbationCase{CRN: "X00001", NomsNumber: "A1234AA", FirstName: "Arthur", Surname: "Morgan"}
	w.probation.EXPECT().FindByID(mock.Anything, mock.Anything).RunAndReturn(func(_ context.Context, id person.ID) ([]person.ProbationCase, error) {
		switch id.String() {
		case "X00001", "A1234AA":
			return []person.ProbationCase{seed}, nil
		case "X00002":
			return []person.ProbationCase{{CRN: "X00002"}}, nil
		}
		return nil, nil
	}).Maybe()
	w.prisoners.EXPECT().Prisoner(mock.Anything, mock.Anything).RunAndReturn(func(_ context.Context, noms string) (person.Prisoner, error) {
		if noms == "A1234AA" {
			return person.Prisoner{NomisNumber: "A1234AA", FirstName: "ARTHUR", PrisonID: "MDI", PrisonName: "Moorland", CellLocation: "1-1-001", InOutStatus: "IN"}, nil
		}
		return person.Prisoner{}, apperr.New(apperr.NotFound, "404 from prisoner search")
	}).Maybe()
	w.resolver = integration.NewResolver(w.prisoners, w.probation)
	return w
}

var inLeedsOnly = access.Filters{Prisons: []string{"LEI"}}

func date(y int, m time.Month, d int) *time.Time {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return &t
}

func TestGetPrisoner(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		id      string
		filters access.Filters
		want    string // NOMIS number, "" for data null
		kind    apperr.Kind
	}{
		{"by NOMS number", "A1234AA", access.Unrestricted, "A1234AA", 0},
		{"by CRN", "X00001", access.Unrestricted, "A1234AA", 0},
		{"probation only is data null", "X00002", access.Unrestricted, "", 0},
		{"probation only behind a filter is hidden", "X00002", inLeedsOnly, "", apperr.NotFound},
		{"other prison is hidden", "A1234AA", inLeedsOnly, "", apperr.NotFound},
		{"unknown", "Z9999ZZ", access.Unrestricted, "", apperr.NotFound},
		{"malformed", "bogus", access.Unrestricted, "", apperr.Invalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got, err := integration.NewGetPrisoner(newWorld(t).resolver).Handle(context.Background(), c.filters, c.id)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err), "%v", err)
				return
			}
			require.NoError(t, err)
			if c.want == "" {
				assert.Nil(t, got)
				return
			}
			require.NotNil(t, got)
			assert.Equal(t, c.want, got.NomisNumber)
		})
	}
}

func TestSearchPrisonersSortsAndConfinesToFilteredPrisons(t *testing.T) {
	t.Parallel()
	found := func() []person.Prisoner {
		return []person.Prisoner{
			{NomisNumber: "A0000AA", DateOfBirth: date(1980, 1, 1)},
			{NomisNumber: "B0000BB"},
			{NomisNumber: "C0000CC", DateOfBirth: date(1995, 5, 5)},
			{NomisNumber: "D0000DD", DateOfBirth: date(1980, 1, 1)},
		}
	}
	q, err := person.NewPrisonerQuery("", "Bloggs", nil, false)
	require.NoError(t, err)

	cases := []struct {
		name       string
		filters    access.Filters
		page       paging.Request
		wantPrison []string
		want       []string
	}{
		{"everywhere, youngest first, unknown DOB last", access.Unrestricted, paging.Request{Page: 1, PerPage: 10}, nil, []string{"C0000CC", "A0000AA", "D0000DD", "B0000BB"}},
		{"within the consumer's prisons", inLeedsOnly, paging.Request{Page: 1, PerPage: 10}, []string{"LEI"}, []string{"C0000CC", "A0000AA", "D0000DD", "B0000BB"}},
		{"second page", access.Unrestricted, paging.Request{Page: 2, PerPage: 3}, nil, []string{"B0000BB"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			finder := portsmocks.NewPrisonerFinder(t)
			finder.EXPECT().FindPrisoners(mock.Anything, mock.MatchedBy(func(got person.PrisonerQuery) bool {
				return got.LastName == "Bloggs" && assert.ObjectsAreEqual(c.wantPrison, got.PrisonIDs)
			})).Return(found(), nil)
			page, err := integration.NewSearchPrisoners(finder).Handle(context.Background(), c.filters, q, c.page)
			require.NoError(t, err)
			got := []string{}
			for _, p := range page.Items {
				got = append(got, p.NomisNumber)
			}
			assert.Equal(t, c.want, got)
			assert.Equal(t, 4, page.Total)
		})
	}

	t.Run("no prisons at all is refused before searching", func(t *testing.T) {
		t.Parallel()
		_, err := integration.NewSearchPrisoners(portsmocks.NewPrisonerFinder(t)).Handle(context.Background(), access.Filters{Prisons: []string{}}, q, paging.Request{Page: 1, PerPage: 10})
		assert.Equal(t, apperr.Denied, apperr.KindOf(err))
	})
	t.Run("a query must name or date the person", func(t *testing.T) {
		t.Parallel()
		_, err := person.NewPrisonerQuery("", "", nil, true)
		assert.Equal(t, apperr.Invalid, apperr.KindOf(err))
		_, err = person.NewPrisonerQuery("  ", "\t", nil, false)
		assert.Equal(t, apperr.Invalid, apperr.KindOf(err), "blank names are no names")
		q, err := person.NewPrisonerQuery(" Arthur ", "", nil, false)
		require.NoError(t, err)
		assert.Equal(t, "Arthur", q.FirstName)
	})
}

func TestGetCellLocationOnlyWhenInside(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	loc, err := integration.NewGetCellLocation(w.resolver).Handle(context.Background(), access.Unrestricted, "X00001")
	require.NoError(t, err)
	assert.Equal(t, integration.CellLocation{PrisonCode: "MDI", PrisonName: "Moorland", Cell: "1-1-001"}, loc)

	out := portsmocks.NewPrisonerSearch(t)
	out.EXPECT().Prisoner(mock.Anything, "A7777BB").Return(person.Prisoner{NomisNumber: "A7777BB", PrisonID: "OUT", InOutStatus: "OUT"}, nil)
	loc, err = integration.NewGetCellLocation(integration.NewResolver(out, w.probation)).Handle(context.Background(), access.Unrestricted, "A7777BB")
	require.NoError(t, err)
	assert.Equal(t, integration.CellLocation{}, loc)

	_, err = integration.NewGetCellLocation(w.resolver).Handle(context.Background(), access.Unrestricted, "X00002")
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err), "no prison record")
}

func TestConvertIDs(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	convert := integration.NewConvertIDs(w.resolver)
	ctx := context.Background()

	noms, err := convert.NomisNumber(ctx, access.Unrestricted, "X00001")
	require.NoError(t, err)
	assert.Equal(t, "A1234AA", noms)

	id, err := convert.HmppsID(ctx, access.Unrestricted, "A1234AA")
	require.NoError(t, err)
	assert.Equal(t, "X00001", id, "the CRN when on probation")

	_, err = convert.NomisNumber(ctx, access.Unrestricted, "X00002")
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
	_, err = convert.HmppsID(ctx, inLeedsOnly, "A1234AA")
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
}

func TestAlertsNewestFirstAndPNDFilter(t *testing.T) {
	t.Parallel()
	upstream := []prison.Alert{
		{Code: "VIP", DateCreated: date(2025, 1, 20)},
		{Code: "XA", DateCreated: date(2023, 3, 2)},
		{Code: "TAH"},
		{Code: "HA", DateCreated: date(2023, 9, 5)},
		{Code: "XEL", DateCreated: date(2024, 4, 11)},
	}
	codes := func(p paging.Page[prison.Alert]) []string {
		out := []string{}
		for _, a := range p.Items {
			out = append(out, a.Code)
		}
		return out
	}
	cases := []struct {
		name  string
		pnd   bool
		alert []prison.Alert
		page  paging.Request
		want  []string
		total int
		kind  apperr.Kind
	}{
		{"all, newest first, undated last", false, upstream, paging.Request{Page: 1, PerPage: 10}, []string{"VIP", "XEL", "HA", "XA", "TAH"}, 5, 0},
		{"all, second page", false, upstream, paging.Request{Page: 2, PerPage: 2}, []string{"HA", "XA"}, 5, 0},
		{"all, none", false, nil, paging.Request{Page: 1, PerPage: 10}, []string{}, 0, 0},
		{"PND codes only", true, upstream, paging.Request{Page: 1, PerPage: 10}, []string{"XEL", "HA", "XA"}, 3, 0},
		{"PND, nothing to share", true, []prison.Alert{{Code: "VIP"}, {Code: "TAH"}}, paging.Request{Page: 1, PerPage: 10}, nil, 0, apperr.NotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			alerts := portsmocks.NewPrisonAlerts(t)
			alerts.EXPECT().Alerts(mock.Anything, "A1234AA").Return(append([]prison.Alert(nil), c.alert...), nil)
			uc := integration.NewGetAlerts(newWorld(t).resolver, alerts)
			get := uc.All
			if c.pnd {
				get = uc.PND
			}
			page, err := get(context.Background(), access.Unrestricted, "X00001", c.page)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.want, codes(page))
			assert.Equal(t, c.total, page.Total)
		})
	}
}

func TestPrisonReadsNameThePersonWhenUpstreamsSayNotFound(t *testing.T) {
	t.Parallel()
	notFound := apperr.New(apperr.NotFound, "404 Not Found from GET http://prison-api/...")
	failure := apperr.New(apperr.Upstream, "500 Internal Server Error from GET http://prison-api/...")
	ctx := context.Background()
	cases := []struct {
		name string
		call func(t *testing.T, err error) error
	}{
		{"visit restrictions", func(t *testing.T, err error) error {
			v := portsmocks.NewPrisonVisits(t)
			v.EXPECT().VisitRestrictions(mock.Anything, "A1234AA").Return(nil, err)
			_, got := integration.NewGetVisitRestrictions(newWorld(t).resolver, v).Handle(ctx, access.Unrestricted, "X00001")
			return got
		}},
		{"visit orders", func(t *testing.T, err error) error {
			v := portsmocks.NewPrisonVisits(t)
			v.EXPECT().VisitBalances(mock.Anything, "A1234AA").Return(prison.VisitBalances{}, err)
			_, got := integration.NewGetVisitOrders(newWorld(t).resolver, v).Handle(ctx, access.Unrestricted, "X00001")
			return got
		}},
		{"iep level", func(t *testing.T, err error) error {
			i := portsmocks.NewIncentives(t)
			i.EXPECT().CurrentLevel(mock.Anything, "A1234AA").Return(prison.IncentiveLevel{}, err)
			_, got := integration.NewGetIepLevel(newWorld(t).resolver, i).Handle(ctx, access.Unrestricted, "X00001")
			return got
		}},
		{"alerts", func(t *testing.T, err error) error {
			a := portsmocks.NewPrisonAlerts(t)
			a.EXPECT().Alerts(mock.Anything, "A1234AA").Return(nil, err)
			_, got := integration.NewGetAlerts(newWorld(t).resolver, a).All(ctx, access.Unrestricted, "X00001", paging.Request{Page: 1, PerPage: 10})
			return got
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			err := c.call(t, notFound)
			require.Equal(t, apperr.NotFound, apperr.KindOf(err))
			assert.Equal(t, "Could not find person with HMPPS id: X00001.", err.(*apperr.Error).Message)
			assert.Equal(t, failure, c.call(t, failure), "other failures pass through")
		})
	}
}

func TestPrisonReadsHappyPaths(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newWorld(t)
	visits := portsmocks.NewPrisonVisits(t)
	restriction := prison.VisitRestriction{RestrictionID: 1, RestrictionType: "CLOSED", StartDate: *date(2025, 10, 1), Active: true}
	visits.EXPECT().VisitRestrictions(mock.Anything, "A1234AA").Return([]prison.VisitRestriction{restriction}, nil)
	visits.EXPECT().VisitBalances(mock.Anything, "A1234AA").Return(prison.VisitBalances{RemainingVisitOrders: 2, RemainingPrivilegeVisitOrders: 1}, nil)
	incentives := portsmocks.NewIncentives(t)
	incentives.EXPECT().CurrentLevel(mock.Anything, "A1234AA").Return(prison.IncentiveLevel{Code: "STD", Description: "Standard"}, nil)

	restrictions, err := integration.NewGetVisitRestrictions(w.resolver, visits).Handle(ctx, access.Unrestricted, "A1234AA")
	require.NoError(t, err)
	assert.Equal(t, []prison.VisitRestriction{restriction}, restrictions)

	balances, err := integration.NewGetVisitOrders(w.resolver, visits).Handle(ctx, access.Unrestricted, "A1234AA")
	require.NoError(t, err)
	assert.Equal(t, prison.VisitBalances{RemainingVisitOrders: 2, RemainingPrivilegeVisitOrders: 1}, balances)

	level, err := integration.NewGetIepLevel(w.resolver, incentives).Handle(ctx, access.Unrestricted, "A1234AA")
	require.NoError(t, err)
	assert.Equal(t, prison.IncentiveLevel{Code: "STD", Description: "Standard"}, level)

	// The prison filter applies before any prison-api call (the mocks would fail on one).
	_, err = integration.NewGetIepLevel(w.resolver, portsmocks.NewIncentives(t)).Handle(ctx, inLeedsOnly, "A1234AA")
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
}
