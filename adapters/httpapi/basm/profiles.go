package basm

import (
	"context"
	"time"

	"github.com/google/uuid"
	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

var profileIncludes = []string{"documents", "person"}

// CreateProfile implements POST /api/people/{personId}/profiles.
func (s *Server) CreateProfile(ctx context.Context, req api.CreateProfileRequestObject) (api.CreateProfileResponseObject, error) {
	include, err := includes(req.Params.Include, profileIncludes...)
	if err != nil {
		return nil, err
	}
	p, err := s.uc.Profiles.Create(ctx, req.PersonId.String(), profileInput(req.Body))
	if err != nil {
		return nil, err
	}
	included, err := s.profileIncluded(ctx, include, p)
	if err != nil {
		return nil, err
	}
	return api.CreateProfile201ApplicationVndAPIPlusJSONResponse{Data: toProfile(p), Included: included}, nil
}

// UpdateProfile implements PATCH /api/people/{personId}/profiles/{id}.
func (s *Server) UpdateProfile(ctx context.Context, req api.UpdateProfileRequestObject) (api.UpdateProfileResponseObject, error) {
	include, err := includes(req.Params.Include, profileIncludes...)
	if err != nil {
		return nil, err
	}
	p, err := s.uc.Profiles.Update(ctx, req.PersonId.String(), req.Id.String(), profileInput(req.Body))
	if err != nil {
		return nil, err
	}
	included, err := s.profileIncluded(ctx, include, p)
	if err != nil {
		return nil, err
	}
	return api.UpdateProfile200ApplicationVndAPIPlusJSONResponse{Data: toProfile(p), Included: included}, nil
}

func profileInput(body *api.ProfileWriteRequest) booking.ProfileInput {
	var in booking.ProfileInput
	if body == nil || body.Data.Attributes == nil {
		return in
	}
	a := body.Data.Attributes
	in.RequiresYouthRiskAssessment = a.RequiresYouthRiskAssessment
	if a.AssessmentAnswers != nil {
		answers := make([]people.AssessmentAnswer, len(*a.AssessmentAnswers))
		for i, x := range *a.AssessmentAnswers {
			answers[i] = people.AssessmentAnswer{
				QuestionID:                x.AssessmentQuestionId.String(),
				Comments:                  value(x.Comments),
				NomisAlertType:            value(x.NomisAlertType),
				NomisAlertCode:            value(x.NomisAlertCode),
				NomisAlertTypeDescription: value(x.NomisAlertTypeDescription),
				NomisAlertDescription:     value(x.NomisAlertDescription),
				ImportedFromNomis:         x.ImportedFromNomis != nil && *x.ImportedFromNomis,
			}
			if x.CreatedAt != nil {
				answers[i].CreatedAt = x.CreatedAt.Time
			}
			if x.ExpiresAt != nil {
				e := x.ExpiresAt.Time
				answers[i].ExpiresAt = &e
			}
		}
		in.AssessmentAnswers = &answers
	}
	return in
}

func toProfile(p people.Profile) api.Profile {
	out := api.Profile{Id: uuid.MustParse(p.ID), Type: "profiles"}
	answers := make([]api.AssessmentAnswer, len(p.AssessmentAnswers))
	for i, a := range p.AssessmentAnswers {
		answers[i] = api.AssessmentAnswer{
			AssessmentQuestionId:      uuid.MustParse(a.QuestionID),
			Category:                  api.AssessmentCategory(a.Category),
			Key:                       a.Key,
			Title:                     a.Title,
			Comments:                  optional(a.Comments),
			CreatedAt:                 dateValue(a.CreatedAt),
			ExpiresAt:                 date(a.ExpiresAt),
			NomisAlertType:            optional(a.NomisAlertType),
			NomisAlertCode:            optional(a.NomisAlertCode),
			NomisAlertTypeDescription: optional(a.NomisAlertTypeDescription),
			NomisAlertDescription:     optional(a.NomisAlertDescription),
			ImportedFromNomis:         a.ImportedFromNomis,
		}
	}
	youth := p.RequiresYouthRiskAssessment
	out.Attributes.AssessmentAnswers = answers
	out.Attributes.Csra = optional(p.CSRA)
	out.Attributes.RequiresYouthRiskAssessment = &youth
	out.Relationships.Person = toOne(p.PersonID, "people")
	out.Relationships.Documents = api.ToManyRelationship{Data: []api.ResourceIdentifier{}}
	category := toOne(p.CategoryID, "categories")
	out.Relationships.Category = &category
	return out
}

func dateValue(t time.Time) openapi_types.Date { return openapi_types.Date{Time: t} }

// profileIncluded side-loads the person (documents are not stored yet, so there are none to include).
func (s *Server) profileIncluded(ctx context.Context, include map[string]bool, p people.Profile) (*[]api.IncludedResource, error) {
	if !include["person"] {
		return nil, nil
	}
	person, err := s.uc.People.Get(ctx, p.PersonID)
	if err != nil {
		return nil, err
	}
	doc := toPerson(person, false)
	return &[]api.IncludedResource{{"id": doc.Id, "type": doc.Type, "attributes": doc.Attributes, "relationships": doc.Relationships}}, nil
}
