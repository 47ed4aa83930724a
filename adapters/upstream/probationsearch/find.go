package probationsearch

import (
	"context"
	"net/http"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/probationsearch"
)

// FindProbationCases implements ports.ProbationFinder with POST /search on
// the name, PNC and date-of-birth fields given.
func (c *Client) FindProbationCases(ctx context.Context, q person.SearchQuery) ([]person.ProbationCase, error) {
	body := api.SearchDto{FirstName: opt(q.FirstName), Surname: opt(q.LastName), PncNumber: opt(q.PNC), IncludeAliases: &q.IncludeAliases}
	if q.DateOfBirth != nil {
		body.DateOfBirth = &openapi_types.Date{Time: *q.DateOfBirth}
	}
	resp, err := c.api.Search1WithResponse(ctx, body)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		if resp.StatusCode() == http.StatusNotFound {
			return nil, nil
		}
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]person.ProbationCase, 0, len(*resp.JSON200))
	for _, o := range *resp.JSON200 {
		if o.SoftDeleted != nil && *o.SoftDeleted {
			continue
		}
		out = append(out, toCase(o))
	}
	return out, nil
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
