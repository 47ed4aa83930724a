package prisonapi

import (
	"context"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/localtime"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

// Images implements ports.PrisonerImages. captureDateTime is declared a
// plain string upstream but carries a zone-less local date-time; an image
// whose time cannot be read falls back to its capture date.
func (c *Client) Images(ctx context.Context, nomsNumber string) ([]prison.Image, error) {
	resp, err := c.api.GetImagesByOffenderWithResponse(ctx, nomsNumber)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]prison.Image, 0, len(*resp.JSON200))
	for _, d := range *resp.JSON200 {
		captured := d.CaptureDate.Time
		if t, err := localtime.Parse(d.CaptureDateTime); err == nil {
			captured = t.Time
		}
		out = append(out, prison.Image{
			ID: d.ImageId, Active: d.Active, Captured: captured,
			View: string(d.ImageView), Orientation: string(d.ImageOrientation), Type: string(d.ImageType),
		})
	}
	return out, nil
}

// ImageData implements ports.PrisonerImages. The body is the JPEG itself, so
// any 200 is taken as it is, whatever content type it is labelled with.
func (c *Client) ImageData(ctx context.Context, id int64) ([]byte, error) {
	resp, err := c.api.GetImageDataWithResponse(ctx, id, nil)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.HTTPResponse.StatusCode != http.StatusOK {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	return resp.Body, nil
}
