package integration

import (
	"bytes"
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetPersonImages implements GET /v1/persons/{encodedHmppsId}/images.
func (s *Server) GetPersonImages(ctx context.Context, req api.GetPersonImagesRequestObject) (api.GetPersonImagesResponseObject, error) {
	page, err := pageRequest(req.Params.Page, req.Params.PerPage)
	if err != nil {
		return nil, err
	}
	images, err := s.uc.PrisonRecords.PersonImages.Handle(ctx, filtersFrom(ctx), req.EncodedHmppsId, page)
	if err != nil {
		return nil, err
	}
	return api.GetPersonImages200JSONResponse{Data: mapItems(images.Items, func(i prison.Image) api.ImageMetadata {
		return api.ImageMetadata{Id: i.ID, Active: i.Active, CaptureDateTime: ukLocalTime(i.Captured), View: i.View, Orientation: i.Orientation, Type: i.Type}
	}), Pagination: paginationOf(images)}, nil
}

// GetImage implements GET /v1/images/{id}: the JPEG itself.
func (s *Server) GetImage(ctx context.Context, req api.GetImageRequestObject) (api.GetImageResponseObject, error) {
	data, err := s.uc.PrisonRecords.Image.Handle(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	return api.GetImage200ImagejpegResponse{Body: bytes.NewReader(data), ContentLength: int64(len(data))}, nil
}
