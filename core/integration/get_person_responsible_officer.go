package integration

import (
	"context"

	"golang.org/x/sync/errgroup"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetPersonResponsibleOfficer answers
// GET /v1/persons/{encodedHmppsId}/person-responsible-officer.
type GetPersonResponsibleOfficer struct {
	resolver *Resolver
	poms     ports.PrisonOffenderManagers
	records  ports.ProbationRecords
}

// NewGetPersonResponsibleOfficer builds the use case.
func NewGetPersonResponsibleOfficer(resolver *Resolver, poms ports.PrisonOffenderManagers, records ports.ProbationRecords) *GetPersonResponsibleOfficer {
	return &GetPersonResponsibleOfficer{resolver: resolver, poms: poms, records: records}
}

// Handle returns the person's POM and COM, asked of both upstreams at once.
// The answer needs both halves (the spec makes each required), so a person
// either side does not know, or has no id for, is NotFound, as in the
// original, where a 404 from either side was a 404.
func (h *GetPersonResponsibleOfficer) Handle(ctx context.Context, hmppsID string) (probation.ResponsibleOfficers, error) {
	identity, err := h.resolver.Resolve(ctx, hmppsID)
	if err != nil {
		return probation.ResponsibleOfficers{}, err
	}
	noms, crn := identity.NomisNumber(), identity.CRN()
	if noms == "" || crn == "" {
		return probation.ResponsibleOfficers{}, person.NotFound(hmppsID)
	}

	var out probation.ResponsibleOfficers
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		pom, err := h.poms.PrimaryPOM(gctx, noms)
		out.Prison = pom
		return err
	})
	g.Go(func() error {
		record, err := h.records.Record(gctx, crn)
		if record.CommunityManager != nil {
			out.Community = *record.CommunityManager
		}
		return err
	})
	if err := g.Wait(); err != nil {
		return probation.ResponsibleOfficers{}, notFoundAs(err, hmppsID)
	}
	return out, nil
}
