package main

import (
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/integration"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/adjudications"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/casenotes"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/detailurl"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/nonassociations"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/personalrelationships"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/plp"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/prisonapi"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/visits"
	coreintegration "github.com/ministryofjustice/hmpps-backbone/core/integration"
)

// newPrisonRecords wires the prison family's finance, visits, relationships
// and other record operations.
func newPrisonRecords(cfg config, client *http.Client, resolver *coreintegration.Resolver) (integration.PrisonRecordUseCases, error) {
	nomis, err := prisonapi.New(cfg.Upstreams["prison-api"], client)
	if err != nil {
		return integration.PrisonRecordUseCases{}, err
	}
	prisonVisits, err := visits.New(cfg.Upstreams["visits"], client)
	if err != nil {
		return integration.PrisonRecordUseCases{}, err
	}
	relationships, err := personalrelationships.New(cfg.Upstreams["personal-relationships"], client)
	if err != nil {
		return integration.PrisonRecordUseCases{}, err
	}
	separations, err := nonassociations.New(cfg.Upstreams["non-associations"], client)
	if err != nil {
		return integration.PrisonRecordUseCases{}, err
	}
	learning, err := plp.New(cfg.Upstreams["plp"], client)
	if err != nil {
		return integration.PrisonRecordUseCases{}, err
	}
	discipline, err := adjudications.New(cfg.Upstreams["adjudications"], client)
	if err != nil {
		return integration.PrisonRecordUseCases{}, err
	}
	// Only case-note lists are read here, never detail URLs, so no origin is allowed.
	caseNotes, err := casenotes.New(cfg.Upstreams["case-notes"], client, detailurl.AllowList{})
	if err != nil {
		return integration.PrisonRecordUseCases{}, err
	}
	return integration.PrisonRecordUseCases{
		Balances:            coreintegration.NewGetBalances(resolver, nomis),
		AccountBalance:      coreintegration.NewGetAccountBalance(resolver, nomis),
		AccountTransactions: coreintegration.NewGetAccountTransactions(resolver, nomis),
		Transaction:         coreintegration.NewGetTransaction(resolver, nomis),
		PostTransaction:     coreintegration.NewPostTransaction(resolver, nomis),
		PostTransfer:        coreintegration.NewPostTransactionTransfer(resolver, nomis),

		Visit:        coreintegration.NewGetVisit(prisonVisits),
		SearchVisits: coreintegration.NewSearchVisits(resolver, prisonVisits),
		FutureVisits: coreintegration.NewGetFutureVisits(resolver, prisonVisits),

		Contacts:            coreintegration.NewGetContacts(resolver, relationships),
		Contact:             coreintegration.NewGetContact(relationships),
		VisitorRestrictions: coreintegration.NewGetVisitorRestrictions(resolver, relationships),

		NonAssociations: coreintegration.NewGetNonAssociations(resolver, separations),

		RiskCategories: coreintegration.NewGetRiskCategories(resolver, nomis),
		PersonImages:   coreintegration.NewGetPersonImages(resolver, nomis),
		Image:          coreintegration.NewGetImage(nomis),
		Adjudications:  coreintegration.NewGetReportedAdjudications(resolver, discipline),
		KeyDates:       coreintegration.NewGetLatestKeyDatesAndAdjustments(resolver, nomis),
		CaseNotes:      coreintegration.NewGetCaseNotes(resolver, caseNotes),

		InductionSchedule:        coreintegration.NewGetPlpInductionSchedule(resolver, learning),
		InductionScheduleHistory: coreintegration.NewGetPlpInductionScheduleHistory(resolver, learning),
		ReviewSchedule:           coreintegration.NewGetPlpReviewSchedule(resolver, learning),
	}, nil
}
