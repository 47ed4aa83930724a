package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/offending"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetOffences implements GET /v1/persons/{encodedHmppsId}/offences.
func (s *Server) GetOffences(ctx context.Context, req api.GetOffencesRequestObject) (api.GetOffencesResponseObject, error) {
	page, err := pageRequest(req.Params.Page, req.Params.PerPage)
	if err != nil {
		return nil, err
	}
	found, err := s.uc.Probation.Offences.Handle(ctx, req.EncodedHmppsId, page)
	if err != nil {
		return nil, err
	}
	return api.GetOffences200JSONResponse{Data: mapItems(found.Items, toOffence), Pagination: paginationOf(found)}, nil
}

// toOffence renders an offence with the seed-era source names.
func toOffence(o offending.Offence) api.Offence {
	out := api.Offence{
		ServiceSource: "NOMIS", SystemSource: api.OffenceSystemSourcePRISONSYSTEMS,
		CjsCode: optString(o.CJSCode), HoCode: optString(o.HOCode), StatuteCode: optString(o.StatuteCode),
		Description: optString(o.Description), CourtName: optString(o.CourtName),
		StartDate: optDate(o.StartDate), EndDate: optDate(o.EndDate),
		CourtDates: mapItems(o.CourtDates, optDate),
	}
	if o.Source == offending.NDelius {
		out.ServiceSource, out.SystemSource = "NDELIUS", api.OffenceSystemSourcePROBATIONSYSTEMS
	}
	return out
}
