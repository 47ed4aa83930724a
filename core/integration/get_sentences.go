package integration

import (
	"context"

	"golang.org/x/sync/errgroup"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/offending"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetSentences answers GET /v1/persons/{hmppsId}/sentences.
type GetSentences struct {
	resolver *Resolver
	nomis    ports.PrisonSentences
	records  ports.ProbationRecords
}

// NewGetSentences builds the use case.
func NewGetSentences(resolver *Resolver, nomis ports.PrisonSentences, records ports.ProbationRecords) *GetSentences {
	return &GetSentences{resolver: resolver, nomis: nomis, records: records}
}

// Handle returns one page of the person's sentences: NOMIS's, booking by
// booking with each booking's newest first, then nDelius's in event order.
// The lists are concatenated, not merged: they describe different sentences.
//
// The prison filter applies (a filtered consumer only sees prisoners held in
// its prisons), but without one a person known only to probation still gets
// their nDelius sentences, as the original does since its "no NOMIS number"
// fix. A side that does not know the person (404) contributes nothing; any
// other failure fails the request.
func (h *GetSentences) Handle(ctx context.Context, filters access.Filters, hmppsID string, page paging.Request) (paging.Page[offending.Sentence], error) {
	identity, err := h.resolver.ResolveWithin(ctx, filters, hmppsID)
	if err != nil {
		return paging.Page[offending.Sentence]{}, err
	}
	var prison, probation []offending.Sentence
	g, gctx := errgroup.WithContext(ctx)
	if noms := identity.NomisNumber(); noms != "" {
		g.Go(func() (err error) {
			prison, err = h.prisonSentences(gctx, noms)
			return err
		})
	}
	if crn := identity.CRN(); crn != "" {
		g.Go(func() error {
			record, err := h.records.Record(gctx, crn)
			if apperr.Is(err, apperr.NotFound) {
				return nil
			}
			probation = offending.SentencesFromSupervisions(record.Supervisions)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return paging.Page[offending.Sentence]{}, err
	}
	all := append(append([]offending.Sentence{}, prison...), probation...)
	return paging.Slice(all, page), nil
}

// prisonSentences reads every booking's sentences, in NOMIS's booking order.
// A booking NOMIS cannot find is skipped rather than failing the others.
func (h *GetSentences) prisonSentences(ctx context.Context, noms string) ([]offending.Sentence, error) {
	bookings, err := h.nomis.BookingIDs(ctx, noms)
	if apperr.Is(err, apperr.NotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out := []offending.Sentence{}
	for _, id := range bookings {
		sentences, err := h.nomis.BookingSentences(ctx, id)
		if apperr.Is(err, apperr.NotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		offending.SortSentencesNewestFirst(sentences)
		out = append(out, sentences...)
	}
	return out, nil
}
