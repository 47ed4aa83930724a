package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// CreateMove implements POST /api/moves.
func (s *Server) CreateMove(ctx context.Context, req api.CreateMoveRequestObject) (api.CreateMoveResponseObject, error) {
	include, err := includes(req.Params.Include, moveIncludes...)
	if err != nil {
		return nil, err
	}
	a, rel := req.Body.Data.Attributes, req.Body.Data.Relationships
	d := moves.Draft{
		Attributes: moves.Attributes{
			AdditionalInformation: value(a.AdditionalInformation),
			TimeDue:               a.TimeDue,
			MoveAgreed:            a.MoveAgreed,
			MoveAgreedBy:          value(a.MoveAgreedBy),
			SectionFortySix:       a.SectionFortySix,
			ReasonComment:         value(a.ReasonComment),
			ProfileID:             relatedID(rel.Profile),
		},
		MoveType:                  string(a.MoveType),
		CancellationReasonComment: value(a.CancellationReasonComment),
		FromLocationID:            relatedID(&rel.FromLocation),
		ToLocationID:              relatedID(rel.ToLocation),
	}
	if a.Date != nil {
		d.Date = day(a.Date)
	}
	if a.DateFrom != nil {
		d.DateFrom = day(a.DateFrom)
	}
	if a.DateTo != nil {
		d.DateTo = day(a.DateTo)
	}
	if a.RecallDate != nil {
		d.RecallDate = day(a.RecallDate)
	}
	if a.Status != nil {
		d.Status = string(*a.Status)
	}
	if a.CancellationReason != nil {
		d.CancellationReason = string(*a.CancellationReason)
	}
	if a.RejectionReason != nil {
		d.RejectionReason = string(*a.RejectionReason)
	}
	if id := relatedID(rel.PrisonTransferReason); id != "" {
		// An unknown prison transfer reason is dropped, not an error, as in the original.
		if _, err := s.uc.Reference.Item(ctx, "prison_transfer_reasons", id); err == nil {
			d.PrisonTransferReasonID = id
		}
	}
	m, err := s.uc.Moves.Create.Create(ctx, d)
	if err != nil {
		return nil, err
	}
	included, err := s.moveIncluded(ctx, include, m)
	if err != nil {
		return nil, err
	}
	return api.CreateMove201ApplicationVndAPIPlusJSONResponse{Data: toMove(m, true), Included: included}, nil
}
