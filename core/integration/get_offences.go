package integration

import (
	"context"

	"golang.org/x/sync/errgroup"

	"github.com/ministryofjustice/hmpps-backbone/core/offending"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetOffences answers GET /v1/persons/{encodedHmppsId}/offences.
type GetOffences struct {
	resolver *Resolver
	nomis    ports.OffenceHistory
	records  ports.ProbationRecords
}

// NewGetOffences builds the use case.
func NewGetOffences(resolver *Resolver, nomis ports.OffenceHistory, records ports.ProbationRecords) *GetOffences {
	return &GetOffences{resolver: resolver, nomis: nomis, records: records}
}

// Handle returns one page of the person's offences: NOMIS's, newest first,
// then nDelius's in event order. The two lists are concatenated, not merged:
// they describe different sentences. A side the person has no id for
// contributes nothing; both sides are asked at once.
func (h *GetOffences) Handle(ctx context.Context, hmppsID string, page paging.Request) (paging.Page[offending.Offence], error) {
	identity, err := h.resolver.Resolve(ctx, hmppsID)
	if err != nil {
		return paging.Page[offending.Offence]{}, err
	}
	var prison, probation []offending.Offence
	g, gctx := errgroup.WithContext(ctx)
	if noms := identity.NomisNumber(); noms != "" {
		g.Go(func() error {
			offences, err := h.nomis.OffenceHistory(gctx, noms)
			offending.SortNewestFirst(offences)
			prison = offences
			return err
		})
	}
	if crn := identity.CRN(); crn != "" {
		g.Go(func() error {
			record, err := h.records.Record(gctx, crn)
			probation = offending.FromSupervisions(record.Supervisions)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return paging.Page[offending.Offence]{}, notFoundAs(err, hmppsID)
	}
	all := append(append([]offending.Offence{}, prison...), probation...)
	return paging.Slice(all, page), nil
}
