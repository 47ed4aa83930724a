package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
)

// CellLocation is where a prisoner is held; all empty when not inside.
type CellLocation struct {
	PrisonCode string
	PrisonName string
	Cell       string
}

// GetCellLocation answers GET /v1/persons/{hmppsId}/cell-location.
type GetCellLocation struct {
	resolver *Resolver
}

// NewGetCellLocation builds the use case.
func NewGetCellLocation(resolver *Resolver) *GetCellLocation {
	return &GetCellLocation{resolver: resolver}
}

// Handle returns the prisoner's prison and cell. Only a prisoner who is IN has
// one: a released or transferring prisoner's record still names the last
// prison, which would be misleading as a current location.
func (h *GetCellLocation) Handle(ctx context.Context, filters access.Filters, hmppsID string) (CellLocation, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return CellLocation{}, err
	}
	p := identity.Prisoner
	if !p.InPrison() {
		return CellLocation{}, nil
	}
	return CellLocation{PrisonCode: p.PrisonID, PrisonName: p.PrisonName, Cell: p.CellLocation}, nil
}
