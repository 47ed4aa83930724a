package integration

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetPrisoner implements GET /v1/prison/prisoners/{hmppsId}.
func (s *Server) GetPrisoner(ctx context.Context, req api.GetPrisonerRequestObject) (api.GetPrisonerResponseObject, error) {
	p, err := s.uc.Prisoner.Handle(ctx, filtersFrom(ctx), req.HmppsId)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return api.GetPrisoner200JSONResponse{Data: nil}, nil
	}
	out := toPersonInPrison(*p)
	return api.GetPrisoner200JSONResponse{Data: &out}, nil
}

// GetPrisoners implements GET /v1/prison/prisoners.
func (s *Server) GetPrisoners(ctx context.Context, req api.GetPrisonersRequestObject) (api.GetPrisonersResponseObject, error) {
	params := req.Params
	page, err := pageRequest(params.Page, params.PerPage)
	if err != nil {
		return nil, err
	}
	var dob *time.Time
	if params.DateOfBirth != nil {
		dob = &params.DateOfBirth.Time
	}
	q, err := person.NewPrisonerQuery(deref(params.FirstName), deref(params.LastName), dob, params.SearchWithinAliases != nil && *params.SearchWithinAliases)
	if err != nil {
		return nil, err
	}
	found, err := s.uc.Prisoners.Handle(ctx, filtersFrom(ctx), q, page)
	if err != nil {
		return nil, err
	}
	return api.GetPrisoners200JSONResponse{Data: mapItems(found.Items, toPersonInPrison), Pagination: paginationOf(found)}, nil
}

// GetCellLocation implements GET /v1/persons/{hmppsId}/cell-location.
func (s *Server) GetCellLocation(ctx context.Context, req api.GetCellLocationRequestObject) (api.GetCellLocationResponseObject, error) {
	loc, err := s.uc.CellLocation.Handle(ctx, filtersFrom(ctx), req.HmppsId)
	if err != nil {
		return nil, err
	}
	var out cellLocationResponse
	out.Data.PrisonCode, out.Data.PrisonName, out.Data.Cell = optString(loc.PrisonCode), optString(loc.PrisonName), optString(loc.Cell)
	return out, nil
}

// cellLocationResponse writes the three fields even when null: the spec
// documents "all three fields are null" for a prisoner who is not inside,
// and the generated type would leave them out instead.
type cellLocationResponse struct {
	Data struct {
		PrisonCode *string `json:"prisonCode"`
		PrisonName *string `json:"prisonName"`
		Cell       *string `json:"cell"`
	} `json:"data"`
}

func (r cellLocationResponse) VisitGetCellLocationResponse(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	return json.NewEncoder(w).Encode(r)
}

// toPersonInPrison renders a prisoner-search record. The prisoner side never
// knows the CRN, so deliusCrn stays absent, as in the original.
func toPersonInPrison(p person.Prisoner) api.PersonInPrison {
	return api.PersonInPrison{
		FirstName:   p.FirstName,
		MiddleName:  optString(p.MiddleNames),
		LastName:    p.LastName,
		DateOfBirth: optDate(p.DateOfBirth),
		Gender:      optString(p.Gender),
		Ethnicity:   optString(p.Ethnicity),
		Aliases: mapItems(p.Aliases, func(a person.Alias) api.Alias {
			return api.Alias{
				FirstName: a.FirstName, MiddleName: optString(a.MiddleNames), LastName: a.LastName,
				DateOfBirth: optDate(a.DateOfBirth), Gender: optString(a.Gender), Ethnicity: optString(a.Ethnicity),
			}
		}),
		Identifiers: api.Identifiers{
			NomisNumber: optString(p.NomisNumber),
			CroNumber:   optString(p.CRO),
		},
		PncId:         optString(p.PNC),
		Category:      optString(p.Category),
		Csra:          optString(p.CSRA),
		ReceptionDate: optDate(p.ReceptionDate),
		Status:        optString(p.Status),
		PrisonId:      optString(p.PrisonID),
		PrisonName:    optString(p.PrisonName),
		CellLocation:  optString(p.CellLocation),
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
