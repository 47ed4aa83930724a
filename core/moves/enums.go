// Package moves holds the Book a Secure Move move: its attributes and rules,
// its status derived from the events recorded against it, and the one table of
// status transitions.
package moves

import (
	"slices"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// Status is where a move is in its lifecycle. It is never set directly: it is
// derived by replaying the move's events (see Replay).
type Status string

// The statuses of a move.
const (
	Proposed  Status = "proposed"
	Requested Status = "requested"
	Booked    Status = "booked"
	InTransit Status = "in_transit"
	Completed Status = "completed"
	Cancelled Status = "cancelled"
)

var statuses = []Status{Proposed, Requested, Booked, InTransit, Completed, Cancelled}

// ParseStatus accepts only a known status.
func ParseStatus(s string) (Status, error) {
	if slices.Contains(statuses, Status(s)) {
		return Status(s), nil
	}
	return "", inclusion("status")
}

// Type is the kind of move; it decides which locations it may join.
type Type string

// The move types.
const (
	CourtAppearance  Type = "court_appearance"
	CourtOther       Type = "court_other"
	HospitalMove     Type = "hospital"
	PoliceTransfer   Type = "police_transfer"
	PrisonRecall     Type = "prison_recall"
	PrisonRemand     Type = "prison_remand"
	PrisonTransfer   Type = "prison_transfer"
	VideoRemand      Type = "video_remand"
	ApprovedPremises Type = "approved_premises"
	Extradition      Type = "extradition"
)

var types = []Type{CourtAppearance, CourtOther, HospitalMove, PoliceTransfer, PrisonRecall, PrisonRemand, PrisonTransfer, VideoRemand, ApprovedPremises, Extradition}

// ParseType accepts only a known move type.
func ParseType(s string) (Type, error) {
	if slices.Contains(types, Type(s)) {
		return Type(s), nil
	}
	return "", inclusion("move_type")
}

// CancellationReason says why a move was cancelled.
type CancellationReason string

// Rejected is the cancellation reason a rejection sets.
const Rejected CancellationReason = "rejected"

var cancellationReasons = []CancellationReason{
	"made_in_error", "supplier_declined_to_move", Rejected, "database_correction", "incomplete_per",
	"lack_of_space_at_receiving_establishment", "sending_establishment_failed_to_fill_allocation", "other",
	"cancelled_by_pmu", "allocation_cancelled", "case_not_court_ready", "combined_with_another_request",
	"court_closure", "court_no_capacity", "court_not_dda_compliant", "incorrect_collection_location",
	"incorrect_final_location", "list_received_after_5_pm", "operational_issues_prison",
	"police_transported_prisoner", "prison_transported_prisoner", "prisoner_no_longer_required",
	"prisoner_refusal", "prisoner_to_be_released_on_bail", "prisoner_unfit_to_travel", "ptr_unachievable",
	"receiver_unable_to_accept_prisoner", "sender_unable_to_fulfil_draft", "sender_cancelled_request",
	"supplier_no_resource", "tornado_event", "unsuitable_vehicle", "video_link_to_be_used",
}

// ParseCancellationReason accepts only a known reason.
func ParseCancellationReason(s string) (CancellationReason, error) {
	if slices.Contains(cancellationReasons, CancellationReason(s)) {
		return CancellationReason(s), nil
	}
	return "", inclusion("cancellation_reason")
}

// RejectionReason says why a proposed or requested move was refused.
type RejectionReason string

var rejectionReasons = []RejectionReason{"no_space_at_receiving_prison", "no_transport_available", "more_info_required"}

// ParseRejectionReason accepts only a known reason.
func ParseRejectionReason(s string) (RejectionReason, error) {
	if slices.Contains(rejectionReasons, RejectionReason(s)) {
		return RejectionReason(s), nil
	}
	return "", inclusion("rejection_reason")
}

func inclusion(field string) *apperr.Error {
	return apperr.Validation(apperr.FieldError{Field: field, Code: "inclusion", Message: "is not included in the list"})
}
