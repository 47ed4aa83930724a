package ndelius

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/ndelius"
)

// maxCRNsPerCheck is the spec's limit on one access request (maxItems).
const maxCRNsPerCheck = 500

// CaseAccess implements ports.CaseAccessChecker with POST
// /probation-cases/access, asked without a username: the service's own view,
// as today's Integration API asks.
func (c *Client) CaseAccess(ctx context.Context, crns []string) (map[string]person.CaseAccess, error) {
	out := make(map[string]person.CaseAccess, len(crns))
	for start := 0; start < len(crns); start += maxCRNsPerCheck {
		batch := crns[start:min(start+maxCRNsPerCheck, len(crns))]
		resp, err := c.api.CaseAccess1WithResponse(ctx, &api.CaseAccess1Params{}, api.CrnRequest{Crns: &batch})
		if err != nil {
			return nil, transport.Failed(Source, err)
		}
		if resp.JSON200 == nil {
			return nil, transport.Unexpected(Source, resp.HTTPResponse)
		}
		if resp.JSON200.Access == nil {
			continue
		}
		for _, a := range *resp.JSON200.Access {
			if a.Crn == nil {
				continue
			}
			out[*a.Crn] = person.CaseAccess{
				Excluded: isTrue(a.UserExcluded), ExclusionMessage: optional.String(a.ExclusionMessage),
				Restricted: isTrue(a.UserRestricted), RestrictionMessage: optional.String(a.RestrictionMessage),
			}
		}
	}
	return out, nil
}

// isTrue reads an optional flag; absent is false.
func isTrue(b *bool) bool { return b != nil && *b }
