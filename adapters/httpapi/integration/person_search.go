package integration

import (
	"context"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// SearchPersons implements GET /v1/persons.
func (s *Server) SearchPersons(ctx context.Context, req api.SearchPersonsRequestObject) (api.SearchPersonsResponseObject, error) {
	params := req.Params
	page, err := pageRequest(params.Page, params.PerPage)
	if err != nil {
		return nil, err
	}
	var dob *time.Time
	if params.DateOfBirth != nil {
		dob = &params.DateOfBirth.Time
	}
	q, err := person.NewPersonQuery(deref(params.FirstName), deref(params.LastName), deref(params.PncNumber), dob,
		params.SearchWithinAliases != nil && *params.SearchWithinAliases)
	if err != nil {
		return nil, err
	}
	found, err := s.uc.Probation.PersonSearch.Handle(ctx, q, page)
	if err != nil {
		return nil, err
	}
	return api.SearchPersons200JSONResponse{Data: mapItems(found.Items, toPersonHit), Pagination: paginationOf(found)}, nil
}

// toPersonHit renders a prisoner hit as prison knows them (no hmppsId, as in
// the original) and a probation hit with its CRN as hmppsId.
func toPersonHit(h integration.PersonHit) api.Person {
	if h.Prisoner != nil {
		return toPrisonerPerson(*h.Prisoner)
	}
	p := toPersonOnProbation(*h.Probation)
	return api.Person{
		FirstName: p.FirstName, MiddleName: p.MiddleName, LastName: p.LastName,
		DateOfBirth: p.DateOfBirth, Gender: p.Gender, Ethnicity: p.Ethnicity, Aliases: p.Aliases,
		Identifiers: p.Identifiers, PncId: p.PncId, HmppsId: p.HmppsId, ContactDetails: p.ContactDetails,
		CurrentRestriction: p.CurrentRestriction, RestrictionMessage: p.RestrictionMessage,
		CurrentExclusion: p.CurrentExclusion, ExclusionMessage: p.ExclusionMessage,
	}
}
