package simulator

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

// NOMIS Prison API (prison-api.prism.json): the per-prisoner reads the
// integration API makes. Prisoners are found by NOMS number; anyone without
// a NOMIS record is a 404, as on the real service.

// PrisonAlert is a NOMIS alert on the person's booking.
type PrisonAlert struct {
	ID              int64
	Type            string // e.g. X
	TypeDescription string // e.g. Security
	Code            string // e.g. XA
	CodeDescription string // e.g. Arsonist
	Comment         string
	Created         time.Time // date the alert applies from
	Expires         time.Time // zero: no expiry
	AddedBy         string    // "First Last" of the member of staff
}

// VisitRestriction is a restriction on how the prisoner may be visited.
type VisitRestriction struct {
	ID              int64
	Type            string // e.g. CLOSED
	TypeDescription string // e.g. Closed
	Comment         string
	Start           time.Time
	Expiry          time.Time // zero: indefinite
}

// VisitBalance is the prisoner's remaining (privilege) visit orders.
type VisitBalance struct {
	RemainingVO   int
	RemainingPVO  int
	LastIEPAdjust time.Time
}

func (s *server) prisonAPIRoutes(r chi.Router) {
	r.Get("/api/offenders/{offenderNo}/alerts/v2", s.prisonAlerts)
	r.Get("/api/offenders/{offenderNo}/offender-restrictions", s.prisonVisitRestrictions)
	r.Get("/api/bookings/offenderNo/{offenderNo}/visit/balances", s.prisonVisitBalances)
}

// nomisPrisoner finds the person behind the offenderNo path parameter, answering
// 404 (or an injected failure) itself when it returns nil.
func (s *server) nomisPrisoner(w http.ResponseWriter, r *http.Request) *Person {
	noms := chi.URLParam(r, "offenderNo")
	p := s.world.ByPrisonerNumber(noms)
	if p == nil || !inPrisonSystem(p) {
		writeError(w, hmppsError, http.StatusNotFound, "Resource with id ["+noms+"] not found.", "Resource with id ["+noms+"] not found.")
		return nil
	}
	if failed(w, r, p, "prison-api", hmppsError) {
		return nil
	}
	return p
}

type paAlert struct {
	AlertID              int64  `json:"alertId"`
	BookingID            int64  `json:"bookingId"`
	OffenderNo           string `json:"offenderNo"`
	AlertType            string `json:"alertType"`
	AlertTypeDescription string `json:"alertTypeDescription"`
	AlertCode            string `json:"alertCode"`
	AlertCodeDescription string `json:"alertCodeDescription"`
	Comment              string `json:"comment,omitempty"`
	DateCreated          string `json:"dateCreated"`
	DateExpires          string `json:"dateExpires,omitempty"`
	Expired              bool   `json:"expired"`
	Active               bool   `json:"active"`
	AddedByFirstName     string `json:"addedByFirstName,omitempty"`
	AddedByLastName      string `json:"addedByLastName,omitempty"`
}

// prisonAlerts lists every alert; alertCodes filters (comma separated), and
// sort=dateCreated|alertId with direction=ASC|DESC orders (default alertId ASC).
func (s *server) prisonAlerts(w http.ResponseWriter, r *http.Request) {
	p := s.nomisPrisoner(w, r)
	if p == nil {
		return
	}
	q := r.URL.Query()
	var codes []string
	if c := strings.TrimSpace(q.Get("alertCodes")); c != "" {
		codes = strings.Split(c, ",")
	}
	today := s.today()
	out := []paAlert{}
	for _, a := range p.Custody.Alerts {
		if codes != nil && !slices.Contains(codes, a.Code) {
			continue
		}
		first, last, _ := strings.Cut(a.AddedBy, " ")
		expired := !a.Expires.IsZero() && !a.Expires.After(today)
		out = append(out, paAlert{
			AlertID: a.ID, BookingID: p.Custody.BookingID, OffenderNo: p.PrisonerNumber,
			AlertType: a.Type, AlertTypeDescription: a.TypeDescription,
			AlertCode: a.Code, AlertCodeDescription: a.CodeDescription, Comment: a.Comment,
			DateCreated: fmtDate(a.Created), DateExpires: fmtDate(a.Expires),
			Expired: expired, Active: !expired,
			AddedByFirstName: upper(first), AddedByLastName: upper(last),
		})
	}
	desc := strings.EqualFold(q.Get("direction"), "DESC")
	slices.SortStableFunc(out, func(a, b paAlert) int {
		c := int(a.AlertID - b.AlertID)
		if q.Get("sort") == "dateCreated" {
			c = strings.Compare(a.DateCreated, b.DateCreated)
		}
		if desc {
			return -c
		}
		return c
	})
	writeJSON(w, http.StatusOK, out)
}

