package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetCaseNotes implements GET /v1/persons/{encodedHmppsId}/case-notes.
func (s *Server) GetCaseNotes(ctx context.Context, req api.GetCaseNotesRequestObject) (api.GetCaseNotesResponseObject, error) {
	p := req.Params
	page, err := pageRequest(p.Page, p.PerPage)
	if err != nil {
		return nil, err
	}
	q := prison.CaseNoteQuery{LocationID: deref(p.LocationId), From: dateOf(p.StartDate), To: dateOf(p.EndDate)}
	notes, err := s.uc.PrisonRecords.CaseNotes.Handle(ctx, filtersFrom(ctx), req.EncodedHmppsId, q, page)
	if err != nil {
		return nil, err
	}
	return api.GetCaseNotes200JSONResponse{Data: mapItems(notes.Items, toCaseNote), Pagination: paginationOf(notes)}, nil
}

func toCaseNote(n prison.CaseNote) api.CaseNote {
	created, occurred := ukLocalTime(n.Created), ukLocalTime(n.Occurred)
	return api.CaseNote{
		CaseNoteId: optString(n.ID), OffenderIdentifier: optString(n.OffenderIdentifier),
		Type: optString(n.Type), TypeDescription: optString(n.TypeDescription),
		SubType: optString(n.SubType), SubTypeDescription: optString(n.SubTypeDescription),
		CreationDateTime: &created, OccurrenceDateTime: &occurred,
		Text: optString(n.Text), LocationId: optString(n.LocationID), Sensitive: n.Sensitive,
		Amendments: mapItems(n.Amendments, func(a prison.CaseNoteAmendment) api.CaseNoteAmendment {
			return api.CaseNoteAmendment{CreationDateTime: optUKLocalTime(a.Created), AdditionalNoteText: optString(a.Text)}
		}),
	}
}
