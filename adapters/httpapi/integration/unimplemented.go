package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// Unimplemented answers 501, in the spec's error shape, for every operation not
// built yet (listed in docs/status.md with the issue that owns it). Server
// embeds it, so implementing an operation means adding its method to Server
// and deleting the stub here.
type Unimplemented struct{}

func notImplemented(operationID string) error {
	return apperr.New(apperr.NotImplemented, "%s is not implemented yet", operationID)
}

// GetAccountBalance answers 501 until built.
func (Unimplemented) GetAccountBalance(context.Context, api.GetAccountBalanceRequestObject) (api.GetAccountBalanceResponseObject, error) {
	return nil, notImplemented("getAccountBalance")
}

// GetAccountTransactions answers 501 until built.
func (Unimplemented) GetAccountTransactions(context.Context, api.GetAccountTransactionsRequestObject) (api.GetAccountTransactionsResponseObject, error) {
	return nil, notImplemented("getAccountTransactions")
}

// GetAddresses answers 501 until built.
func (Unimplemented) GetAddresses(context.Context, api.GetAddressesRequestObject) (api.GetAddressesResponseObject, error) {
	return nil, notImplemented("getAddresses")
}

// GetAlerts answers 501 until built.
func (Unimplemented) GetAlerts(context.Context, api.GetAlertsRequestObject) (api.GetAlertsResponseObject, error) {
	return nil, notImplemented("getAlerts")
}

// GetBalances answers 501 until built.
func (Unimplemented) GetBalances(context.Context, api.GetBalancesRequestObject) (api.GetBalancesResponseObject, error) {
	return nil, notImplemented("getBalances")
}

// GetCaseNotes answers 501 until built.
func (Unimplemented) GetCaseNotes(context.Context, api.GetCaseNotesRequestObject) (api.GetCaseNotesResponseObject, error) {
	return nil, notImplemented("getCaseNotes")
}

// GetCellLocation answers 501 until built.
func (Unimplemented) GetCellLocation(context.Context, api.GetCellLocationRequestObject) (api.GetCellLocationResponseObject, error) {
	return nil, notImplemented("getCellLocation")
}

// GetContact answers 501 until built.
func (Unimplemented) GetContact(context.Context, api.GetContactRequestObject) (api.GetContactResponseObject, error) {
	return nil, notImplemented("getContact")
}

// GetContacts answers 501 until built.
func (Unimplemented) GetContacts(context.Context, api.GetContactsRequestObject) (api.GetContactsResponseObject, error) {
	return nil, notImplemented("getContacts")
}

// GetDlqMessages answers 501 until built.
func (Unimplemented) GetDlqMessages(context.Context, api.GetDlqMessagesRequestObject) (api.GetDlqMessagesResponseObject, error) {
	return nil, notImplemented("getDlqMessages")
}

// GetDynamicRisks answers 501 until built.
func (Unimplemented) GetDynamicRisks(context.Context, api.GetDynamicRisksRequestObject) (api.GetDynamicRisksResponseObject, error) {
	return nil, notImplemented("getDynamicRisks")
}

// GetEpfPersonDetails answers 501 until built.
func (Unimplemented) GetEpfPersonDetails(context.Context, api.GetEpfPersonDetailsRequestObject) (api.GetEpfPersonDetailsResponseObject, error) {
	return nil, notImplemented("getEpfPersonDetails")
}

// GetFutureVisits answers 501 until built.
func (Unimplemented) GetFutureVisits(context.Context, api.GetFutureVisitsRequestObject) (api.GetFutureVisitsResponseObject, error) {
	return nil, notImplemented("getFutureVisits")
}

// GetHmppsIdByNomisNumber answers 501 until built.
func (Unimplemented) GetHmppsIdByNomisNumber(context.Context, api.GetHmppsIdByNomisNumberRequestObject) (api.GetHmppsIdByNomisNumberResponseObject, error) {
	return nil, notImplemented("getHmppsIdByNomisNumber")
}

// GetHmppsIdByNomisNumberAlias answers 501 until built.
func (Unimplemented) GetHmppsIdByNomisNumberAlias(context.Context, api.GetHmppsIdByNomisNumberAliasRequestObject) (api.GetHmppsIdByNomisNumberAliasResponseObject, error) {
	return nil, notImplemented("getHmppsIdByNomisNumberAlias")
}

// GetIepLevel answers 501 until built.
func (Unimplemented) GetIepLevel(context.Context, api.GetIepLevelRequestObject) (api.GetIepLevelResponseObject, error) {
	return nil, notImplemented("getIepLevel")
}

// GetImage answers 501 until built.
func (Unimplemented) GetImage(context.Context, api.GetImageRequestObject) (api.GetImageResponseObject, error) {
	return nil, notImplemented("getImage")
}

// GetLatestKeyDatesAndAdjustments answers 501 until built.
func (Unimplemented) GetLatestKeyDatesAndAdjustments(context.Context, api.GetLatestKeyDatesAndAdjustmentsRequestObject) (api.GetLatestKeyDatesAndAdjustmentsResponseObject, error) {
	return nil, notImplemented("getLatestKeyDatesAndAdjustments")
}

