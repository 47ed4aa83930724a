package integration

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetPerson implements GET /v1/persons/{encodedHmppsId}.
func (s *Server) GetPerson(ctx context.Context, req api.GetPersonRequestObject) (api.GetPersonResponseObject, error) {
	identity, err := s.uc.Probation.Person.Handle(ctx, req.EncodedHmppsId)
	if err != nil {
		return nil, err
	}
	var out personResponse
	if p := identity.Prisoner; p != nil {
		prisoner := toPrisonerPerson(*p)
		out.Data.PrisonerOffenderSearch = &prisoner
	}
	probation := toPersonOnProbation(*identity.Probation)
	out.Data.ProbationOffenderSearch = &probation
	return out, nil
}

// personResponse writes both sides even when null: the spec documents a
// null side for no match, and the generated type would leave it out.
type personResponse struct {
	Data struct {
		PrisonerOffenderSearch  *api.Person            `json:"prisonerOffenderSearch"`
		ProbationOffenderSearch *api.PersonOnProbation `json:"probationOffenderSearch"`
	} `json:"data"`
}

func (r personResponse) VisitGetPersonResponse(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	return json.NewEncoder(w).Encode(r)
}

// toPrisonerPerson renders the prisoner-search record. Prison knows neither
// the CRN nor the person's contact details, so those stay absent.
func toPrisonerPerson(p person.Prisoner) api.Person {
	return api.Person{
		FirstName: p.FirstName, MiddleName: optString(p.MiddleNames), LastName: p.LastName,
		DateOfBirth: optDate(p.DateOfBirth), Gender: optString(p.Gender), Ethnicity: optString(p.Ethnicity),
		Aliases:     mapItems(p.Aliases, toAlias),
		Identifiers: api.Identifiers{NomisNumber: optString(p.NomisNumber), CroNumber: optString(p.CRO)},
		PncId:       optString(p.PNC),
	}
}

// toPersonOnProbation renders the probation record; hmppsId is the CRN.
func toPersonOnProbation(c person.ProbationCase) api.PersonOnProbation {
	out := api.PersonOnProbation{
		FirstName: c.FirstName, MiddleName: optString(strings.Join(c.MiddleNames, " ")), LastName: c.Surname,
		DateOfBirth: optDate(c.DateOfBirth), Gender: optString(c.Gender), Ethnicity: optString(c.Ethnicity),
		Aliases:            mapItems(c.Aliases, toAlias),
		Identifiers:        api.Identifiers{NomisNumber: optString(c.NomsNumber), CroNumber: optString(c.CRO), DeliusCrn: optString(c.CRN)},
		PncId:              optString(c.PNC),
		HmppsId:            optString(c.CRN),
		CurrentRestriction: &c.Access.Restricted, RestrictionMessage: optString(c.Access.RestrictionMessage),
		CurrentExclusion: &c.Access.Excluded, ExclusionMessage: optString(c.Access.ExclusionMessage),
		UnderActiveSupervision: c.UnderActiveSupervision,
	}
	if c.Contact != nil {
		phones := mapItems(c.Contact.Phones, func(p person.Phone) api.PhoneNumber {
			return api.PhoneNumber{Number: optString(p.Number), Type: optString(p.Type)}
		})
		emails := append([]string{}, c.Contact.Emails...)
		out.ContactDetails = &api.ContactDetailsWithEmailAndPhone{PhoneNumbers: &phones, Emails: &emails}
	}
	return out
}

func toAlias(a person.Alias) api.Alias {
	return api.Alias{
		FirstName: a.FirstName, MiddleName: optString(a.MiddleNames), LastName: a.LastName,
		DateOfBirth: optDate(a.DateOfBirth), Gender: optString(a.Gender), Ethnicity: optString(a.Ethnicity),
	}
}
