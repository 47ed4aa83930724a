package simulator

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	prisonAPISpec  = "prison-api.prism.json"
	incentivesSpec = "x4021-incentives.prism.json"
)

// prisonRecordsOf fetches a prisoner's prison-api and incentives records,
// expecting the failure the person is set up with, if any.
func prisonRecordsOf(p *Person) []call {
	noms := p.PrisonerNumber
	prisonAPIStatus, balanceStatus := http.StatusOK, http.StatusOK
	if p.Custody.VisitBalance == nil {
		balanceStatus = http.StatusNotFound
	}
	if status, ok := p.Failures["prison-api"]; ok {
		prisonAPIStatus, balanceStatus = status, status
	}
	calls := []call{
		{name: "world/alerts " + noms, spec: prisonAPISpec, method: "GET", path: "/api/offenders/" + noms + "/alerts/v2", status: prisonAPIStatus},
		{name: "world/visit restrictions " + noms, spec: prisonAPISpec, method: "GET", path: "/api/offenders/" + noms + "/offender-restrictions", status: prisonAPIStatus},
		{name: "world/visit balances " + noms, spec: prisonAPISpec, method: "GET", path: "/api/bookings/offenderNo/" + noms + "/visit/balances", status: balanceStatus},
	}
	if status, ok := p.Failures["incentives"]; !ok || status != Hang {
		want := http.StatusOK
		if ok {
			want = status
		}
		calls = append(calls, call{name: "world/incentives " + noms, spec: incentivesSpec, method: "GET", path: "/incentive-reviews/prisoner/" + noms, status: want})
	}
	return calls
}

func prisonAPICalls() []call {
	pa := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "prison-api/" + name, spec: prisonAPISpec, method: "GET", path: path, status: status, check: check}
	}
	alertCodes := func(want ...string) func(*testing.T, []byte) {
		return func(t *testing.T, b []byte) {
			got := []string{}
			for _, a := range decode[[]paAlert](t, b) {
				got = append(got, a.AlertCode)
			}
			assert.Equal(t, append([]string{}, want...), got)
		}
	}
	return []call{
		pa("seed person's alerts", "/api/offenders/A1234AA/alerts/v2", 200, func(t *testing.T, b []byte) {
			alerts := decode[[]paAlert](t, b)
			require.Len(t, alerts, 4)
			xa := alerts[0]
			assert.Equal(t, []any{"XA", "Arsonist", "X", "Security", "2023-03-02", "", false, true, int64(1201001), "A1234AA"},
				[]any{xa.AlertCode, xa.AlertCodeDescription, xa.AlertType, xa.AlertTypeDescription, xa.DateCreated, xa.DateExpires, xa.Expired, xa.Active, xa.BookingID, xa.OffenderNo})
			ha := alerts[1]
			assert.Equal(t, []any{"HA", "2023-11-20", true, false}, []any{ha.AlertCode, ha.DateExpires, ha.Expired, ha.Active})
		}),
		pa("alerts filtered by code", "/api/offenders/A1234AA/alerts/v2?alertCodes=XA,VIP", 200, alertCodes("XA", "VIP")),
		pa("alerts newest first", "/api/offenders/A1234AA/alerts/v2?sort=dateCreated&direction=DESC", 200, alertCodes("VIP", "TAH", "HA", "XA")),
		pa("prisoner without alerts", "/api/offenders/A3456CD/alerts/v2", 200, alertCodes()),
		pa("alerts of an unknown prisoner", "/api/offenders/Z9999ZZ/alerts/v2", 404, nil),
		pa("alerts of a broken record", "/api/offenders/A5000EE/alerts/v2", 500, nil),

		pa("active visit restrictions", "/api/offenders/A1234AA/offender-restrictions", 200, func(t *testing.T, b []byte) {
			got := decode[paOffenderRestrictions](t, b)
			assert.Equal(t, int64(1201001), got.BookingID)
			require.Len(t, got.OffenderRestrictions, 1)
			r := got.OffenderRestrictions[0]
			assert.Equal(t, []any{int64(5101), "CLOSED", "Closed", "2025-10-01", "", true}, []any{r.RestrictionID, r.RestrictionType, r.RestrictionTypeDescription, r.StartDate, r.ExpiryDate, r.Active})
		}),
		pa("every visit restriction", "/api/offenders/A1234AA/offender-restrictions?activeRestrictionsOnly=false", 200, func(t *testing.T, b []byte) {
			got := decode[paOffenderRestrictions](t, b)
			require.Len(t, got.OffenderRestrictions, 2)
			assert.False(t, got.OffenderRestrictions[1].Active)
			assert.Equal(t, "2024-06-30", got.OffenderRestrictions[1].ExpiryDate)
		}),
		pa("visit restrictions of an unknown prisoner", "/api/offenders/Z9999ZZ/offender-restrictions", 404, nil),

		pa("visit balances", "/api/bookings/offenderNo/A1234AA/visit/balances", 200, func(t *testing.T, b []byte) {
			got := decode[paVisitBalances](t, b)
			assert.Equal(t, []int{2, 1}, []int{got.RemainingVo, got.RemainingPvo})
		}),
		pa("no visit balances recorded", "/api/bookings/offenderNo/A2345BC/visit/balances", 404, nil),
		pa("visit balances of a probation-only person", "/api/bookings/offenderNo/X00002/visit/balances", 404, nil),
	}
}

func incentivesCalls() []call {
	in := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "incentives/" + name, spec: incentivesSpec, method: "GET", path: path, status: status, check: check}
	}
	return []call{
		in("seed person's level", "/incentive-reviews/prisoner/A1234AA", 200, func(t *testing.T, b []byte) {
			got := decode[inReviewSummary](t, b)
			assert.Equal(t, []any{"STD", "Standard", "2026-01-14", "2027-01-14", "A1234AA"},
				[]any{got.IepCode, got.IepLevel, got.IepDate, got.NextReviewDate, got.PrisonerNumber})
			require.Len(t, got.IepDetails, 1)
			assert.Equal(t, "MDI", got.IepDetails[0].AgencyID)
		}),
		in("enhanced prisoner", "/incentive-reviews/prisoner/G8133UA", 200, func(t *testing.T, b []byte) {
			assert.Equal(t, "Enhanced", decode[inReviewSummary](t, b).IepLevel)
		}),
		in("unknown prisoner", "/incentive-reviews/prisoner/Z9999ZZ", 404, nil),
		{name: "incentives/malformed prisoner number", spec: incentivesSpec, method: "GET", path: "/incentive-reviews/prisoner/a1", status: 400,
			skipRequestCheck: "deliberately invalid"},
	}
}
