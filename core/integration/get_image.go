package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetImage answers GET /v1/images/{id}.
type GetImage struct {
	images ports.PrisonerImages
}

// NewGetImage builds the use case.
func NewGetImage(images ports.PrisonerImages) *GetImage {
	return &GetImage{images: images}
}

// Handle returns the JPEG bytes of the image. The id is passed on as given:
// as in the original, no person or prison check applies, so access to this
// operation should only be granted to consumers that may see any image.
func (h *GetImage) Handle(ctx context.Context, id int64) ([]byte, error) {
	data, err := h.images.ImageData(ctx, id)
	if apperr.Is(err, apperr.NotFound) {
		return nil, apperr.New(apperr.NotFound, "Could not find image with id: %d.", id)
	}
	return data, err
}
