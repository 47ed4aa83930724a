package integration

import "github.com/ministryofjustice/hmpps-backbone/core/integration"

// PrisonRecordUseCases are the use cases behind the prison family's finance,
// visits, relationships and other record operations. They are grouped apart
// from UseCases so this family's wiring changes one file.
type PrisonRecordUseCases struct {
	// Prisoner finance (prison-api).
	Balances            *integration.GetBalances
	AccountBalance      *integration.GetAccountBalance
	AccountTransactions *integration.GetAccountTransactions
	Transaction         *integration.GetTransaction
	PostTransaction     *integration.PostTransaction
	PostTransfer        *integration.PostTransactionTransfer

	// Visits (manage-prison-visits).
	Visit        *integration.GetVisit
	SearchVisits *integration.SearchVisits
	FutureVisits *integration.GetFutureVisits

	// Personal relationships.
	Contacts            *integration.GetContacts
	Contact             *integration.GetContact
	VisitorRestrictions *integration.GetVisitorRestrictions

	// Non-associations.
	NonAssociations *integration.GetNonAssociations

	// Other NOMIS records (prison-api).
	RiskCategories *integration.GetRiskCategories
	PersonImages   *integration.GetPersonImages
	Image          *integration.GetImage
	Adjudications  *integration.GetReportedAdjudications
	KeyDates       *integration.GetLatestKeyDatesAndAdjustments
	CaseNotes      *integration.GetCaseNotes

	// Personal learning plans (learning-and-work-progress).
	InductionSchedule        *integration.GetPlpInductionSchedule
	InductionScheduleHistory *integration.GetPlpInductionScheduleHistory
	ReviewSchedule           *integration.GetPlpReviewSchedule
}
