package basm

import (
	"context"
	"time"

	"github.com/google/uuid"

	"github.com/ministryofjustice/hmpps-backbone/core/people"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

var (
	peopleIncludes = []string{"ethnicity", "gender", "profiles"}
	personIncludes = []string{"ethnicity", "gender", "profiles", "category"}
)

// ListPeople implements GET /api/people.
func (s *Server) ListPeople(ctx context.Context, req api.ListPeopleRequestObject) (api.ListPeopleResponseObject, error) {
	p := req.Params
	include, err := includes(p.Include, peopleIncludes...)
	if err != nil {
		return nil, err
	}
	page, err := pageRequest(p.Page, p.PerPage)
	if err != nil {
		return nil, err
	}
	filter := people.Filter{
		PoliceNationalComputers: splitList(p.FilterPoliceNationalComputer),
		CriminalRecordsOffices:  splitList(p.FilterCriminalRecordsOffice),
		PrisonNumbers:           splitList(p.FilterPrisonNumber),
	}
	result, err := s.uc.People.List(ctx, filter, page)
	if err != nil {
		return nil, err
	}
	data := make([]api.Person, len(result.Items))
	for i, person := range result.Items {
		data[i] = toPerson(person, false)
	}
	included, err := s.personIncluded(ctx, include, result.Items...)
	if err != nil {
		return nil, err
	}
	links, meta := paginationOf(requestFrom(ctx), result)
	return api.ListPeople200ApplicationVndAPIPlusJSONResponse{Data: data, Included: included, Links: links, Meta: meta}, nil
}

// CreatePerson implements POST /api/people.
func (s *Server) CreatePerson(ctx context.Context, req api.CreatePersonRequestObject) (api.CreatePersonResponseObject, error) {
	include, err := includes(req.Params.Include, personIncludes...)
	if err != nil {
		return nil, err
	}
	a := req.Body.Data.Attributes
	d := people.Details{
		FirstNames:                  a.FirstNames,
		LastName:                    a.LastName,
		GenderAdditionalInformation: value(a.GenderAdditionalInformation),
		PrisonNumber:                value(a.PrisonNumber),
		CriminalRecordsOffice:       value(a.CriminalRecordsOffice),
		PoliceNationalComputer:      value(a.PoliceNationalComputer),
	}
	if a.DateOfBirth != nil {
		dob := time.Date(a.DateOfBirth.Year(), a.DateOfBirth.Month(), a.DateOfBirth.Day(), 0, 0, 0, 0, time.UTC)
		d.DateOfBirth = &dob
	}
	if rel := req.Body.Data.Relationships; rel != nil {
		d.GenderID = relatedID(rel.Gender)
		d.EthnicityID = relatedID(rel.Ethnicity)
	}
	person, err := s.uc.People.Create(ctx, d)
	if err != nil {
		return nil, err
	}
	included, err := s.personIncluded(ctx, include, person)
	if err != nil {
		return nil, err
	}
	return api.CreatePerson201ApplicationVndAPIPlusJSONResponse{Data: toPerson(person, true), Included: included}, nil
}

// GetPerson implements GET /api/people/{id}.
func (s *Server) GetPerson(ctx context.Context, req api.GetPersonRequestObject) (api.GetPersonResponseObject, error) {
	include, err := includes(req.Params.Include, personIncludes...)
	if err != nil {
		return nil, err
	}
	person, err := s.uc.People.Get(ctx, req.Id.String())
	if err != nil {
		return nil, err
	}
	included, err := s.personIncluded(ctx, include, person)
	if err != nil {
		return nil, err
	}
	return api.GetPerson200ApplicationVndAPIPlusJSONResponse{Data: toPerson(person, true), Included: included}, nil
}

func relatedID(rel *api.ToOneRelationship) string {
	if rel == nil || rel.Data == nil {
		return ""
	}
	return rel.Data.Id.String()
}

func toOne(id, kind string) api.ToOneRelationship {
	if id == "" {
		return api.ToOneRelationship{}
	}
	return api.ToOneRelationship{Data: &api.NullableResourceIdentifier{Id: uuid.MustParse(id), Type: kind}}
}

// toPerson renders the v2 person; single-resource responses also carry category.
func toPerson(p people.Person, single bool) api.Person {
	profiles := make([]api.ResourceIdentifier, len(p.ProfileIDs))
	for i, id := range p.ProfileIDs {
		profiles[i] = api.ResourceIdentifier{Id: uuid.MustParse(id), Type: "profiles"}
	}
	out := api.Person{
		Id:   uuid.MustParse(p.ID),
		Type: "people",
		Attributes: api.PersonAttributes{
			FirstNames:                  p.FirstNames,
			LastName:                    p.LastName,
			DateOfBirth:                 date(p.DateOfBirth),
			GenderAdditionalInformation: optional(p.GenderAdditionalInformation),
			PrisonNumber:                optional(p.PrisonNumber),
			CriminalRecordsOffice:       optional(p.CriminalRecordsOffice),
			PoliceNationalComputer:      optional(p.PoliceNationalComputer),
		},
		Relationships: api.PersonRelationships{
			Ethnicity: toOne(p.EthnicityID, "ethnicities"),
			Gender:    toOne(p.GenderID, "genders"),
			Profiles:  api.ToManyRelationship{Data: profiles},
		},
	}
	if single {
		out.Relationships.Category = &api.ToOneRelationship{}
	}
	return out
}

// personIncluded side-loads genders, ethnicities and profiles.
func (s *Server) personIncluded(ctx context.Context, include map[string]bool, list ...people.Person) (*[]api.IncludedResource, error) {
	if len(include) == 0 {
		return nil, nil
	}
	out := []api.IncludedResource{}
	seen := map[string]bool{}
	add := func(kind, id string) error {
		if id == "" || seen[id] {
			return nil
		}
		seen[id] = true
		item, err := s.uc.Reference.Item(ctx, kind, id)
		if err != nil {
			return err
		}
		out = append(out, api.IncludedResource{"id": item.ID, "type": kind, "attributes": map[string]any{
			"key": item.Key, "title": item.Title, "description": optional(item.Description),
			"nomis_code": optional(item.NomisCode), "disabled_at": jsonTimePtr(item.DisabledAt),
		}})
		return nil
	}
	for _, p := range list {
		if include["gender"] {
			if err := add("genders", p.GenderID); err != nil {
				return nil, err
			}
		}
		if include["ethnicity"] {
			if err := add("ethnicities", p.EthnicityID); err != nil {
				return nil, err
			}
		}
		if include["profiles"] {
			for _, id := range p.ProfileIDs {
				profile, err := s.uc.Profiles.Get(ctx, id)
				if err != nil {
					return nil, err
				}
				doc := toProfile(profile)
				out = append(out, api.IncludedResource{"id": doc.Id, "type": doc.Type, "attributes": doc.Attributes, "relationships": doc.Relationships})
			}
		}
	}
	return &out, nil
}

// UpdatePerson implements PATCH /api/people/{id}: omitted attributes and
// relationships are left alone; a relationship sent as {"data": null} is cleared.
func (s *Server) UpdatePerson(ctx context.Context, req api.UpdatePersonRequestObject) (api.UpdatePersonResponseObject, error) {
	include, err := includes(req.Params.Include, personIncludes...)
	if err != nil {
		return nil, err
	}
	var change people.Update
	if a := req.Body.Data.Attributes; a != nil {
		change = people.Update{
			FirstNames: a.FirstNames, LastName: a.LastName, GenderAdditionalInformation: a.GenderAdditionalInformation,
			PrisonNumber: a.PrisonNumber, CriminalRecordsOffice: a.CriminalRecordsOffice, PoliceNationalComputer: a.PoliceNationalComputer,
		}
		if a.DateOfBirth != nil {
			dob := time.Date(a.DateOfBirth.Year(), a.DateOfBirth.Month(), a.DateOfBirth.Day(), 0, 0, 0, 0, time.UTC)
			change.DateOfBirth = &dob
		}
	}
	if rel := req.Body.Data.Relationships; rel != nil {
		change.GenderID = relationshipChange(rel.Gender)
		change.EthnicityID = relationshipChange(rel.Ethnicity)
	}
	person, err := s.uc.People.Update(ctx, req.Id.String(), change)
	if err != nil {
		return nil, err
	}
	included, err := s.personIncluded(ctx, include, person)
	if err != nil {
		return nil, err
	}
	return api.UpdatePerson200ApplicationVndAPIPlusJSONResponse{Data: toPerson(person, true), Included: included}, nil
}

func relationshipChange(rel *api.ToOneRelationship) people.Change {
	if rel == nil {
		return people.Change{}
	}
	return people.Change{Set: true, Value: relatedID(rel)}
}
