// Package prison holds what NOMIS records about a prisoner beyond their
// identity: alerts, visit restrictions and allowances, incentive levels.
package prison

import (
	"slices"
	"time"
)

// Alert is a NOMIS alert raised against a prisoner (e.g. XA, arsonist).
type Alert struct {
	OffenderNo      string
	Type            string
	TypeDescription string
	Code            string
	CodeDescription string
	Comment         string
	DateCreated     *time.Time // the date the alert applies from
	DateExpired     *time.Time
	Expired         bool
	Active          bool
}

// pndCodes are the alert codes shared with the Police National Database.
// Any other alert stays inside HMPPS.
var pndCodes = map[string]bool{
	"BECTER": true, "HA": true, "XA": true, "XCA": true, "XEL": true, "XELH": true, "XER": true,
	"XHT": true, "XILLENT": true, "XIS": true, "XR": true, "XRF": true, "XSA": true, "HA2": true,
	"RCS": true, "RDV": true, "RKC": true, "RPB": true, "RPC": true, "RSS": true, "RST": true,
	"RDP": true, "REG": true, "RLG": true, "ROP": true, "RRV": true, "RTP": true, "RYP": true,
	"HS": true, "SC": true,
}

// IsPND reports whether the alert may be shared with the Police National Database.
func (a Alert) IsPND() bool { return pndCodes[a.Code] }

// OnlyPND keeps the alerts that may be shared with the Police National Database.
func OnlyPND(alerts []Alert) []Alert {
	out := make([]Alert, 0, len(alerts))
	for _, a := range alerts {
		if a.IsPND() {
			out = append(out, a)
		}
	}
	return out
}

// SortNewestFirst orders alerts by the date they apply from, newest first;
// alerts with no date go last. The sort is stable so equal dates keep the
// upstream's order.
func SortNewestFirst(alerts []Alert) {
	slices.SortStableFunc(alerts, func(a, b Alert) int {
		switch {
		case a.DateCreated == nil && b.DateCreated == nil:
			return 0
		case a.DateCreated == nil:
			return 1
		case b.DateCreated == nil:
			return -1
		}
		return b.DateCreated.Compare(*a.DateCreated)
	})
}
