package basm

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// Unimplemented answers 501, as a JSON:API error, for every operation not built
// yet (listed in docs/status.md with the issue that owns it). Server embeds it,
// so implementing an operation means adding its method to Server and deleting
// the stub here.
type Unimplemented struct{}

func notImplemented(operationID string) error {
	return apperr.New(apperr.NotImplemented, "%s is not implemented yet", operationID)
}

// AcceptMove answers 501 until built.
func (Unimplemented) AcceptMove(context.Context, api.AcceptMoveRequestObject) (api.AcceptMoveResponseObject, error) {
	return nil, notImplemented("acceptMove")
}

// ApproveMove answers 501 until built.
func (Unimplemented) ApproveMove(context.Context, api.ApproveMoveRequestObject) (api.ApproveMoveResponseObject, error) {
	return nil, notImplemented("approveMove")
}

// CancelJourney answers 501 until built.
func (Unimplemented) CancelJourney(context.Context, api.CancelJourneyRequestObject) (api.CancelJourneyResponseObject, error) {
	return nil, notImplemented("cancelJourney")
}

// CancelMove answers 501 until built.
func (Unimplemented) CancelMove(context.Context, api.CancelMoveRequestObject) (api.CancelMoveResponseObject, error) {
	return nil, notImplemented("cancelMove")
}

// CompleteJourney answers 501 until built.
func (Unimplemented) CompleteJourney(context.Context, api.CompleteJourneyRequestObject) (api.CompleteJourneyResponseObject, error) {
	return nil, notImplemented("completeJourney")
}

// CompleteMove answers 501 until built.
func (Unimplemented) CompleteMove(context.Context, api.CompleteMoveRequestObject) (api.CompleteMoveResponseObject, error) {
	return nil, notImplemented("completeMove")
}

// CreateCourtHearing answers 501 until built.
func (Unimplemented) CreateCourtHearing(context.Context, api.CreateCourtHearingRequestObject) (api.CreateCourtHearingResponseObject, error) {
	return nil, notImplemented("createCourtHearing")
}

// CreateEvent answers 501 until built.
func (Unimplemented) CreateEvent(context.Context, api.CreateEventRequestObject) (api.CreateEventResponseObject, error) {
	return nil, notImplemented("createEvent")
}

// CreateJourney answers 501 until built.
func (Unimplemented) CreateJourney(context.Context, api.CreateJourneyRequestObject) (api.CreateJourneyResponseObject, error) {
	return nil, notImplemented("createJourney")
}

// CreateMove answers 501 until built.
func (Unimplemented) CreateMove(context.Context, api.CreateMoveRequestObject) (api.CreateMoveResponseObject, error) {
	return nil, notImplemented("createMove")
}

// CreatePersonEscortRecord answers 501 until built.
func (Unimplemented) CreatePersonEscortRecord(context.Context, api.CreatePersonEscortRecordRequestObject) (api.CreatePersonEscortRecordResponseObject, error) {
	return nil, notImplemented("createPersonEscortRecord")
}

// CreateProfile answers 501 until built.
func (Unimplemented) CreateProfile(context.Context, api.CreateProfileRequestObject) (api.CreateProfileResponseObject, error) {
	return nil, notImplemented("createProfile")
}

// CreateToken answers 501 until built.
func (Unimplemented) CreateToken(context.Context, api.CreateTokenRequestObject) (api.CreateTokenResponseObject, error) {
	return nil, notImplemented("createToken")
}

// FilterMoves answers 501 until built.
func (Unimplemented) FilterMoves(context.Context, api.FilterMovesRequestObject) (api.FilterMovesResponseObject, error) {
	return nil, notImplemented("filterMoves")
}

// GetEvent answers 501 until built.
func (Unimplemented) GetEvent(context.Context, api.GetEventRequestObject) (api.GetEventResponseObject, error) {
	return nil, notImplemented("getEvent")
}

// GetJourney answers 501 until built.
func (Unimplemented) GetJourney(context.Context, api.GetJourneyRequestObject) (api.GetJourneyResponseObject, error) {
	return nil, notImplemented("getJourney")
}

// GetMove answers 501 until built.
func (Unimplemented) GetMove(context.Context, api.GetMoveRequestObject) (api.GetMoveResponseObject, error) {
	return nil, notImplemented("getMove")
}

// GetPersonEscortRecord answers 501 until built.
func (Unimplemented) GetPersonEscortRecord(context.Context, api.GetPersonEscortRecordRequestObject) (api.GetPersonEscortRecordResponseObject, error) {
	return nil, notImplemented("getPersonEscortRecord")
}

// GetSupplier answers 501 until built.
func (Unimplemented) GetSupplier(context.Context, api.GetSupplierRequestObject) (api.GetSupplierResponseObject, error) {
	return nil, notImplemented("getSupplier")
}

// ListAssessmentQuestions answers 501 until built.
func (Unimplemented) ListAssessmentQuestions(context.Context, api.ListAssessmentQuestionsRequestObject) (api.ListAssessmentQuestionsResponseObject, error) {
	return nil, notImplemented("listAssessmentQuestions")
}

// ListCategories answers 501 until built.
func (Unimplemented) ListCategories(context.Context, api.ListCategoriesRequestObject) (api.ListCategoriesResponseObject, error) {
	return nil, notImplemented("listCategories")
}

