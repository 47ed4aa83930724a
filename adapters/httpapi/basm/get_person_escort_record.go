package basm

import (
	"context"

	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// GetPersonEscortRecord implements GET /api/person_escort_records/{id}.
func (s *Server) GetPersonEscortRecord(ctx context.Context, req api.GetPersonEscortRecordRequestObject) (api.GetPersonEscortRecordResponseObject, error) {
	include, err := includes(req.Params.Include, escortRecordIncludes...)
	if err != nil {
		return nil, err
	}
	r, err := s.uc.Escorts.Get.Get(ctx, req.Id.String())
	if err != nil {
		return nil, err
	}
	included, err := s.escortRecordIncluded(ctx, include, r)
	if err != nil {
		return nil, err
	}
	return api.GetPersonEscortRecord200ApplicationVndAPIPlusJSONResponse{Data: toEscortRecord(r), Included: included}, nil
}
