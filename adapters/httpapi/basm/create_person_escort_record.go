package basm

import (
	"context"

	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// CreatePersonEscortRecord implements POST /api/person_escort_records.
func (s *Server) CreatePersonEscortRecord(ctx context.Context, req api.CreatePersonEscortRecordRequestObject) (api.CreatePersonEscortRecordResponseObject, error) {
	include, err := includes(req.Params.Include, escortRecordIncludes...)
	if err != nil {
		return nil, err
	}
	d := req.Body.Data
	r, err := s.uc.Escorts.Create.Create(ctx, relatedID(&d.Relationships.Move), d.Attributes.Version)
	if err != nil {
		return nil, err
	}
	included, err := s.escortRecordIncluded(ctx, include, r)
	if err != nil {
		return nil, err
	}
	return api.CreatePersonEscortRecord201ApplicationVndAPIPlusJSONResponse{Data: toEscortRecord(r), Included: included}, nil
}
