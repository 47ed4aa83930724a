package prisonapi

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/prisonapi"
)

// careNeedTypes are the problem domains the Book a Secure Move NOMIS sync reads:
// medical, disability and maternity status.
var careNeedTypes = []string{"PHY", "DISAB", "MATSTAT"}

// PersonalCareNeeds implements ports.PersonalCareNeeds with the batch lookup by offender number.
func (c *Client) PersonalCareNeeds(ctx context.Context, nomsNumber string) ([]prison.PersonalCareNeed, error) {
	resp, err := c.api.GetPersonalCareNeeds1WithResponse(ctx, &api.GetPersonalCareNeeds1Params{Type: careNeedTypes}, []string{nomsNumber})
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	var out []prison.PersonalCareNeed
	for _, person := range *resp.JSON200 {
		if person.PersonalCareNeeds == nil || optional.String(person.OffenderNo) != nomsNumber {
			continue
		}
		for _, n := range *person.PersonalCareNeeds {
			out = append(out, prison.PersonalCareNeed{
				ProblemType:        optional.String(n.ProblemType),
				ProblemCode:        optional.String(n.ProblemCode),
				ProblemDescription: optional.String(n.ProblemDescription),
				ProblemStatus:      optional.String(n.ProblemStatus),
				Comment:            optional.String(n.CommentText),
				StartDate:          optional.Date(n.StartDate),
				EndDate:            optional.Date(n.EndDate),
			})
		}
	}
	return out, nil
}
