package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// The probation risk reads served from nDelius registrations.

// GetStatusInformation implements GET /v1/persons/{encodedHmppsId}/status-information.
func (s *Server) GetStatusInformation(ctx context.Context, req api.GetStatusInformationRequestObject) (api.GetStatusInformationResponseObject, error) {
	page, err := pageRequest(req.Params.Page, req.Params.PerPage)
	if err != nil {
		return nil, err
	}
	found, err := s.uc.Probation.StatusInformation.Handle(ctx, req.EncodedHmppsId, page)
	if err != nil {
		return nil, err
	}
	return api.GetStatusInformation200JSONResponse{
		Data: mapItems(found.Items, func(r probation.Registration) api.StatusInformation {
			return api.StatusInformation(toRegistration(r))
		}),
		Pagination: paginationOf(found),
	}, nil
}

// GetDynamicRisks implements GET /v1/persons/{encodedHmppsId}/risks/dynamic.
func (s *Server) GetDynamicRisks(ctx context.Context, req api.GetDynamicRisksRequestObject) (api.GetDynamicRisksResponseObject, error) {
	page, err := pageRequest(req.Params.Page, req.Params.PerPage)
	if err != nil {
		return nil, err
	}
	found, err := s.uc.Probation.DynamicRisks.Handle(ctx, req.EncodedHmppsId, page)
	if err != nil {
		return nil, err
	}
	return api.GetDynamicRisks200JSONResponse{Data: mapItems(found.Items, toRegistration), Pagination: paginationOf(found)}, nil
}

// GetMappaDetail implements GET /v1/persons/{encodedHmppsId}/risks/mappadetail.
func (s *Server) GetMappaDetail(ctx context.Context, req api.GetMappaDetailRequestObject) (api.GetMappaDetailResponseObject, error) {
	m, err := s.uc.Probation.MappaDetail.Handle(ctx, req.EncodedHmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetMappaDetail200JSONResponse{Data: api.MappaDetail{
		Level: optNumber(m.Level), LevelDescription: optString(m.LevelDescription),
		Category: optNumber(m.Category), CategoryDescription: optString(m.CategoryDescription),
		StartDate: optDate(m.StartDate), ReviewDate: optDate(m.ReviewDate), Notes: optString(m.Notes),
	}}, nil
}

// toRegistration renders an nDelius registration; status information and
// dynamic risks share its shape.
func toRegistration(r probation.Registration) api.DynamicRisk {
	return api.DynamicRisk{
		Code: optString(r.Code), Description: optString(r.Description),
		StartDate: optDate(r.StartDate), ReviewDate: optDate(r.ReviewDate), Notes: optString(r.Notes),
	}
}

// optNumber converts an optional small integer to the spec's number type.
func optNumber(n *int) *float32 {
	if n == nil {
		return nil
	}
	f := float32(*n)
	return &f
}