// GetLicenceConditions answers 501 until built.
func (Unimplemented) GetLicenceConditions(context.Context, api.GetLicenceConditionsRequestObject) (api.GetLicenceConditionsResponseObject, error) {
	return nil, notImplemented("getLicenceConditions")
}

// GetMappaDetail answers 501 until built.
func (Unimplemented) GetMappaDetail(context.Context, api.GetMappaDetailRequestObject) (api.GetMappaDetailResponseObject, error) {
	return nil, notImplemented("getMappaDetail")
}

// GetNeeds answers 501 until built.
func (Unimplemented) GetNeeds(context.Context, api.GetNeedsRequestObject) (api.GetNeedsResponseObject, error) {
	return nil, notImplemented("getNeeds")
}

// GetNomisNumberByHmppsId answers 501 until built.
func (Unimplemented) GetNomisNumberByHmppsId(context.Context, api.GetNomisNumberByHmppsIdRequestObject) (api.GetNomisNumberByHmppsIdResponseObject, error) {
	return nil, notImplemented("getNomisNumberByHmppsId")
}

// GetNonAssociations answers 501 until built.
func (Unimplemented) GetNonAssociations(context.Context, api.GetNonAssociationsRequestObject) (api.GetNonAssociationsResponseObject, error) {
	return nil, notImplemented("getNonAssociations")
}

// GetOffences answers 501 until built.
func (Unimplemented) GetOffences(context.Context, api.GetOffencesRequestObject) (api.GetOffencesResponseObject, error) {
	return nil, notImplemented("getOffences")
}

// GetPerson answers 501 until built.
func (Unimplemented) GetPerson(context.Context, api.GetPersonRequestObject) (api.GetPersonResponseObject, error) {
	return nil, notImplemented("getPerson")
}

// GetPersonImages answers 501 until built.
func (Unimplemented) GetPersonImages(context.Context, api.GetPersonImagesRequestObject) (api.GetPersonImagesResponseObject, error) {
	return nil, notImplemented("getPersonImages")
}

// GetPersonPndAlerts answers 501 until built.
func (Unimplemented) GetPersonPndAlerts(context.Context, api.GetPersonPndAlertsRequestObject) (api.GetPersonPndAlertsResponseObject, error) {
	return nil, notImplemented("getPersonPndAlerts")
}

// GetPersonResponsibleOfficer answers 501 until built.
func (Unimplemented) GetPersonResponsibleOfficer(context.Context, api.GetPersonResponsibleOfficerRequestObject) (api.GetPersonResponsibleOfficerResponseObject, error) {
	return nil, notImplemented("getPersonResponsibleOfficer")
}

// GetPlpInductionSchedule answers 501 until built.
func (Unimplemented) GetPlpInductionSchedule(context.Context, api.GetPlpInductionScheduleRequestObject) (api.GetPlpInductionScheduleResponseObject, error) {
	return nil, notImplemented("getPlpInductionSchedule")
}

// GetPlpInductionScheduleHistory answers 501 until built.
func (Unimplemented) GetPlpInductionScheduleHistory(context.Context, api.GetPlpInductionScheduleHistoryRequestObject) (api.GetPlpInductionScheduleHistoryResponseObject, error) {
	return nil, notImplemented("getPlpInductionScheduleHistory")
}

// GetPlpReviewSchedule answers 501 until built.
func (Unimplemented) GetPlpReviewSchedule(context.Context, api.GetPlpReviewScheduleRequestObject) (api.GetPlpReviewScheduleResponseObject, error) {
	return nil, notImplemented("getPlpReviewSchedule")
}

// GetPndAlerts answers 501 until built.
func (Unimplemented) GetPndAlerts(context.Context, api.GetPndAlertsRequestObject) (api.GetPndAlertsResponseObject, error) {
	return nil, notImplemented("getPndAlerts")
}

// GetPrisoner answers 501 until built.
func (Unimplemented) GetPrisoner(context.Context, api.GetPrisonerRequestObject) (api.GetPrisonerResponseObject, error) {
	return nil, notImplemented("getPrisoner")
}

// GetPrisoners answers 501 until built.
func (Unimplemented) GetPrisoners(context.Context, api.GetPrisonersRequestObject) (api.GetPrisonersResponseObject, error) {
	return nil, notImplemented("getPrisoners")
}

// GetProtectedCharacteristics answers 501 until built.
func (Unimplemented) GetProtectedCharacteristics(context.Context, api.GetProtectedCharacteristicsRequestObject) (api.GetProtectedCharacteristicsResponseObject, error) {
	return nil, notImplemented("getProtectedCharacteristics")
}

// GetReferenceData answers 501 until built.
func (Unimplemented) GetReferenceData(context.Context, api.GetReferenceDataRequestObject) (api.GetReferenceDataResponseObject, error) {
	return nil, notImplemented("getReferenceData")
}

