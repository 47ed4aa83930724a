package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetAlerts answers GET /v1/persons/{hmppsId}/alerts and the two PND alert
// operations, which differ only in which codes they let through.
type GetAlerts struct {
	resolver *Resolver
	alerts   ports.PrisonAlerts
}

// NewGetAlerts builds the use case.
func NewGetAlerts(resolver *Resolver, alerts ports.PrisonAlerts) *GetAlerts {
	return &GetAlerts{resolver: resolver, alerts: alerts}
}

// All returns one page of the prisoner's alerts, newest first.
func (h *GetAlerts) All(ctx context.Context, filters access.Filters, hmppsID string, page paging.Request) (paging.Page[prison.Alert], error) {
	alerts, err := h.load(ctx, filters, hmppsID)
	if err != nil {
		return paging.Page[prison.Alert]{}, err
	}
	return paging.Slice(alerts, page), nil
}

// PND returns one page of the alerts shared with the Police National
// Database, newest first. A person with none is NotFound: PND asks about
// people it expects to find and treats "nothing to share" as no record.
func (h *GetAlerts) PND(ctx context.Context, filters access.Filters, hmppsID string, page paging.Request) (paging.Page[prison.Alert], error) {
	alerts, err := h.load(ctx, filters, hmppsID)
	if err != nil {
		return paging.Page[prison.Alert]{}, err
	}
	pnd := prison.OnlyPND(alerts)
	if len(pnd) == 0 {
		return paging.Page[prison.Alert]{}, person.NotFound(hmppsID)
	}
	return paging.Slice(pnd, page), nil
}

func (h *GetAlerts) load(ctx context.Context, filters access.Filters, hmppsID string) ([]prison.Alert, error) {
	identity, err := h.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return nil, err
	}
	alerts, err := h.alerts.Alerts(ctx, identity.NomisNumber())
	if err != nil {
		return nil, notFoundAs(err, hmppsID)
	}
	prison.SortNewestFirst(alerts)
	return alerts, nil
}
