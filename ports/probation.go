package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/licences"
	"github.com/ministryofjustice/hmpps-backbone/core/offending"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	"github.com/ministryofjustice/hmpps-backbone/core/refdata"
)

// ProbationRecords is the nDelius integration API (external-api-and-delius).
type ProbationRecords interface {
	// Record returns what nDelius holds on the case, or an apperr.NotFound error.
	Record(ctx context.Context, crn string) (probation.Record, error)
}

// PrisonOffenderManagers is the Manage POM Cases (MOIC) API.
type PrisonOffenderManagers interface {
	// PrimaryPOM returns the prisoner's primary POM, or an apperr.NotFound error when none is allocated.
	PrimaryPOM(ctx context.Context, nomsNumber string) (probation.PrisonOffenderManager, error)
}

// OffenceHistory is the offence-history part of the NOMIS Prison API.
type OffenceHistory interface {
	// OffenceHistory returns the offences on every booking of the prisoner, or an apperr.NotFound error.
	OffenceHistory(ctx context.Context, nomsNumber string) ([]offending.Offence, error)
}

// Licences is the Create and Vary a Licence public API.
type Licences interface {
	// Summaries lists the licences of a case (unsorted); none is not an error.
	Summaries(ctx context.Context, crn string) ([]licences.Summary, error)
	// Licence returns one licence with its conditions, or an apperr.NotFound error.
	Licence(ctx context.Context, id int64) (licences.Licence, error)
}

// EffectiveProposals is the Effective Proposal Framework and Delius API.
type EffectiveProposals interface {
	// CaseDetail returns the case and event, or an apperr.NotFound error
	// (also the answer for a case that may not be shared).
	CaseDetail(ctx context.Context, crn string, eventNumber int) (probation.CaseDetail, error)
}

// ProbationReferenceData is nDelius's reference data.
type ProbationReferenceData interface {
	// ProbationReferenceData returns nDelius's code lists by domain, or an apperr.NotFound error.
	ProbationReferenceData(ctx context.Context) (map[string][]refdata.Code, error)
}

// PrisonReferenceCodes is the reference-domain part of the NOMIS Prison API.
type PrisonReferenceCodes interface {
	// ReferenceDomain returns every code of a NOMIS domain, or an apperr.NotFound error.
	ReferenceDomain(ctx context.Context, domain string) ([]refdata.Code, error)
}

// ProbationFinder searches probation records by name, PNC and date of birth.
type ProbationFinder interface {
	// FindProbationCases returns every case matching q (unsorted); none is not an error.
	FindProbationCases(ctx context.Context, q person.SearchQuery) ([]person.ProbationCase, error)
}

// PrisonAddresses is the addresses part of the NOMIS Prison API.
type PrisonAddresses interface {
	// Addresses returns the prisoner's addresses, or an apperr.NotFound error.
	Addresses(ctx context.Context, nomsNumber string) ([]person.Address, error)
}
