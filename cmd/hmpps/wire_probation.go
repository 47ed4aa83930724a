package main

import (
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/integration"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/arns"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/cvl"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/epf"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/ndelius"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/pom"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/prisonapi"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/prisonersearch"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/probationsearch"
	coreintegration "github.com/ministryofjustice/hmpps-backbone/core/integration"
)

// probationClients are the upstream adapters the probation reads use.
type probationClients struct {
	delius *ndelius.Client
	poms   *pom.Client
	nomis  *prisonapi.Client
	arns   *arns.Client
	cvl    *cvl.Client
	epf    *epf.Client
}

func newProbationClients(cfg config, client *http.Client) (c probationClients, err error) {
	if c.delius, err = ndelius.New(cfg.Upstreams["ndelius"], client); err != nil {
		return c, err
	}
	if c.poms, err = pom.New(cfg.Upstreams["pom"], client); err != nil {
		return c, err
	}
	if c.nomis, err = prisonapi.New(cfg.Upstreams["prison-api"], client); err != nil {
		return c, err
	}
	if c.arns, err = arns.New(cfg.Upstreams["arns"], client); err != nil {
		return c, err
	}
	if c.cvl, err = cvl.New(cfg.Upstreams["cvl"], client); err != nil {
		return c, err
	}
	if c.epf, err = epf.New(cfg.Upstreams["epf"], client); err != nil {
		return c, err
	}
	return c, nil
}

// newProbationReads wires the /v1 reads served from nDelius, ARNS, CVL, POM
// and EPF.
func newProbationReads(cfg config, client *http.Client, resolver *coreintegration.Resolver, prisoners *prisonersearch.Client, probation *probationsearch.Client) (integration.ProbationUseCases, error) {
	c, err := newProbationClients(cfg, client)
	if err != nil {
		return integration.ProbationUseCases{}, err
	}
	return integration.ProbationUseCases{
		StatusInformation:  coreintegration.NewGetStatusInformation(resolver, c.delius),
		DynamicRisks:       coreintegration.NewGetDynamicRisks(resolver, c.delius),
		MappaDetail:        coreintegration.NewGetMappaDetail(resolver, c.delius),
		ResponsibleOfficer: coreintegration.NewGetPersonResponsibleOfficer(resolver, c.poms, c.delius),
		Offences:           coreintegration.NewGetOffences(resolver, c.nomis, c.delius),
		Sentences:          coreintegration.NewGetSentences(resolver, c.nomis, c.delius),
		RiskSeriousHarm:    coreintegration.NewGetRiskSeriousHarm(resolver, c.arns),
		RiskScores:         coreintegration.NewGetRiskScores(resolver, c.arns),
		RiskManagementPlan: coreintegration.NewGetRiskManagementPlan(resolver, c.arns),
		Needs:              coreintegration.NewGetNeeds(resolver, c.arns),
		LicenceConditions:  coreintegration.NewGetLicenceConditions(resolver, c.cvl),
		EpfPersonDetails:   coreintegration.NewGetEpfPersonDetails(resolver, c.epf),
		ReferenceData:      coreintegration.NewGetReferenceData(c.nomis, c.delius),
		Person:             coreintegration.NewGetPerson(resolver),
		PersonSearch:       coreintegration.NewSearchPersons(prisoners, probation),
		Addresses:          coreintegration.NewGetAddresses(resolver, c.nomis),

		ProtectedCharacteristics: coreintegration.NewGetProtectedCharacteristics(probation, prisoners, c.nomis),
	}, nil
}
