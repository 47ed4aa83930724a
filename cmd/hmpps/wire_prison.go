package main

import (
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/incentives"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/prisonapi"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/prisonersearch"
	coreintegration "github.com/ministryofjustice/hmpps-backbone/core/integration"
)

// prisonReads are the /v1 reads served from prisoner search, the NOMIS
// Prison API and incentives.
type prisonReads struct {
	Prisoner          *coreintegration.GetPrisoner
	Prisoners         *coreintegration.SearchPrisoners
	CellLocation      *coreintegration.GetCellLocation
	ConvertIDs        *coreintegration.ConvertIDs
	Alerts            *coreintegration.GetAlerts
	VisitRestrictions *coreintegration.GetVisitRestrictions
	VisitOrders       *coreintegration.GetVisitOrders
	IepLevel          *coreintegration.GetIepLevel
}

func newPrisonReads(cfg config, client *http.Client, resolver *coreintegration.Resolver, prisoners *prisonersearch.Client) (prisonReads, error) {
	nomis, err := prisonapi.New(cfg.Upstreams["prison-api"], client)
	if err != nil {
		return prisonReads{}, err
	}
	incentiveLevels, err := incentives.New(cfg.Upstreams["incentives"], client)
	if err != nil {
		return prisonReads{}, err
	}
	return prisonReads{
		Prisoner:          coreintegration.NewGetPrisoner(resolver),
		Prisoners:         coreintegration.NewSearchPrisoners(prisoners),
		CellLocation:      coreintegration.NewGetCellLocation(resolver),
		ConvertIDs:        coreintegration.NewConvertIDs(resolver),
		Alerts:            coreintegration.NewGetAlerts(resolver, nomis),
		VisitRestrictions: coreintegration.NewGetVisitRestrictions(resolver, nomis),
		VisitOrders:       coreintegration.NewGetVisitOrders(resolver, nomis),
		IepLevel:          coreintegration.NewGetIepLevel(resolver, incentiveLevels),
	}, nil
}
