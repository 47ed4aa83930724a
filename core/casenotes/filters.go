package casenotes

import "strings"

// contentFilter skips a fetched case note for a reason the telemetry reports.
type contentFilter struct {
	reason string
	skip   func(CaseNote) bool
}

// contentFilters apply to fetched case notes, per event and in back-fill,
// first match wins. The reasons are the original's telemetry strings.
var contentFilters = []contentFilter{
	{"case note text is empty", func(c CaseNote) bool { return strings.TrimSpace(c.Text) == "" }},
	{"Prisoner being transferred", func(c CaseNote) bool { return c.LocationID == "TRN" }},
	{"Institution used for test purposes", func(c CaseNote) bool { return c.LocationID == "ZZGHI" }},
	{"Filtered due to data sharing restrictions", func(c CaseNote) bool {
		return strings.Contains(c.Text, "Do not share with offender and OCG Nominal")
	}},
}

// IgnoreReason returns why a case note must not reach Delius, or "" to merge it.
func IgnoreReason(c CaseNote) string {
	for _, f := range contentFilters {
		if f.skip(c) {
			return f.reason
		}
	}
	return ""
}

// AlertCodeOCGNominal is the Alerts API code of "Security alert OCG Nominal".
// Those alerts are never copied to Delius (data-sharing restriction).
const AlertCodeOCGNominal = "DOCGM"

// SkipAlert reports whether an alert is silently left out of Delius.
func SkipAlert(a Alert) bool { return a.Code == AlertCodeOCGNominal }
