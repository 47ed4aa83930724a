package basm

import (
	"context"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// UpdateMove implements PATCH /api/moves/{id}. from_location and to_location
// are ignored: a move changes destination through redirects.
func (s *Server) UpdateMove(ctx context.Context, req api.UpdateMoveRequestObject) (api.UpdateMoveResponseObject, error) {
	include, err := includes(req.Params.Include, moveIncludes...)
	if err != nil {
		return nil, err
	}
	var ch moves.Change
	if a := req.Body.Data.Attributes; a != nil {
		ch = moves.Change{
			AdditionalInformation:     a.AdditionalInformation,
			DateChangedReason:         value(a.DateChangedReason),
			MoveAgreedBy:              a.MoveAgreedBy,
			ReasonComment:             a.ReasonComment,
			CancellationReasonComment: a.CancellationReasonComment,
			Date:                      dayChange(a.Date),
			DateFrom:                  dayChange(a.DateFrom),
			DateTo:                    dayChange(a.DateTo),
			RecallDate:                dayChange(a.RecallDate),
		}
		if a.TimeDue != nil {
			ch.TimeDue = &a.TimeDue
		}
		if a.MoveAgreed != nil {
			ch.MoveAgreed = &a.MoveAgreed
		}
		if a.SectionFortySix != nil {
			ch.SectionFortySix = &a.SectionFortySix
		}
		ch.MoveType = (*string)(a.MoveType)
		ch.Status = (*string)(a.Status)
		ch.CancellationReason = (*string)(a.CancellationReason)
		ch.RejectionReason = (*string)(a.RejectionReason)
	}
	if rel := req.Body.Data.Relationships; rel != nil {
		if rel.Profile != nil {
			id := relatedID(rel.Profile)
			ch.ProfileID = &id
		}
		if rel.PrisonTransferReason != nil {
			id := relatedID(rel.PrisonTransferReason)
			if id != "" {
				if _, err := s.uc.Reference.Item(ctx, "prison_transfer_reasons", id); err != nil {
					id = ""
				}
			}
			ch.PrisonTransferReasonID = &id
		}
	}
	m, err := s.uc.Moves.Update.Update(ctx, req.Id.String(), ch)
	if err != nil {
		return nil, err
	}
	included, err := s.moveIncluded(ctx, include, m)
	if err != nil {
		return nil, err
	}
	return api.UpdateMove200ApplicationVndAPIPlusJSONResponse{Data: toMove(m, true), Included: included}, nil
}

func dayChange(d *openapi_types.Date) **time.Time {
	if d == nil {
		return nil
	}
	t := day(d)
	return &t
}
