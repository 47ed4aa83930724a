package integration

import (
	"cmp"
	"context"
	"slices"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/refdata"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetReferenceData answers GET /v1/hmpps/reference-data.
type GetReferenceData struct {
	prison    ports.PrisonReferenceCodes
	probation ports.ProbationReferenceData
}

// NewGetReferenceData builds the use case.
func NewGetReferenceData(prison ports.PrisonReferenceCodes, probation ports.ProbationReferenceData) *GetReferenceData {
	return &GetReferenceData{prison: prison, probation: probation}
}

// Handle fetches nDelius's lists and each published NOMIS domain at once.
// An upstream that cannot find its reference data does not fail the request:
// as the spec documents, the answer is then no data (nil) with the upstreams
// named in missing. Any other failure is an error.
func (h *GetReferenceData) Handle(ctx context.Context) (*refdata.ReferenceData, []refdata.Missing, error) {
	out := refdata.ReferenceData{Prison: map[string][]refdata.Code{}}
	var (
		mu      sync.Mutex
		missing []refdata.Missing
	)
	// notFound notes a missing list and swallows its error.
	notFound := func(err error) error {
		e, ok := apperr.As(err)
		if !ok || e.Kind != apperr.NotFound {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		if !slices.Contains(missing, refdata.Missing{Source: e.Source}) {
			missing = append(missing, refdata.Missing{Source: e.Source})
		}
		return nil
	}

	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		lists, err := h.probation.ProbationReferenceData(gctx)
		out.Probation = lists
		return notFound(err)
	})
	for _, d := range refdata.PrisonDomains {
		g.Go(func() error {
			codes, err := h.prison.ReferenceDomain(gctx, d.NOMIS)
			if err != nil {
				return notFound(err)
			}
			mu.Lock()
			defer mu.Unlock()
			out.Prison[d.API] = codes
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, nil, err
	}
	if len(missing) > 0 {
		slices.SortFunc(missing, func(a, b refdata.Missing) int { return cmp.Compare(a.Source, b.Source) })
		return nil, missing, nil
	}
	return &out, nil, nil
}
