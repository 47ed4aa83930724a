package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// PostTransaction answers POST /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions.
type PostTransaction struct {
	resolver *Resolver
	finance  ports.PrisonerFinance
}

// NewPostTransaction builds the use case.
func NewPostTransaction(resolver *Resolver, finance ports.PrisonerFinance) *PostTransaction {
	return &PostTransaction{resolver: resolver, finance: finance}
}

// Handle validates the body, resolves the person and posts the transaction
// to NOMIS, returning its id. prison-api keeps clientUniqueRef unique, so a
// repeated request is a 409 rather than a second debit.
func (h *PostTransaction) Handle(ctx context.Context, prisonID, hmppsID string, t prison.NewTransaction) (string, error) {
	if err := t.Validate(); err != nil {
		return "", err
	}
	noms, err := nomisNumberOf(ctx, h.resolver, hmppsID)
	if err != nil {
		return "", err
	}
	id, err := postReconciled(ctx,
		func(ctx context.Context) (string, error) {
			return h.finance.PostTransaction(ctx, prisonID, noms, t)
		},
		func(ctx context.Context) (string, error) {
			found, err := h.finance.TransactionByRef(ctx, prisonID, noms, t.ClientUniqueRef)
			return found.ID, err
		})
	if err != nil {
		return "", postFailure(err, prisonID, hmppsID)
	}
	return id, nil
}
