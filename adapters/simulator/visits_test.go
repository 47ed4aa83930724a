package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const visitsSpec = "x4020-manage-prison-visits.prism.json"

func visitsCalls() []call {
	vs := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "visits/" + name, spec: visitsSpec, method: "GET", path: path, status: status, check: check}
	}
	refs := func(want ...string) func(*testing.T, []byte) {
		return func(t *testing.T, b []byte) {
			got := []string{}
			for _, v := range decode[springPage[vsVisit]](t, b).Content {
				got = append(got, v.Reference)
			}
			assert.Equal(t, append([]string{}, want...), got)
		}
	}
	return []call{
		vs("the seed's visit", "/visits/v9-d7-ed-7u", 200, func(t *testing.T, b []byte) {
			v := decode[vsVisit](t, b)
			assert.Equal(t, []any{"A1234AA", "MDI", "Moorland (HMP & YOI)", "BOOKED", "2030-01-15T10:30:00Z", "Visually impaired assistance"},
				[]any{v.PrisonerID, v.PrisonID, v.PrisonName, v.VisitStatus, v.StartTimestamp, v.VisitorSupport.Description})
			assert.Equal(t, []vsVisitor{{123456, true}, {123457, false}}, v.Visitors)
		}),
		vs("unknown visit", "/visits/no-such-ref", 404, nil),
		vs("booked at Moorland, newest first", "/visits/search?prisonId=MDI&visitStatus=BOOKED&page=0&size=10", 200, refs("mb-ds-tz-4k", "v9-d7-ed-7u", "ht-rd-wq-9m")),
		vs("second page of one", "/visits/search?prisonId=MDI&visitStatus=BOOKED&page=1&size=1", 200, func(t *testing.T, b []byte) {
			p := decode[springPage[vsVisit]](t, b)
			require.Len(t, p.Content, 1)
			assert.Equal(t, []any{"v9-d7-ed-7u", int64(3), 3, 1, false}, []any{p.Content[0].Reference, p.TotalElements, p.TotalPages, p.Number, p.Last})
		}),
		vs("by prisoner and dates", "/visits/search?prisonId=MDI&prisonerId=A1234AA&visitStatus=BOOKED,CANCELLED&visitStartDate=2030-01-01&visitEndDate=2030-12-31&page=0&size=10", 200, refs("kq-bw-lx-3p", "v9-d7-ed-7u")),
		vs("cancelled", "/visits/search?prisonId=MDI&visitStatus=CANCELLED&page=0&size=10", 200, refs("kq-bw-lx-3p")),
		{name: "visits/search without paging", spec: visitsSpec, method: "GET", path: "/visits/search?prisonId=MDI&visitStatus=BOOKED", status: 400, skipRequestCheck: "page and size are deliberately missing"},
		vs("future visits, soonest first", "/visits/search/future/A1234AA", 200, func(t *testing.T, b []byte) {
			got := []string{}
			for _, v := range decode[[]vsVisit](t, b) {
				got = append(got, v.Reference)
			}
			assert.Equal(t, []string{"ht-rd-wq-9m", "v9-d7-ed-7u"}, got)
		}),
		vs("no future visits", "/visits/search/future/A2345BC", 200, func(t *testing.T, b []byte) {
			assert.Empty(t, decode[[]vsVisit](t, b))
		}),
	}
}
