package prisonapi

import (
	"context"

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
		if person.PersonalCareNeeds == nil || str(person.OffenderNo) != nomsNumber {
			continue
		}
		for _, n := range *person.PersonalCareNeeds {
			out = append(out, prison.PersonalCareNeed{
				ProblemType:        str(n.ProblemType),
				ProblemCode:        str(n.ProblemCode),
				ProblemDescription: str(n.ProblemDescription),
				ProblemStatus:      str(n.ProblemStatus),
				Comment:            str(n.CommentText),
				StartDate:          date(n.StartDate),
				EndDate:            date(n.EndDate),
			})
		}
	}
	return out, nil
}
