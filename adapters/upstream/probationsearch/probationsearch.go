// Package probationsearch adapts the Probation Offender Search API (generated
// client) to ports.ProbationSearch. It is the one upstream that can find a
// person by PNC, which is why hmppsId resolution uses it.
package probationsearch

import (
	"context"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/probationsearch"
)

// Source names this upstream in errors and logs.
const Source = "PROBATION_OFFENDER_SEARCH"

// Client implements ports.ProbationSearch.
type Client struct {
	api *api.ClientWithResponses
}

// New builds a client for the API at baseURL.
func New(baseURL string, httpClient *http.Client) (*Client, error) {
	c, err := api.NewClientWithResponses(baseURL, api.WithHTTPClient(httpClient))
	if err != nil {
		return nil, err
	}
	return &Client{api: c}, nil
}

// FindByID implements ports.ProbationSearch: a search on exactly one identifier field.
func (c *Client) FindByID(ctx context.Context, id person.ID) ([]person.ProbationCase, error) {
	found, err := c.searchByID(ctx, id)
	if err != nil {
		return nil, err
	}
	out := make([]person.ProbationCase, 0, len(found))
	for _, o := range found {
		out = append(out, toCase(o))
	}
	return out, nil
}

func toCase(o api.OffenderDetail) person.ProbationCase {
	c := person.ProbationCase{
		CRN:                    o.OtherIds.Crn,
		NomsNumber:             optional.String(o.OtherIds.NomsNumber),
		PNC:                    optional.String(o.OtherIds.PncNumber),
		CRO:                    optional.String(o.OtherIds.CroNumber),
		FirstName:              optional.String(o.FirstName),
		Surname:                optional.String(o.Surname),
		DateOfBirth:            optional.Date(o.DateOfBirth),
		Gender:                 optional.String(o.Gender),
		UnderActiveSupervision: o.CurrentDisposal != nil && *o.CurrentDisposal == "1",
	}
	if o.MiddleNames != nil {
		c.MiddleNames = *o.MiddleNames
	}
	c.Access = person.CaseAccess{
		Restricted: o.CurrentRestriction != nil && *o.CurrentRestriction, RestrictionMessage: optional.String(o.RestrictionMessage),
		Excluded: o.CurrentExclusion != nil && *o.CurrentExclusion, ExclusionMessage: optional.String(o.ExclusionMessage),
	}
	if cd := o.ContactDetails; cd != nil {
		c.Contact = &person.Contact{Phones: []person.Phone{}, Emails: []string{}}
		if cd.EmailAddresses != nil {
			c.Contact.Emails = append(c.Contact.Emails, *cd.EmailAddresses...)
		}
		if cd.Addresses != nil {
			for _, a := range *cd.Addresses {
				c.Contact.Addresses = append(c.Contact.Addresses, toAddress(a))
			}
		}
		if cd.PhoneNumbers != nil {
			for _, ph := range *cd.PhoneNumbers {
				phone := person.Phone{Number: optional.String(ph.Number)}
				if ph.Type != nil {
					phone.Type = string(*ph.Type)
				}
				c.Contact.Phones = append(c.Contact.Phones, phone)
			}
		}
	}
	if o.OffenderProfile != nil {
		c.Ethnicity = optional.String(o.OffenderProfile.Ethnicity)
	}
	if o.OffenderAliases != nil {
		for _, a := range *o.OffenderAliases {
			alias := person.Alias{FirstName: optional.String(a.FirstName), LastName: optional.String(a.Surname), DateOfBirth: optional.Date(a.DateOfBirth), Gender: optional.String(a.Gender)}
			if a.MiddleNames != nil && len(*a.MiddleNames) > 0 {
				alias.MiddleNames = (*a.MiddleNames)[0]
			}
			c.Aliases = append(c.Aliases, alias)
		}
	}
	return c
}

// toAddress maps a probation address to the API's shape: the building name
// is the address name and the district its locality.
func toAddress(a api.Address) person.Address {
	from := a.From.Time
	out := person.Address{
		Name: optional.String(a.BuildingName), Number: optional.String(a.AddressNumber), Street: optional.String(a.StreetName), Locality: optional.String(a.District),
		Town: optional.String(a.Town), County: optional.String(a.County), Postcode: optional.String(a.Postcode), Notes: optional.String(a.Notes),
		StartDate: &from, EndDate: optional.Date(a.To), NoFixedAddress: a.NoFixedAbode != nil && *a.NoFixedAbode,
		Types: []person.AddressType{},
	}
	if t := a.Type; t != nil {
		out.Types = append(out.Types, person.AddressType{Code: optional.String(t.Code), Description: optional.String(t.Description)})
	}
	return out
}
