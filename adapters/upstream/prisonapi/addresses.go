package prisonapi

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

// Addresses implements ports.PrisonAddresses with
// GET /api/offenders/{offenderNo}/addresses. The mapping is the original's:
// the premise is the address name and, oddly, the flat is its number; the
// types are the address's usages followed by its address type.
func (c *Client) Addresses(ctx context.Context, nomsNumber string) ([]person.Address, error) {
	resp, err := c.api.GetAddressesByOffenderNoWithResponse(ctx, nomsNumber)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]person.Address, 0, len(*resp.JSON200))
	for _, a := range *resp.JSON200 {
		addr := person.Address{
			Name: optional.String(a.Premise), Number: optional.String(a.Flat), Street: optional.String(a.Street), Locality: optional.String(a.Locality),
			Town: optional.String(a.Town), County: optional.String(a.County), Postcode: optional.String(a.PostalCode), Country: optional.String(a.Country),
			StartDate: optional.Date(a.StartDate), EndDate: optional.Date(a.EndDate), NoFixedAddress: a.NoFixedAddress, Notes: optional.String(a.Comment),
			Types: []person.AddressType{},
		}
		if a.AddressUsages != nil {
			for _, u := range *a.AddressUsages {
				addr.Types = append(addr.Types, person.AddressType{Code: optional.String(u.AddressUsage), Description: optional.String(u.AddressUsageDescription)})
			}
		}
		if a.AddressType != nil {
			addr.Types = append(addr.Types, person.AddressType{Code: *a.AddressType})
		}
		out = append(out, addr)
	}
	return out, nil
}
