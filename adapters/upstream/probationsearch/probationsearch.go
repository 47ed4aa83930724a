// Package probationsearch adapts the Probation Offender Search API (generated
// client) to ports.ProbationSearch. It is the one upstream that can find a
// person by PNC, which is why hmppsId resolution uses it.
package probationsearch

import (
	"context"
	"net/http"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

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
		NomsNumber:             str(o.OtherIds.NomsNumber),
		PNC:                    str(o.OtherIds.PncNumber),
		CRO:                    str(o.OtherIds.CroNumber),
		FirstName:              str(o.FirstName),
		Surname:                str(o.Surname),
		DateOfBirth:            date(o.DateOfBirth),
		Gender:                 str(o.Gender),
		UnderActiveSupervision: o.CurrentDisposal != nil && *o.CurrentDisposal == "1",
	}
	if o.MiddleNames != nil {
		c.MiddleNames = *o.MiddleNames
	}
	c.Access = person.CaseAccess{
		Restricted: o.CurrentRestriction != nil && *o.CurrentRestriction, RestrictionMessage: str(o.RestrictionMessage),
		Excluded: o.CurrentExclusion != nil && *o.CurrentExclusion, ExclusionMessage: str(o.ExclusionMessage),
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
				phone := person.Phone{Number: str(ph.Number)}
				if ph.Type != nil {
					phone.Type = string(*ph.Type)
				}
				c.Contact.Phones = append(c.Contact.Phones, phone)
			}
		}
	}
	if o.OffenderProfile != nil {
		c.Ethnicity = str(o.OffenderProfile.Ethnicity)
	}
	if o.OffenderAliases != nil {
		for _, a := range *o.OffenderAliases {
			alias := person.Alias{FirstName: str(a.FirstName), LastName: str(a.Surname), DateOfBirth: date(a.DateOfBirth), Gender: str(a.Gender)}
			if a.MiddleNames != nil && len(*a.MiddleNames) > 0 {
				alias.MiddleNames = (*a.MiddleNames)[0]
			}
			c.Aliases = append(c.Aliases, alias)
		}
	}
	return c
}

func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func date(d *openapi_types.Date) *time.Time {
	if d == nil {
		return nil
	}
	t := d.Time
	return &t
}

// toAddress maps a probation address to the API's shape: the building name
// is the address name and the district its locality.
func toAddress(a api.Address) person.Address {
	from := a.From.Time
	out := person.Address{
		Name: str(a.BuildingName), Number: str(a.AddressNumber), Street: str(a.StreetName), Locality: str(a.District),
		Town: str(a.Town), County: str(a.County), Postcode: str(a.Postcode), Notes: str(a.Notes),
		StartDate: &from, EndDate: date(a.To), NoFixedAddress: a.NoFixedAbode != nil && *a.NoFixedAbode,
		Types: []person.AddressType{},
	}
	if t := a.Type; t != nil {
		out.Types = append(out.Types, person.AddressType{Code: str(t.Code), Description: str(t.Description)})
	}
	return out
}
