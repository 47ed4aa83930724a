package simulator

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Reference data: prison-api GET /api/reference-domains/domains/{domain} and
// nDelius GET /reference-data. The codes agree with the values the world's
// records use (alert types, ethnicity codes, registration types).

var nomisDomains = map[string][][2]string{
	"PHONE_USAGE": {{"BUS", "Business"}, {"HOME", "Home"}, {"MOB", "Mobile"}},
	"ALERT": {{"H", "Self Harm"}, {"M", "Medical"}, {"P", "MAPPP Case"}, {"R", "Risk"},
		{"T", "Hold Against Transfer"}, {"V", "Vulnerability"}, {"X", "Security"}},
	"ETHNICITY": {{"A2", "Asian/Asian British: Pakistani"}, {"B1", "Black/Black British: Caribbean"},
		{"M1", "Mixed: White and Black Caribbean"}, {"W1", "White: Eng./Welsh/Scot./N.Irish/British"}, {"W2", "White: Irish"}},
	"SEX": {{"F", "Female"}, {"M", "Male"}, {"NK", "Not Known / Not Recorded"}},
}

var deliusReferenceData = map[string][][2]string{
	"PHONE_TYPE": {{"MOBILE", "Mobile"}, {"TELEPHONE", "Telephone"}},
	"GENDER":     {{"F", "Female"}, {"M", "Male"}},
	"REGISTER_TYPE": {{"ASFO", "Serious Further Offence - Subject to SFO review/investigation"},
		{"RCCO", "Child Concerns - Safeguarding concerns where a child is at risk from the offender"},
		{"RDRG", "Drug Misuse"}, {"RMDO", "Missing/Wanted - Missing from home"}, {"RVAD", "Risk to Vulnerable Adult"},
		{"WRSM", "Warrant/Summons - Outstanding warrant or summons"}},
}

func (s *server) referenceDataRoutes(r chi.Router) {
	r.Get("/api/reference-domains/domains/{domain}", s.nomisReferenceCodes)
	r.Get("/reference-data", s.deliusReferenceData)
}

type paReferenceCode struct {
	Domain      string `json:"domain"`
	Code        string `json:"code"`
	Description string `json:"description"`
	ActiveFlag  string `json:"activeFlag"`
	ListSeq     int    `json:"listSeq"`
}

func (s *server) nomisReferenceCodes(w http.ResponseWriter, r *http.Request) {
	domain := chi.URLParam(r, "domain")
	codes, ok := nomisDomains[domain]
	if !ok {
		writeError(w, hmppsError, http.StatusNotFound, "Reference domain ["+domain+"] not found.", "Reference domain ["+domain+"] not found.")
		return
	}
	out := []paReferenceCode{}
	for i, c := range codes {
		out = append(out, paReferenceCode{Domain: domain, Code: c[0], Description: c[1], ActiveFlag: "Y", ListSeq: i + 1})
	}
	writeJSON(w, http.StatusOK, out)
}

type ndRefData struct {
	Code        string `json:"code"`
	Description string `json:"description"`
}

func (s *server) deliusReferenceData(w http.ResponseWriter, _ *http.Request) {
	lists := map[string][]ndRefData{}
	for domain, codes := range deliusReferenceData {
		for _, c := range codes {
			lists[domain] = append(lists[domain], ndRefData{Code: c[0], Description: c[1]})
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"probationReferenceData": lists})
}
