package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/escortrecords"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// UpdatePersonEscortRecord implements PATCH /api/person_escort_records/{id}:
// the status lifecycle and the handover details.
func (s *Server) UpdatePersonEscortRecord(ctx context.Context, req api.UpdatePersonEscortRecordRequestObject) (api.UpdatePersonEscortRecordResponseObject, error) {
	include, err := includes(req.Params.Include, escortRecordIncludes...)
	if err != nil {
		return nil, err
	}
	a := req.Body.Data.Attributes
	ch := escortrecords.Change{HandoverOccurredAt: a.HandoverOccurredAt}
	if a.HandoverDetails != nil {
		ch.HandoverDetails = *a.HandoverDetails
	}
	if a.Status != nil {
		st, err := escortrecords.ParseStatus(string(*a.Status))
		if err != nil {
			return nil, err
		}
		ch.Status = &st
	}
	r, err := s.uc.Escorts.Update.Update(ctx, req.Id.String(), ch)
	if err != nil {
		return nil, err
	}
	included, err := s.escortRecordIncluded(ctx, include, r)
	if err != nil {
		return nil, err
	}
	return api.UpdatePersonEscortRecord200ApplicationVndAPIPlusJSONResponse{Data: toEscortRecord(r), Included: included}, nil
}
