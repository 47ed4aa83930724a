package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// GetProtectedCharacteristics answers GET /v1/persons/{hmppsId}/protected-characteristics.
type GetProtectedCharacteristics struct {
	probation   ports.ProbationProfiles
	prisoners   ports.PrisonerProfiles
	adjustments ports.ReasonableAdjustments
}

// NewGetProtectedCharacteristics builds the use case.
func NewGetProtectedCharacteristics(probation ports.ProbationProfiles, prisoners ports.PrisonerProfiles, adjustments ports.ReasonableAdjustments) *GetProtectedCharacteristics {
	return &GetProtectedCharacteristics{probation: probation, prisoners: prisoners, adjustments: adjustments}
}

// Handle combines probation's profile with prison's marital status and
// reasonable adjustments.
//
// It resolves the id itself rather than through the Resolver: probation search
// finds a case by any id shape (NOMIS number, CRN or PNC), and the person must
// be known to probation, since probation holds most of the characteristics; a
// prisoner probation does not know is NotFound. With a
// prison filter, the prisoner must be held in one of the consumer's prisons;
// a person with no prison record has no prison to allow, so is NotFound too.
func (h *GetProtectedCharacteristics) Handle(ctx context.Context, filters access.Filters, hmppsID string) (person.ProtectedCharacteristics, error) {
	id, err := person.ParseID(hmppsID)
	if err != nil {
		return person.ProtectedCharacteristics{}, err
	}
	profile, err := h.probation.ProbationProfile(ctx, id)
	if err != nil {
		return person.ProtectedCharacteristics{}, notFoundAs(err, hmppsID)
	}
	out := person.ProtectedCharacteristics{
		Age: profile.Age, Gender: profile.Gender, SexualOrientation: profile.SexualOrientation,
		Ethnicity: profile.Ethnicity, Nationality: profile.Nationality, Religion: profile.Religion,
		Disabilities: profile.Disabilities, ReasonableAdjustments: []person.ReasonableAdjustment{},
	}
	if out.Disabilities == nil {
		out.Disabilities = []person.Disability{}
	}

	var prisoner *person.PrisonerProfile
	if profile.NomsNumber != "" {
		found, err := h.prisoners.PrisonerProfile(ctx, profile.NomsNumber)
		switch {
		case err == nil:
			prisoner = &found
		case !apperr.Is(err, apperr.NotFound):
			return person.ProtectedCharacteristics{}, err
		}
	}
	if filters.HasPrisonFilter() && (prisoner == nil || !filters.AllowsPrison(prisoner.PrisonID)) {
		return person.ProtectedCharacteristics{}, person.NotFound(hmppsID)
	}
	if prisoner == nil {
		return out, nil
	}
	out.MaritalStatus = prisoner.MaritalStatus
	if prisoner.BookingID != nil {
		// A booking NOMIS no longer has simply has no adjustments to report.
		adjustments, err := h.adjustments.ReasonableAdjustments(ctx, *prisoner.BookingID)
		switch {
		case err == nil:
			out.ReasonableAdjustments = adjustments
		case !apperr.Is(err, apperr.NotFound):
			return person.ProtectedCharacteristics{}, err
		}
	}
	return out, nil
}
