package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetAlerts implements GET /v1/persons/{hmppsId}/alerts.
func (s *Server) GetAlerts(ctx context.Context, req api.GetAlertsRequestObject) (api.GetAlertsResponseObject, error) {
	page, err := pageRequest(req.Params.Page, req.Params.PerPage)
	if err != nil {
		return nil, err
	}
	alerts, err := s.uc.Alerts.All(ctx, filtersFrom(ctx), req.HmppsId, page)
	if err != nil {
		return nil, err
	}
	return api.GetAlerts200JSONResponse(alertPage(alerts)), nil
}

// GetPndAlerts implements GET /v1/pnd/persons/{encodedHmppsId}/alerts.
func (s *Server) GetPndAlerts(ctx context.Context, req api.GetPndAlertsRequestObject) (api.GetPndAlertsResponseObject, error) {
	page, err := pageRequest(req.Params.Page, req.Params.PerPage)
	if err != nil {
		return nil, err
	}
	alerts, err := s.uc.Alerts.PND(ctx, filtersFrom(ctx), req.EncodedHmppsId, page)
	if err != nil {
		return nil, err
	}
	return api.GetPndAlerts200JSONResponse(alertPage(alerts)), nil
}

// GetPersonPndAlerts implements the deprecated GET /v1/persons/{encodedHmppsId}/alerts/pnd.
func (s *Server) GetPersonPndAlerts(ctx context.Context, req api.GetPersonPndAlertsRequestObject) (api.GetPersonPndAlertsResponseObject, error) {
	page, err := pageRequest(req.Params.Page, req.Params.PerPage)
	if err != nil {
		return nil, err
	}
	alerts, err := s.uc.Alerts.PND(ctx, filtersFrom(ctx), req.EncodedHmppsId, page)
	if err != nil {
		return nil, err
	}
	return api.GetPersonPndAlerts200JSONResponse(alertPage(alerts)), nil
}

func alertPage(p paging.Page[prison.Alert]) api.PaginatedResponseAlert {
	return api.PaginatedResponseAlert{Data: mapItems(p.Items, toAlert), Pagination: paginationOf(p)}
}

func toAlert(a prison.Alert) api.Alert {
	return api.Alert{
		OffenderNo:      optString(a.OffenderNo),
		Type:            optString(a.Type),
		TypeDescription: optString(a.TypeDescription),
		Code:            optString(a.Code),
		CodeDescription: optString(a.CodeDescription),
		Comment:         optString(a.Comment),
		DateCreated:     optDate(a.DateCreated),
		DateExpired:     optDate(a.DateExpired),
		Expired:         &a.Expired,
		Active:          &a.Active,
	}
}
