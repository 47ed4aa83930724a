package probationsearch

import (
	"context"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/core/refdata"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/probationsearch"
)

// ProbationProfile implements ports.ProbationProfiles with POST /search by
// the id; the first case found is the person, as for FindByID.
func (c *Client) ProbationProfile(ctx context.Context, id person.ID) (person.ProbationProfile, error) {
	details, err := c.searchByID(ctx, id)
	if err != nil {
		return person.ProbationProfile{}, err
	}
	if len(details) == 0 {
		return person.ProbationProfile{}, person.NotFound(id.String())
	}
	o := details[0]
	out := person.ProbationProfile{NomsNumber: optional.String(o.OtherIds.NomsNumber), Gender: optional.String(o.Gender), Disabilities: []person.Disability{}}
	if o.Age != nil {
		out.Age = int(*o.Age)
	}
	if p := o.OffenderProfile; p != nil {
		out.SexualOrientation, out.Ethnicity = optional.String(p.SexualOrientation), optional.String(p.Ethnicity)
		out.Nationality, out.Religion = optional.String(p.Nationality), optional.String(p.Religion)
		if p.Disabilities != nil {
			for _, d := range *p.Disabilities {
				out.Disabilities = append(out.Disabilities, person.Disability{
					Type: keyValue(d.DisabilityType), Condition: keyValue(d.Condition),
					StartDate: optional.Date(d.StartDate), EndDate: optional.Date(d.EndDate), Notes: optional.String(d.Notes),
				})
			}
		}
	}
	return out, nil
}

func keyValue(kv *api.KeyValue) *refdata.Code {
	if kv == nil {
		return nil
	}
	return &refdata.Code{Code: optional.String(kv.Code), Description: optional.String(kv.Description)}
}

// searchByID asks POST /search for the cases with the id (soft-deleted ones
// left out). Unlike FindByID it keeps the whole OffenderDetail, profile
// included.
func (c *Client) searchByID(ctx context.Context, id person.ID) ([]api.OffenderDetail, error) {
	value := id.String()
	var body api.SearchDto
	switch id.Kind() {
	case person.NOMS:
		body.NomsNumber = &value
	case person.CRN:
		body.Crn = &value
	case person.PNC:
		body.PncNumber = &value
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
	out := []api.OffenderDetail{}
	for _, o := range *resp.JSON200 {
		if o.SoftDeleted == nil || !*o.SoftDeleted {
			out = append(out, o)
		}
	}
	return out, nil
}
