package integration

import (
	"context"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetVisitRestrictions implements GET /v1/persons/{hmppsId}/visit-restrictions.
func (s *Server) GetVisitRestrictions(ctx context.Context, req api.GetVisitRestrictionsRequestObject) (api.GetVisitRestrictionsResponseObject, error) {
	restrictions, err := s.uc.VisitRestrictions.Handle(ctx, filtersFrom(ctx), req.HmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetVisitRestrictions200JSONResponse{Data: mapItems(restrictions, func(r prison.VisitRestriction) api.PersonVisitRestriction {
		return api.PersonVisitRestriction{
			RestrictionId:              r.RestrictionID,
			Comment:                    optString(r.Comment),
			RestrictionType:            r.RestrictionType,
			RestrictionTypeDescription: r.RestrictionTypeDescription,
			StartDate:                  openapi_types.Date{Time: r.StartDate},
			ExpiryDate:                 optDate(r.ExpiryDate),
			Active:                     r.Active,
		}
	})}, nil
}

// GetVisitOrders implements GET /v1/persons/{hmppsId}/visit-orders.
func (s *Server) GetVisitOrders(ctx context.Context, req api.GetVisitOrdersRequestObject) (api.GetVisitOrdersResponseObject, error) {
	balances, err := s.uc.VisitOrders.Handle(ctx, filtersFrom(ctx), req.HmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetVisitOrders200JSONResponse{Data: api.VisitOrders{
		RemainingVisitOrders:          balances.RemainingVisitOrders,
		RemainingPrivilegeVisitOrders: balances.RemainingPrivilegeVisitOrders,
	}}, nil
}
