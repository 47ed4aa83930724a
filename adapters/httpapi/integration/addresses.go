package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetAddresses implements GET /v1/persons/{hmppsId}/addresses.
func (s *Server) GetAddresses(ctx context.Context, req api.GetAddressesRequestObject) (api.GetAddressesResponseObject, error) {
	addresses, err := s.uc.Probation.Addresses.Handle(ctx, filtersFrom(ctx), req.HmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetAddresses200JSONResponse{Data: mapItems(addresses, func(a person.Address) api.Address {
		return api.Address{
			Name: optString(a.Name), Number: optString(a.Number), Street: optString(a.Street), Locality: optString(a.Locality),
			Town: optString(a.Town), County: optString(a.County), Postcode: optString(a.Postcode), Country: optString(a.Country),
			StartDate: optDate(a.StartDate), EndDate: optDate(a.EndDate), NoFixedAddress: a.NoFixedAddress, Notes: optString(a.Notes),
			Types: mapItems(a.Types, func(t person.AddressType) api.AddressType {
				return api.AddressType{Code: optString(t.Code), Description: optString(t.Description)}
			}),
		}
	})}, nil
}
