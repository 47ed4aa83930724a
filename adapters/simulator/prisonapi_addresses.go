package simulator

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// prison-api GET /api/offenders/{offenderNo}/addresses: the person's
// addresses as NOMIS records them, most recent first. NOMIS keeps a house
// number or building name in "premise" and has its own usage codes.

func (s *server) prisonAPIAddressRoutes(r chi.Router) {
	r.Get("/api/offenders/{offenderNo}/addresses", s.prisonAddresses)
}

type paAddress struct {
	AddressID      int64            `json:"addressId"`
	AddressType    string           `json:"addressType,omitempty"`
	Premise        string           `json:"premise,omitempty"`
	Street         string           `json:"street,omitempty"`
	Locality       string           `json:"locality,omitempty"`
	Town           string           `json:"town,omitempty"`
	County         string           `json:"county,omitempty"`
	PostalCode     string           `json:"postalCode,omitempty"`
	Country        string           `json:"country"`
	Comment        string           `json:"comment,omitempty"`
	Primary        bool             `json:"primary"`
	Mail           bool             `json:"mail"`
	NoFixedAddress bool             `json:"noFixedAddress"`
	StartDate      string           `json:"startDate,omitempty"`
	EndDate        string           `json:"endDate,omitempty"`
	AddressUsages  []paAddressUsage `json:"addressUsages"`
}

type paAddressUsage struct {
	AddressID               int64  `json:"addressId"`
	AddressUsage            string `json:"addressUsage"`
	AddressUsageDescription string `json:"addressUsageDescription"`
	ActiveFlag              bool   `json:"activeFlag"`
}

func (s *server) prisonAddresses(w http.ResponseWriter, r *http.Request) {
	p := s.nomisPrisoner(w, r)
	if p == nil {
		return
	}
	out := []paAddress{}
	for i := len(p.Addresses) - 1; i >= 0; i-- { // the world lists oldest first
		a := p.Addresses[i]
		premise := a.BuildingName
		if premise == "" {
			premise = a.AddressNumber
		}
		addr := paAddress{
			AddressID: a.ID, Premise: premise, Street: a.StreetName, Locality: a.District, Town: a.Town, County: a.County,
			PostalCode: a.Postcode, Country: "England", Primary: a.Primary, Mail: a.Primary, NoFixedAddress: a.NoFixedAbode,
			StartDate: fmtDate(a.From), EndDate: fmtDate(a.To), AddressUsages: []paAddressUsage{},
		}
		if a.Primary {
			addr.AddressType = "HOME"
			addr.AddressUsages = append(addr.AddressUsages, paAddressUsage{AddressID: a.ID, AddressUsage: "HDC", AddressUsageDescription: "HDC Address", ActiveFlag: true})
		}
		out = append(out, addr)
	}
	writeJSON(w, http.StatusOK, out)
}
