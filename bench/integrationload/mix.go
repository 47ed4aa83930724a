package main

// op is one /v1 GET of the mix and the upstream call the bare proxy makes for
// it. For an operation that calls several upstreams, upstream is the one call
// that carries the data (listed in docs/benchmarks.md); the hmppsId lookups
// our service makes first are left out, as a gateway in front of one upstream
// would not make them.
type op struct {
	name     string
	ours     string // path on our service
	upstream string // path on the simulator, sent through the bare proxy
}

// mix is the request mix, run in this order by every worker from a different
// starting point. Seed ids: NOMS A1234AA = CRN X00001 = PNC 2008/0545166T.
var mix = []op{
	{"name", "/v1/persons/A1234AA/name", "/prisoner/A1234AA"},
	{"name by PNC", "/v1/persons/2008%2F0545166T/name", "/prisoner/A1234AA"},
	{"person", "/v1/persons/A1234AA", "/prisoner/A1234AA"},
	{"addresses", "/v1/persons/X00001/addresses", "/api/offenders/A1234AA/addresses"},
	{"alerts", "/v1/persons/A1234AA/alerts?page=1&perPage=10", "/api/offenders/A1234AA/alerts/v2"},
	{"risks/serious-harm", "/v1/persons/X00001/risks/serious-harm", "/risks/crn/X00001"},
	{"sentences", "/v1/persons/A1234AA/sentences", "/api/offender-sentences/booking/1201001/sentences-and-offences"},
	{"balances", "/v1/prison/MDI/prisoners/A1234AA/balances", "/api/v1/prison/MDI/offenders/A1234AA/accounts"},
	{"visit/future", "/v1/persons/A1234AA/visit/future", "/visits/search/future/A1234AA"},
	{"case-notes", "/v1/persons/A1234AA/case-notes", "/case-notes/A1234AA"},
	{"reference-data", "/v1/hmpps/reference-data", "/reference-data"},
	{"iep-level", "/v1/persons/A1234AA/iep-level", "/incentive-reviews/prisoner/A1234AA"},
}
