package prisonersearch

import (
	"context"
	"net/http"
	"strconv"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

// PrisonerProfile implements ports.PrisonerProfiles with GET /prisoner/{id}.
func (c *Client) PrisonerProfile(ctx context.Context, nomsNumber string) (person.PrisonerProfile, error) {
	resp, err := c.api.FindByPrisonNumberWithResponse(ctx, nomsNumber, nil)
	if err != nil {
		return person.PrisonerProfile{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		if resp.StatusCode() == http.StatusNotFound {
			return person.PrisonerProfile{}, person.NotFound(nomsNumber)
		}
		return person.PrisonerProfile{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	p := resp.JSON200
	out := person.PrisonerProfile{PrisonID: optional.String(p.PrisonId), MaritalStatus: p.MaritalStatus}
	// Prisoner search sends the booking id as a string; one that is not a
	// number names no booking prison-api could be asked about.
	if p.BookingId != nil {
		if id, err := strconv.ParseInt(*p.BookingId, 10, 64); err == nil {
			out.BookingID = &id
		}
	}
	return out, nil
}
