package integration

import (
	"context"

	"golang.org/x/sync/errgroup"

	"github.com/ministryofjustice/hmpps-backbone/core/licences"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetLicenceConditions answers GET /v1/persons/{encodedHmppsId}/licences/conditions.
type GetLicenceConditions struct {
	resolver *Resolver
	licences ports.Licences
}

// NewGetLicenceConditions builds the use case.
func NewGetLicenceConditions(resolver *Resolver, licences ports.Licences) *GetLicenceConditions {
	return &GetLicenceConditions{resolver: resolver, licences: licences}
}

// Handle returns the person's licences, newest first, each with its
// conditions. CVL lists a case's licences without their conditions, so each
// licence is fetched too; those fetches run at once. A person with no CRN
// has no licences.
func (h *GetLicenceConditions) Handle(ctx context.Context, hmppsID string) (licences.PersonLicences, error) {
	out := licences.PersonLicences{HmppsID: hmppsID, Licences: []licences.Licence{}}
	crn, err := crnOf(ctx, h.resolver, hmppsID)
	if err != nil || crn == "" {
		return out, err
	}
	summaries, err := h.licences.Summaries(ctx, crn)
	if err != nil {
		return licences.PersonLicences{}, notFoundAs(err, hmppsID)
	}
	if len(summaries) == 0 {
		return out, nil
	}
	licences.SortNewestFirst(summaries)
	out.OffenderNumber = summaries[0].PrisonNumber

	out.Licences = make([]licences.Licence, len(summaries))
	g, gctx := errgroup.WithContext(ctx)
	for i, s := range summaries {
		g.Go(func() error {
			licence, err := h.licences.Licence(gctx, s.ID)
			out.Licences[i] = licence
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return licences.PersonLicences{}, notFoundAs(err, hmppsID)
	}
	return out, nil
}