// GetReportedAdjudications answers 501 until built.
func (Unimplemented) GetReportedAdjudications(context.Context, api.GetReportedAdjudicationsRequestObject) (api.GetReportedAdjudicationsResponseObject, error) {
	return nil, notImplemented("getReportedAdjudications")
}

// GetRiskCategories answers 501 until built.
func (Unimplemented) GetRiskCategories(context.Context, api.GetRiskCategoriesRequestObject) (api.GetRiskCategoriesResponseObject, error) {
	return nil, notImplemented("getRiskCategories")
}

// GetRiskManagementPlan answers 501 until built.
func (Unimplemented) GetRiskManagementPlan(context.Context, api.GetRiskManagementPlanRequestObject) (api.GetRiskManagementPlanResponseObject, error) {
	return nil, notImplemented("getRiskManagementPlan")
}

// GetRiskScores answers 501 until built.
func (Unimplemented) GetRiskScores(context.Context, api.GetRiskScoresRequestObject) (api.GetRiskScoresResponseObject, error) {
	return nil, notImplemented("getRiskScores")
}

// GetRiskSeriousHarm answers 501 until built.
func (Unimplemented) GetRiskSeriousHarm(context.Context, api.GetRiskSeriousHarmRequestObject) (api.GetRiskSeriousHarmResponseObject, error) {
	return nil, notImplemented("getRiskSeriousHarm")
}

// GetSentences answers 501 until built.
func (Unimplemented) GetSentences(context.Context, api.GetSentencesRequestObject) (api.GetSentencesResponseObject, error) {
	return nil, notImplemented("getSentences")
}

// GetStatusInformation answers 501 until built.
func (Unimplemented) GetStatusInformation(context.Context, api.GetStatusInformationRequestObject) (api.GetStatusInformationResponseObject, error) {
	return nil, notImplemented("getStatusInformation")
}

// GetTransaction answers 501 until built.
func (Unimplemented) GetTransaction(context.Context, api.GetTransactionRequestObject) (api.GetTransactionResponseObject, error) {
	return nil, notImplemented("getTransaction")
}

// GetVisit answers 501 until built.
func (Unimplemented) GetVisit(context.Context, api.GetVisitRequestObject) (api.GetVisitResponseObject, error) {
	return nil, notImplemented("getVisit")
}

// GetVisitOrders answers 501 until built.
func (Unimplemented) GetVisitOrders(context.Context, api.GetVisitOrdersRequestObject) (api.GetVisitOrdersResponseObject, error) {
	return nil, notImplemented("getVisitOrders")
}

// GetVisitRestrictions answers 501 until built.
func (Unimplemented) GetVisitRestrictions(context.Context, api.GetVisitRestrictionsRequestObject) (api.GetVisitRestrictionsResponseObject, error) {
	return nil, notImplemented("getVisitRestrictions")
}

// GetVisitorRestrictions answers 501 until built.
func (Unimplemented) GetVisitorRestrictions(context.Context, api.GetVisitorRestrictionsRequestObject) (api.GetVisitorRestrictionsResponseObject, error) {
	return nil, notImplemented("getVisitorRestrictions")
}

// PostTransaction answers 501 until built.
func (Unimplemented) PostTransaction(context.Context, api.PostTransactionRequestObject) (api.PostTransactionResponseObject, error) {
	return nil, notImplemented("postTransaction")
}

// PostTransactionTransfer answers 501 until built.
func (Unimplemented) PostTransactionTransfer(context.Context, api.PostTransactionTransferRequestObject) (api.PostTransactionTransferResponseObject, error) {
	return nil, notImplemented("postTransactionTransfer")
}

// PurgeQueue answers 501 until built.
func (Unimplemented) PurgeQueue(context.Context, api.PurgeQueueRequestObject) (api.PurgeQueueResponseObject, error) {
	return nil, notImplemented("purgeQueue")
}

// PutExpressionOfInterest answers 501 until built.
func (Unimplemented) PutExpressionOfInterest(context.Context, api.PutExpressionOfInterestRequestObject) (api.PutExpressionOfInterestResponseObject, error) {
	return nil, notImplemented("putExpressionOfInterest")
}

// RetryAllDlqs answers 501 until built.
func (Unimplemented) RetryAllDlqs(context.Context, api.RetryAllDlqsRequestObject) (api.RetryAllDlqsResponseObject, error) {
	return nil, notImplemented("retryAllDlqs")
}

// RetryDlq answers 501 until built.
func (Unimplemented) RetryDlq(context.Context, api.RetryDlqRequestObject) (api.RetryDlqResponseObject, error) {
	return nil, notImplemented("retryDlq")
}

// SearchPersons answers 501 until built.
func (Unimplemented) SearchPersons(context.Context, api.SearchPersonsRequestObject) (api.SearchPersonsResponseObject, error) {
	return nil, notImplemented("searchPersons")
}

// SearchVisits answers 501 until built.
func (Unimplemented) SearchVisits(context.Context, api.SearchVisitsRequestObject) (api.SearchVisitsResponseObject, error) {
	return nil, notImplemented("searchVisits")
}
