// Package refdata holds the code lists (reference data) behind values the
// Integration API returns, from prison (NOMIS) and probation (nDelius).
package refdata

// Code is one entry of a code list.
type Code struct {
	Code        string
	Description string
}

// PrisonDomain pairs a NOMIS reference domain with the name the API gives
// its list.
type PrisonDomain struct {
	NOMIS string // the domain NOMIS files the codes under
	API   string // the key consumers see
}

// PrisonDomains are the NOMIS code lists the API publishes, under the names
// the original gave them.
var PrisonDomains = []PrisonDomain{
	{NOMIS: "PHONE_USAGE", API: "PHONE_TYPE"},
	{NOMIS: "ALERT", API: "ALERT_TYPE"},
	{NOMIS: "ETHNICITY", API: "ETHNICITY"},
	{NOMIS: "SEX", API: "GENDER"},
}

// ReferenceData is every published code list, by API name, per system.
type ReferenceData struct {
	Prison    map[string][]Code
	Probation map[string][]Code
}

// Missing records an upstream that could not find its reference data: the
// API still answers, naming it, rather than failing.
type Missing struct {
	Source string // the upstream, e.g. NDELIUS
}
