package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetTransaction answers GET /v1/prison/{prisonId}/prisoners/{hmppsId}/transactions/{clientUniqueRef}.
type GetTransaction struct {
	resolver *Resolver
	finance  ports.PrisonerFinance
}

// NewGetTransaction builds the use case.
func NewGetTransaction(resolver *Resolver, finance ports.PrisonerFinance) *GetTransaction {
	return &GetTransaction{resolver: resolver, finance: finance}
}

// Handle returns the transaction a consumer posted with clientUniqueRef. Once
// the person is resolved, a 404 means the reference is unknown, and the
// message says so rather than blaming the person.
func (h *GetTransaction) Handle(ctx context.Context, prisonID, hmppsID, clientUniqueRef string) (prison.Transaction, error) {
	noms, err := nomisNumberOf(ctx, h.resolver, hmppsID)
	if err != nil {
		return prison.Transaction{}, err
	}
	t, err := h.finance.TransactionByRef(ctx, prisonID, noms, clientUniqueRef)
	if apperr.Is(err, apperr.NotFound) {
		return prison.Transaction{}, apperr.New(apperr.NotFound, "Could not find transaction with clientUniqueRef: %s.", clientUniqueRef)
	}
	return t, err
}
