package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetPersonImages answers GET /v1/persons/{encodedHmppsId}/images.
type GetPersonImages struct {
	resolver *Resolver
	images   ports.PrisonerImages
}

// NewGetPersonImages builds the use case.
func NewGetPersonImages(resolver *Resolver, images ports.PrisonerImages) *GetPersonImages {
	return &GetPersonImages{resolver: resolver, images: images}
}

// Handle returns one page of the prisoner's image descriptions, newest first.
// The original found the NOMIS number through probation search only, so a
// person unknown to probation was a 404; here any id shape of a prisoner the
// consumer may see works, with the prison filter applied as today's API does.
func (h *GetPersonImages) Handle(ctx context.Context, filters access.Filters, hmppsID string, page paging.Request) (paging.Page[prison.Image], error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return paging.Page[prison.Image]{}, err
	}
	images, err := h.images.Images(ctx, identity.NomisNumber())
	if err != nil {
		return paging.Page[prison.Image]{}, notFoundAs(err, hmppsID)
	}
	prison.SortImagesNewestFirst(images)
	return paging.Slice(images, page), nil
}
