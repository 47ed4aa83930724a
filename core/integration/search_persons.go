package integration

import (
	"context"
	"log/slog"

	"golang.org/x/sync/errgroup"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// SearchPersons answers GET /v1/persons.
type SearchPersons struct {
	prisoners ports.PrisonerFinder
	probation ports.ProbationFinder
}

// NewSearchPersons builds the use case.
func NewSearchPersons(prisoners ports.PrisonerFinder, probation ports.ProbationFinder) *SearchPersons {
	return &SearchPersons{prisoners: prisoners, probation: probation}
}

// PersonHit is one search result: a prisoner record or a probation case.
type PersonHit struct {
	Prisoner  *person.Prisoner
	Probation *person.ProbationCase
}

// Handle searches probation and (unless a PNC is given) prison records at
// once, and returns one page of prisoner hits, youngest first, followed by
// probation hits, youngest first. The two lists are not merged: the same
// person may appear in both. Probation search is best effort, as in the
// original: if it fails, the prisoner hits are still answered.
func (h *SearchPersons) Handle(ctx context.Context, q person.SearchQuery, page paging.Request) (paging.Page[PersonHit], error) {
	var prisoners []person.Prisoner
	var cases []person.ProbationCase
	g, gctx := errgroup.WithContext(ctx)
	if q.SearchesPrison() {
		g.Go(func() error {
			found, err := h.prisoners.FindPrisoners(gctx, q.Prisoners())
			prisoners = found
			return err
		})
	}
	g.Go(func() error {
		found, err := h.probation.FindProbationCases(gctx, q)
		if err != nil {
			slog.WarnContext(gctx, "probation search failed; answering with prisoner matches only", "error", err)
			return nil
		}
		cases = found
		return nil
	})
	if err := g.Wait(); err != nil {
		return paging.Page[PersonHit]{}, err
	}

	person.SortYoungestFirst(prisoners)
	person.SortCasesYoungestFirst(cases)
	hits := make([]PersonHit, 0, len(prisoners)+len(cases))
	for i := range prisoners {
		hits = append(hits, PersonHit{Prisoner: &prisoners[i]})
	}
	for i := range cases {
		hits = append(hits, PersonHit{Probation: &cases[i]})
	}
	return paging.Slice(hits, page), nil
}
