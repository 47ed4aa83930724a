// Package prisonersearch adapts the Prisoner Search API (generated client) to ports.PrisonerSearch.
package prisonersearch

import (
	"context"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/prisonersearch"
)

// Source names this upstream in errors and logs.
const Source = "PRISONER_OFFENDER_SEARCH"

// Client implements ports.PrisonerSearch and ports.PrisonerFinder.
type Client struct {
	api *api.ClientWithResponses
}

// New builds a client for the API at baseURL.
func New(baseURL string, httpClient *http.Client) (*Client, error) {
	c, err := api.NewClientWithResponses(baseURL, api.WithHTTPClient(httpClient))
	if err != nil {
		return nil, err
	}
	return &Client{api: c}, nil
}

// Prisoner implements ports.PrisonerSearch.
func (c *Client) Prisoner(ctx context.Context, nomsNumber string) (person.Prisoner, error) {
	resp, err := c.api.FindByPrisonNumberWithResponse(ctx, nomsNumber, nil)
	if err != nil {
		return person.Prisoner{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		if resp.StatusCode() == http.StatusNotFound {
			return person.Prisoner{}, person.NotFound(nomsNumber)
		}
		return person.Prisoner{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	return toPrisoner(*resp.JSON200), nil
}

// searchSize asks for every match in one page: the integration API sorts and
// pages the whole result itself, as the original does.
const searchSize = 9999

// FindPrisoners implements ports.PrisonerFinder. Without a prison list it is
// a global search; with one, a prisoner-detail search confined to those prisons.
func (c *Client) FindPrisoners(ctx context.Context, q person.PrisonerQuery) ([]person.Prisoner, error) {
	var dob *openapi_types.Date
	if q.DateOfBirth != nil {
		dob = &openapi_types.Date{Time: *q.DateOfBirth}
	}
	includeAliases := q.IncludeAliases
	var content *[]api.Prisoner
	if q.PrisonIDs == nil {
		size := searchSize
		resp, err := c.api.GlobalFindByCriteriaWithResponse(ctx, &api.GlobalFindByCriteriaParams{Size: &size}, api.GlobalSearchCriteria{
			FirstName: opt(q.FirstName), LastName: opt(q.LastName), DateOfBirth: dob, IncludeAliases: &includeAliases,
		})
		if err != nil {
			return nil, transport.Failed(Source, err)
		}
		if resp.JSON200 == nil {
			return nil, transport.Unexpected(Source, resp.HTTPResponse)
		}
		content = resp.JSON200.Content
	} else {
		resp, err := c.api.PrisonerDetailSearchWithResponse(ctx, nil, api.PrisonerDetailRequest{
			FirstName: opt(q.FirstName), LastName: opt(q.LastName), DateOfBirth: dob, IncludeAliases: &includeAliases,
			PrisonIds: q.PrisonIDs, Pagination: api.PaginationRequest{Page: 0, Size: searchSize},
		})
		if err != nil {
			return nil, transport.Failed(Source, err)
		}
		if resp.JSON200 == nil {
			return nil, transport.Unexpected(Source, resp.HTTPResponse)
		}
		content = resp.JSON200.Content
	}
	out := []person.Prisoner{}
	if content != nil {
		for _, p := range *content {
			out = append(out, toPrisoner(p))
		}
	}
	return out, nil
}

func toPrisoner(p api.Prisoner) person.Prisoner {
	dob := p.DateOfBirth.Time
	out := person.Prisoner{
		NomisNumber:  p.PrisonerNumber,
		FirstName:    p.FirstName,
		MiddleNames:  optional.String(p.MiddleNames),
		LastName:     p.LastName,
		DateOfBirth:  &dob,
		PNC:          optional.String(p.PncNumber),
		CRO:          optional.String(p.CroNumber),
		PrisonID:     optional.String(p.PrisonId),
		PrisonName:   optional.String(p.PrisonName),
		CellLocation: optional.String(p.CellLocation),
		Gender:       p.Gender,
		Ethnicity:    p.Ethnicity,

		Status:        p.Status,
		Category:      optional.String(p.Category),
		CSRA:          optional.String(p.Csra),
		ReceptionDate: optional.Date(p.ReceptionDate),
	}
	if p.InOutStatus != nil {
		out.InOutStatus = string(*p.InOutStatus)
	}
	if p.Aliases != nil {
		for _, a := range *p.Aliases {
			out.Aliases = append(out.Aliases, person.Alias{
				FirstName:   optional.String(a.FirstName),
				MiddleNames: optional.String(a.MiddleNames),
				LastName:    optional.String(a.LastName),
				DateOfBirth: optional.Date(a.DateOfBirth),
				Gender:      optional.String(a.Gender),
				Ethnicity:   optional.String(a.Ethnicity),
			})
		}
	}
	return out
}

// opt is nil for an empty string, so absent criteria are left out of the body.
func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
