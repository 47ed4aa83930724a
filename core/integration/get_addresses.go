package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetAddresses answers GET /v1/persons/{hmppsId}/addresses.
type GetAddresses struct {
	resolver *Resolver
	nomis    ports.PrisonAddresses
}

// NewGetAddresses builds the use case.
func NewGetAddresses(resolver *Resolver, nomis ports.PrisonAddresses) *GetAddresses {
	return &GetAddresses{resolver: resolver, nomis: nomis}
}

// Handle returns the prisoner's NOMIS addresses, newest first, then the
// addresses probation holds, in probation's order. The operation carries the
// prisons filter, so, as in the original, the person must have a prison
// record the consumer may see. The probation addresses come with the
// probation record the id resolution has already read.
func (h *GetAddresses) Handle(ctx context.Context, filters access.Filters, hmppsID string) ([]person.Address, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return nil, err
	}
	addresses, err := h.nomis.Addresses(ctx, identity.NomisNumber())
	if err != nil {
		return nil, notFoundAs(err, hmppsID)
	}
	person.SortAddressesNewestFirst(addresses)
	if p := identity.Probation; p != nil && p.Contact != nil {
		addresses = append(addresses, p.Contact.Addresses...)
	}
	return addresses, nil
}
