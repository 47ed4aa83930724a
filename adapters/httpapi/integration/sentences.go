package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/offending"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetSentences implements GET /v1/persons/{hmppsId}/sentences.
func (s *Server) GetSentences(ctx context.Context, req api.GetSentencesRequestObject) (api.GetSentencesResponseObject, error) {
	page, err := pageRequest(req.Params.Page, req.Params.PerPage)
	if err != nil {
		return nil, err
	}
	found, err := s.uc.Probation.Sentences.Handle(ctx, filtersFrom(ctx), req.HmppsId, page)
	if err != nil {
		return nil, err
	}
	return api.GetSentences200JSONResponse{Data: mapItems(found.Items, toSentence), Pagination: paginationOf(found)}, nil
}

// toSentence renders a sentence with the seed-era source names.
func toSentence(s offending.Sentence) api.Sentence {
	out := api.Sentence{
		ServiceSource: "NOMIS", SystemSource: api.SentenceSystemSourcePRISONSYSTEMS,
		DateOfSentencing: optDate(s.DateOfSentencing), Description: optString(s.Description),
		IsActive: s.Active, IsCustodial: s.Custodial,
		Length: api.SentenceLength{
			Duration: s.Duration, Units: optString(s.Units),
			Terms: mapItems(s.Terms, func(t offending.Term) api.SentenceTerm {
				return api.SentenceTerm{Years: t.Years, Months: t.Months, Weeks: t.Weeks, Days: t.Days, Hours: t.Hours, PrisonTermCode: optString(t.Code)}
			}),
		},
	}
	if s.FineAmount != nil {
		fine := float32(*s.FineAmount)
		out.FineAmount = &fine
	}
	if s.Source == offending.NDelius {
		out.ServiceSource, out.SystemSource = "NDELIUS", api.SentenceSystemSourcePROBATIONSYSTEMS
	}
	return out
}
