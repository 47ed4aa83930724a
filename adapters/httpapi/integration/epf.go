package integration

import (
	"context"
	"time"

	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetEpfPersonDetails implements GET /v1/epf/person-details/{hmppsId}/{eventNumber}.
func (s *Server) GetEpfPersonDetails(ctx context.Context, req api.GetEpfPersonDetailsRequestObject) (api.GetEpfPersonDetailsResponseObject, error) {
	d, err := s.uc.Probation.EpfPersonDetails.Handle(ctx, req.HmppsId, req.EventNumber)
	if err != nil {
		return nil, err
	}
	out := api.CaseDetail{
		NomsId: optString(d.NomsID), DateOfBirth: optDay(d.DateOfBirth), Gender: optString(d.Gender),
		Name:      &api.CaseDetailName{Forename: optString(d.Forename), MiddleName: optString(d.MiddleName), Surname: optString(d.Surname)},
		OgrsScore: d.OGRSScore, Age: d.Age, AgeAtRelease: d.AgeAtRelease,
		// EPF reports only the expected release date of the event's sentence.
		Sentence: &api.CaseSentence{ExpectedReleaseDate: optDay(d.ExpectedReleaseDate)},
		CourtAppearance: &api.CourtAppearance{
			Date: optDay(d.CourtAppearanceDate), Court: &api.CourtDetails{Name: optString(d.CourtName)},
		},
		ResponsibleProvider: &api.ResponsibleProvider{Code: optString(d.ResponsibleProviderCode), Name: optString(d.ResponsibleProviderName)},
	}
	if d.RSRScore != nil {
		rsr := float32(*d.RSRScore)
		out.RsrScore = &rsr
	}
	return api.GetEpfPersonDetails200JSONResponse{Data: out, Errors: []api.UpstreamApiError{}}, nil
}

// optDay renders a calendar date as yyyy-MM-dd, for schemas that declare
// dates as plain strings.
func optDay(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format(time.DateOnly)
	return &s
}
