package integration

import "github.com/ministryofjustice/hmpps-backbone/core/integration"

// ProbationUseCases are the reads served from nDelius, ARNS, CVL, POM and
// EPF. They are grouped so the probation family adds its use cases here
// rather than in the shared UseCases.
type ProbationUseCases struct {
	// nDelius, with POM and prison-api where an answer combines them.
	StatusInformation  *integration.GetStatusInformation
	DynamicRisks       *integration.GetDynamicRisks
	MappaDetail        *integration.GetMappaDetail
	ResponsibleOfficer *integration.GetPersonResponsibleOfficer
	Offences           *integration.GetOffences
	Sentences          *integration.GetSentences

	// Assess Risks and Needs (OASys).
	RiskSeriousHarm    *integration.GetRiskSeriousHarm
	RiskScores         *integration.GetRiskScores
	RiskManagementPlan *integration.GetRiskManagementPlan
	Needs              *integration.GetNeeds

	// Create and Vary a Licence.
	LicenceConditions *integration.GetLicenceConditions

	// Effective Proposal Framework.
	EpfPersonDetails *integration.GetEpfPersonDetails

	// nDelius and prison-api code lists.
	ReferenceData *integration.GetReferenceData

	// Probation search, with prisoner search and prison-api for the prison side.
	Person       *integration.GetPerson
	PersonSearch *integration.SearchPersons
	Addresses    *integration.GetAddresses

	// Probation search, prisoner search and prison-api: the person must be known to probation.
	ProtectedCharacteristics *integration.GetProtectedCharacteristics
}
