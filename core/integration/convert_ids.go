package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
)

// ConvertIDs answers the /v1/hmpps/id operations, which translate between a
// person's identifiers.
type ConvertIDs struct {
	resolver *Resolver
}

// NewConvertIDs builds the use case.
func NewConvertIDs(resolver *Resolver) *ConvertIDs {
	return &ConvertIDs{resolver: resolver}
}

// NomisNumber returns the NOMIS number of the prisoner behind hmppsID; a
// person with no prison record is NotFound.
func (h *ConvertIDs) NomisNumber(ctx context.Context, filters access.Filters, hmppsID string) (string, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return "", err
	}
	return identity.NomisNumber(), nil
}

// HmppsID returns the id HMPPS knows the prisoner by: the CRN when they are
// on probation, otherwise the NOMIS number. The input is meant to be a NOMIS
// number, but any id shape is accepted, as the original accepted a CRN too;
// either way the person must have a prison record.
func (h *ConvertIDs) HmppsID(ctx context.Context, filters access.Filters, id string) (string, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, id)
	if err != nil {
		return "", err
	}
	return identity.HmppsID(), nil
}
