package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetNonAssociations implements GET /v1/prison/{prisonId}/prisoners/{hmppsId}/non-associations.
func (s *Server) GetNonAssociations(ctx context.Context, req api.GetNonAssociationsRequestObject) (api.GetNonAssociationsResponseObject, error) {
	found, err := s.uc.PrisonRecords.NonAssociations.Handle(ctx, req.HmppsId, req.Params.IncludeOpen, req.Params.IncludeClosed)
	if err != nil {
		return nil, err
	}
	return api.GetNonAssociations200JSONResponse{Data: api.NonAssociations{NonAssociations: mapItems(found, toNonAssociation)}}, nil
}

func toNonAssociation(n prison.NonAssociation) api.NonAssociation {
	out := api.NonAssociation{
		Id: n.ID, Role: n.Role, RoleDescription: n.RoleDescription,
		Reason: n.Reason, ReasonDescription: n.ReasonDescription,
		RestrictionType: n.RestrictionType, RestrictionTypeDescription: n.RestrictionTypeDescription,
		Comment: n.Comment, AuthorisedBy: optString(n.AuthorisedBy), UpdatedBy: n.UpdatedBy,
		WhenCreated: ukLocalTime(n.Created), WhenUpdated: ukLocalTime(n.Updated),
		IsOpen: n.IsOpen, IsClosed: n.IsClosed, ClosedBy: optString(n.ClosedBy), ClosedReason: optString(n.ClosedReason),
		ClosedAt: optUKLocalTime(n.ClosedAt),
		OtherPrisonerDetails: api.NonAssociationPrisonerDetails{
			PrisonerNumber: n.Other.PrisonerNumber, Role: n.Other.Role, RoleDescription: n.Other.RoleDescription,
			FirstName: n.Other.FirstName, LastName: n.Other.LastName,
			PrisonId: optString(n.Other.PrisonID), PrisonName: optString(n.Other.PrisonName), CellLocation: optString(n.Other.CellLocation),
		},
	}
	return out
}
