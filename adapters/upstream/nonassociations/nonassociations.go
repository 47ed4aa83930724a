// Package nonassociations adapts the non-associations API (generated client)
// to ports.NonAssociations.
package nonassociations

import (
	"context"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/nonassociations"
)

// Source names this upstream in errors and logs.
const Source = "NON_ASSOCIATIONS"

// Client implements ports.NonAssociations.
type Client struct {
	api *api.ClientWithResponses
}

// New builds a client for the API at baseURL.
func New(baseURL string, httpClient *http.Client) (*Client, error) {
	c, err := api.NewClientWithResponses(baseURL, api.WithHTTPClient(httpClient))
	if err != nil {
		return nil, err
	}
	return &Client{api: c}, nil
}

// NonAssociations implements ports.NonAssociations. Other prisons and the
// sort order are left to the service's defaults, as the original left them.
func (c *Client) NonAssociations(ctx context.Context, nomsNumber string, filter prison.NonAssociationFilter) ([]prison.NonAssociation, error) {
	params := &api.GetPrisonerNonAssociationsParams{IncludeOpen: &filter.IncludeOpen, IncludeClosed: &filter.IncludeClosed}
	resp, err := c.api.GetPrisonerNonAssociationsWithResponse(ctx, nomsNumber, params)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]prison.NonAssociation, 0, len(resp.JSON200.NonAssociations))
	for _, n := range resp.JSON200.NonAssociations {
		o := n.OtherPrisonerDetails
		na := prison.NonAssociation{
			ID: n.Id, Role: string(n.Role), RoleDescription: n.RoleDescription,
			Reason: string(n.Reason), ReasonDescription: n.ReasonDescription,
			RestrictionType: string(n.RestrictionType), RestrictionTypeDescription: n.RestrictionTypeDescription,
			Comment: n.Comment, AuthorisedBy: n.AuthorisedBy, UpdatedBy: n.UpdatedBy,
			Created: n.WhenCreated.Time, Updated: n.WhenUpdated.Time,
			IsOpen: n.IsOpen, IsClosed: n.IsClosed, ClosedBy: optional.String(n.ClosedBy), ClosedReason: optional.String(n.ClosedReason),
			Other: prison.NonAssociatedPrisoner{
				PrisonerNumber: o.PrisonerNumber, Role: string(o.Role), RoleDescription: o.RoleDescription,
				FirstName: o.FirstName, LastName: o.LastName, PrisonID: optional.String(o.PrisonId), PrisonName: optional.String(o.PrisonName),
				CellLocation: optional.String(o.CellLocation),
			},
		}
		if n.ClosedAt != nil {
			t := n.ClosedAt.Time
			na.ClosedAt = &t
		}
		out = append(out, na)
	}
	return out, nil
}