type paOffenderRestrictions struct {
	BookingID            int64                   `json:"bookingId"`
	OffenderRestrictions []paOffenderRestriction `json:"offenderRestrictions"`
}

type paOffenderRestriction struct {
	RestrictionID              int64  `json:"restrictionId"`
	Comment                    string `json:"comment,omitempty"`
	RestrictionType            string `json:"restrictionType"`
	RestrictionTypeDescription string `json:"restrictionTypeDescription"`
	StartDate                  string `json:"startDate"`
	ExpiryDate                 string `json:"expiryDate,omitempty"`
	Active                     bool   `json:"active"`
}

// prisonVisitRestrictions lists the latest booking's restrictions; only those
// in force today unless activeRestrictionsOnly=false.
func (s *server) prisonVisitRestrictions(w http.ResponseWriter, r *http.Request) {
	p := s.nomisPrisoner(w, r)
	if p == nil {
		return
	}
	activeOnly := true
	if v := r.URL.Query().Get("activeRestrictionsOnly"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			writeError(w, hmppsError, http.StatusBadRequest, "Invalid activeRestrictionsOnly: "+v, "activeRestrictionsOnly must be true or false")
			return
		}
		activeOnly = b
	}
	today := s.today()
	out := paOffenderRestrictions{BookingID: p.Custody.BookingID, OffenderRestrictions: []paOffenderRestriction{}}
	for _, v := range p.Custody.VisitRestrictions {
		active := !v.Start.After(today) && (v.Expiry.IsZero() || !v.Expiry.Before(today))
		if activeOnly && !active {
			continue
		}
		out.OffenderRestrictions = append(out.OffenderRestrictions, paOffenderRestriction{
			RestrictionID: v.ID, Comment: v.Comment, RestrictionType: v.Type, RestrictionTypeDescription: v.TypeDescription,
			StartDate: fmtDate(v.Start), ExpiryDate: fmtDate(v.Expiry), Active: active,
		})
	}
	writeJSON(w, http.StatusOK, out)
}

type paVisitBalances struct {
	RemainingVo             int    `json:"remainingVo"`
	RemainingPvo            int    `json:"remainingPvo"`
	LatestIepAdjustDate     string `json:"latestIepAdjustDate,omitempty"`
	LatestPrivIepAdjustDate string `json:"latestPrivIepAdjustDate,omitempty"`
}

// prisonVisitBalances answers 404 when NOMIS holds no balance for the
// booking (allowNoContent, which would turn that into a 204, is not simulated).
func (s *server) prisonVisitBalances(w http.ResponseWriter, r *http.Request) {
	p := s.nomisPrisoner(w, r)
	if p == nil {
		return
	}
	b := p.Custody.VisitBalance
	if b == nil {
		msg := "No visit balances found for offender " + p.PrisonerNumber
		writeError(w, hmppsError, http.StatusNotFound, msg, msg)
		return
	}
	writeJSON(w, http.StatusOK, paVisitBalances{
		RemainingVo: b.RemainingVO, RemainingPvo: b.RemainingPVO,
		LatestIepAdjustDate: fmtDate(b.LastIEPAdjust), LatestPrivIepAdjustDate: fmtDate(b.LastIEPAdjust),
	})
}

// today is the simulator clock's calendar day, in the UTC dates the world is written in.
func (s *server) today() time.Time {
	n := s.now().UTC()
	return day(n.Year(), n.Month(), n.Day())
}