// ListEthnicities answers 501 until built.
func (Unimplemented) ListEthnicities(context.Context, api.ListEthnicitiesRequestObject) (api.ListEthnicitiesResponseObject, error) {
	return nil, notImplemented("listEthnicities")
}

// ListGenders answers 501 until built.
func (Unimplemented) ListGenders(context.Context, api.ListGendersRequestObject) (api.ListGendersResponseObject, error) {
	return nil, notImplemented("listGenders")
}

// ListJourneys answers 501 until built.
func (Unimplemented) ListJourneys(context.Context, api.ListJourneysRequestObject) (api.ListJourneysResponseObject, error) {
	return nil, notImplemented("listJourneys")
}

// ListMoves answers 501 until built.
func (Unimplemented) ListMoves(context.Context, api.ListMovesRequestObject) (api.ListMovesResponseObject, error) {
	return nil, notImplemented("listMoves")
}

// ListPrisonTransferReasons answers 501 until built.
func (Unimplemented) ListPrisonTransferReasons(context.Context, api.ListPrisonTransferReasonsRequestObject) (api.ListPrisonTransferReasonsResponseObject, error) {
	return nil, notImplemented("listPrisonTransferReasons")
}

// ListSupplierLocations answers 501 until built.
func (Unimplemented) ListSupplierLocations(context.Context, api.ListSupplierLocationsRequestObject) (api.ListSupplierLocationsResponseObject, error) {
	return nil, notImplemented("listSupplierLocations")
}

// ListSuppliers answers 501 until built.
func (Unimplemented) ListSuppliers(context.Context, api.ListSuppliersRequestObject) (api.ListSuppliersResponseObject, error) {
	return nil, notImplemented("listSuppliers")
}

// LockoutJourney answers 501 until built.
func (Unimplemented) LockoutJourney(context.Context, api.LockoutJourneyRequestObject) (api.LockoutJourneyResponseObject, error) {
	return nil, notImplemented("lockoutJourney")
}

// LockoutMove answers 501 until built.
func (Unimplemented) LockoutMove(context.Context, api.LockoutMoveRequestObject) (api.LockoutMoveResponseObject, error) {
	return nil, notImplemented("lockoutMove")
}

// LodgeJourney answers 501 until built.
func (Unimplemented) LodgeJourney(context.Context, api.LodgeJourneyRequestObject) (api.LodgeJourneyResponseObject, error) {
	return nil, notImplemented("lodgeJourney")
}

// RedirectMove answers 501 until built.
func (Unimplemented) RedirectMove(context.Context, api.RedirectMoveRequestObject) (api.RedirectMoveResponseObject, error) {
	return nil, notImplemented("redirectMove")
}

// RejectJourney answers 501 until built.
func (Unimplemented) RejectJourney(context.Context, api.RejectJourneyRequestObject) (api.RejectJourneyResponseObject, error) {
	return nil, notImplemented("rejectJourney")
}

// RejectMove answers 501 until built.
func (Unimplemented) RejectMove(context.Context, api.RejectMoveRequestObject) (api.RejectMoveResponseObject, error) {
	return nil, notImplemented("rejectMove")
}

// StartJourney answers 501 until built.
func (Unimplemented) StartJourney(context.Context, api.StartJourneyRequestObject) (api.StartJourneyResponseObject, error) {
	return nil, notImplemented("startJourney")
}

// StartMove answers 501 until built.
func (Unimplemented) StartMove(context.Context, api.StartMoveRequestObject) (api.StartMoveResponseObject, error) {
	return nil, notImplemented("startMove")
}

// UncancelJourney answers 501 until built.
func (Unimplemented) UncancelJourney(context.Context, api.UncancelJourneyRequestObject) (api.UncancelJourneyResponseObject, error) {
	return nil, notImplemented("uncancelJourney")
}

// UncompleteJourney answers 501 until built.
func (Unimplemented) UncompleteJourney(context.Context, api.UncompleteJourneyRequestObject) (api.UncompleteJourneyResponseObject, error) {
	return nil, notImplemented("uncompleteJourney")
}

// UpdateJourney answers 501 until built.
func (Unimplemented) UpdateJourney(context.Context, api.UpdateJourneyRequestObject) (api.UpdateJourneyResponseObject, error) {
	return nil, notImplemented("updateJourney")
}

// UpdateMove answers 501 until built.
func (Unimplemented) UpdateMove(context.Context, api.UpdateMoveRequestObject) (api.UpdateMoveResponseObject, error) {
	return nil, notImplemented("updateMove")
}

// UpdatePerson answers 501 until built.
func (Unimplemented) UpdatePerson(context.Context, api.UpdatePersonRequestObject) (api.UpdatePersonResponseObject, error) {
	return nil, notImplemented("updatePerson")
}

// UpdatePersonEscortRecord answers 501 until built.
func (Unimplemented) UpdatePersonEscortRecord(context.Context, api.UpdatePersonEscortRecordRequestObject) (api.UpdatePersonEscortRecordResponseObject, error) {
	return nil, notImplemented("updatePersonEscortRecord")
}

// UpdateProfile answers 501 until built.
func (Unimplemented) UpdateProfile(context.Context, api.UpdateProfileRequestObject) (api.UpdateProfileResponseObject, error) {
	return nil, notImplemented("updateProfile")
}
