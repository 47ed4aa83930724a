package moves

import (
	"slices"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// Filter narrows a move listing (§3); empty fields do not filter. Dates are
// inclusive and apply to the move date.
type Filter struct {
	DateFrom, DateTo               *time.Time
	CreatedAtFrom, CreatedAtTo     *time.Time
	DateOfBirthFrom, DateOfBirthTo *time.Time
	LocationType                   string
	Statuses                       []Status
	FromLocationIDs                []string
	ToLocationIDs                  []string
	LocationIDs                    []string // from or to
	SupplierIDs                    []string
	MoveType                       Type
	CancellationReasons            []CancellationReason
	RejectionReasons               []RejectionReason
	HasAllocation                  *bool
	ReadyForTransit                *bool // true: the person escort record is completed or confirmed
	ProfileIDs                     []string
	PersonID                       string
	References                     []string
	// VisibleTo limits the list to what one supplier may see (§8): its own
	// moves and those starting or ending at a location it serves.
	VisibleTo string
}

// SortBy is what a move listing is ordered by.
type SortBy string

// The sort keys.
const (
	SortByName                 SortBy = "name"
	SortByFromLocation         SortBy = "from_location"
	SortByToLocation           SortBy = "to_location"
	SortByPrisonTransferReason SortBy = "prison_transfer_reason"
	SortByCreatedAt            SortBy = "created_at"
	SortByDateFrom             SortBy = "date_from"
	SortByDate                 SortBy = "date"
)

// Sort orders a move listing.
type Sort struct {
	By         SortBy
	Descending bool
}

var sortKeys = []SortBy{SortByName, SortByFromLocation, SortByToLocation, SortByPrisonTransferReason, SortByCreatedAt, SortByDateFrom, SortByDate}

// ParseSort reads sort[by] and sort[direction]: the default is date
// descending; by alone sorts ascending; a direction without by is an error.
func ParseSort(by, direction string) (Sort, error) {
	if by == "" {
		if direction != "" {
			return Sort{}, paramError("sort_by", "Sort by can't be blank")
		}
		return Sort{By: SortByDate, Descending: true}, nil
	}
	if !slices.Contains(sortKeys, SortBy(by)) {
		return Sort{}, paramError("sort_by", "Sort by is not included in the list")
	}
	switch direction {
	case "", "asc":
		return Sort{By: SortBy(by)}, nil
	case "desc":
		return Sort{By: SortBy(by), Descending: true}, nil
	}
	return Sort{}, paramError("sort_direction", "Sort direction is not included in the list")
}

// paramError is the original's params-validator error: one entry titled
// "Invalid <attr>" with a "Validation failed: ..." detail.
func paramError(attr, msg string) *apperr.Error {
	return &apperr.Error{Kind: apperr.Unprocessable, Title: "Invalid " + attr, Message: "Validation failed: " + msg}
}

// ParamError builds a params-validator style error for adapters parsing input.
func ParamError(attr, msg string) error { return paramError(attr, msg) }
