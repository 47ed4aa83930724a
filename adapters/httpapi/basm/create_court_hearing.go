package basm

import (
	"context"

	"github.com/google/uuid"

	"github.com/ministryofjustice/hmpps-backbone/core/courthearings"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// CreateCourtHearing implements POST /api/court_hearings.
// do_not_create_hearing_in_nomis is accepted and has nothing to stop: no
// hearing is created in NOMIS (see booking.CreateCourtHearing).
func (s *Server) CreateCourtHearing(ctx context.Context, req api.CreateCourtHearingRequestObject) (api.CreateCourtHearingResponseObject, error) {
	a := req.Body.Data.Attributes
	d := courthearings.Details{
		StartTime:      a.StartTime,
		CaseNumber:     value(a.CaseNumber),
		NomisCaseID:    a.NomisCaseId,
		NomisHearingID: a.NomisHearingId,
		CaseType:       value(a.CaseType),
		Comments:       value(a.Comments),
		SavedToNomis:   a.SavedToNomis,
	}
	if a.CaseStartDate != nil {
		d.CaseStartDate = day(a.CaseStartDate)
	}
	moveID := ""
	if rel := req.Body.Data.Relationships; rel != nil {
		moveID = relatedID(rel.Move)
	}
	h, err := s.uc.Hearings.Create(ctx, moveID, d)
	if err != nil {
		return nil, err
	}
	return api.CreateCourtHearing201ApplicationVndAPIPlusJSONResponse{Data: toCourtHearing(h)}, nil
}

func toCourtHearing(h *courthearings.CourtHearing) api.CourtHearing {
	s := h.Snapshot()
	out := api.CourtHearing{Id: uuid.MustParse(s.ID), Type: "court_hearings"}
	out.Attributes.StartTime = jsonTime(s.StartTime)
	out.Attributes.CaseStartDate = date(s.CaseStartDate)
	out.Attributes.CaseNumber = optional(s.CaseNumber)
	out.Attributes.NomisCaseId = s.NomisCaseID
	out.Attributes.NomisHearingId = s.NomisHearingID
	out.Attributes.CaseType = optional(s.CaseType)
	out.Attributes.Comments = optional(s.Comments)
	out.Attributes.SavedToNomis = s.SavedToNomis
	out.Relationships.Move = toOne(s.MoveID, "moves")
	return out
}
