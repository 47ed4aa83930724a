package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/refdata"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetReferenceData implements GET /v1/hmpps/reference-data.
func (s *Server) GetReferenceData(ctx context.Context, _ api.GetReferenceDataRequestObject) (api.GetReferenceDataResponseObject, error) {
	found, missing, err := s.uc.Probation.ReferenceData.Handle(ctx)
	if err != nil {
		return nil, err
	}
	out := api.GetReferenceData200JSONResponse{Errors: []api.UpstreamApiError{}}
	for _, m := range missing {
		out.Errors = append(out.Errors, api.UpstreamApiError{CausedBy: m.Source, Type: api.ENTITYNOTFOUND})
	}
	if found != nil {
		prison, probation := codeLists(found.Prison), codeLists(found.Probation)
		out.Data = &api.ReferenceData{PrisonReferenceData: &prison, ProbationReferenceData: &probation}
	}
	return out, nil
}

func codeLists(lists map[string][]refdata.Code) map[string][]api.ReferenceDataItem {
	out := make(map[string][]api.ReferenceDataItem, len(lists))
	for domain, codes := range lists {
		out[domain] = mapItems(codes, func(c refdata.Code) api.ReferenceDataItem {
			return api.ReferenceDataItem{Code: c.Code, Description: optString(c.Description)}
		})
	}
	return out
}
