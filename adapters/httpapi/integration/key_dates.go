package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetLatestKeyDatesAndAdjustments implements GET /v1/persons/{encodedHmppsId}/sentences/latest-key-dates-and-adjustments.
func (s *Server) GetLatestKeyDatesAndAdjustments(ctx context.Context, req api.GetLatestKeyDatesAndAdjustmentsRequestObject) (api.GetLatestKeyDatesAndAdjustmentsResponseObject, error) {
	latest, err := s.uc.PrisonRecords.KeyDates.Handle(ctx, filtersFrom(ctx), req.EncodedHmppsId)
	if err != nil {
		return nil, err
	}
	out := api.LatestSentenceKeyDatesAndAdjustments{}
	if a := latest.Adjustments; a != nil {
		out.Adjustments = &api.SentenceAdjustment{
			AdditionalDaysAwarded: days(a.AdditionalDaysAwarded), RestoredAdditionalDaysAwarded: days(a.RestoredAdditionalDaysAwarded),
			LawfullyAtLarge: days(a.LawfullyAtLarge), UnlawfullyAtLarge: days(a.UnlawfullyAtLarge),
			Remand: days(a.Remand), UnusedRemand: days(a.UnusedRemand), RecallSentenceRemand: days(a.RecallSentenceRemand),
			TaggedBail: days(a.TaggedBail), RecallSentenceTaggedBail: days(a.RecallSentenceTaggedBail), SpecialRemission: days(a.SpecialRemission),
		}
	}
	if d := latest.KeyDates; d != nil {
		out.AutomaticRelease = keyDate(d.AutomaticRelease)
		out.ConditionalRelease = keyDate(d.ConditionalRelease)
		out.DtoPostRecallRelease = keyDate(d.DtoPostRecallRelease)
		out.NonParole = keyDate(d.NonParole)
		out.PostRecallRelease = keyDate(d.PostRecallRelease)
		out.EarlyTerm = calculatedKeyDate(d.EarlyTerm)
		out.MidTerm = calculatedKeyDate(d.MidTerm)
		out.LateTerm = calculatedKeyDate(d.LateTerm)
		out.LicenceExpiry = calculatedKeyDate(d.LicenceExpiry)
		out.ParoleEligibility = calculatedKeyDate(d.ParoleEligibility)
		h := d.HomeDetentionCurfew
		out.HomeDetentionCurfew = &api.HomeDetentionCurfewDate{
			ActualDate: optDate(h.Actual), EligibilityDate: optDate(h.Eligibility), EligibilityCalculatedDate: optDate(h.EligibilityCalculated),
			EligibilityOverrideDate: optDate(h.EligibilityOverride), EndDate: optDate(h.End),
		}
		out.NonDto = &api.NonDtoDate{Date: optDate(d.NonDtoDate), ReleaseDateType: optString(d.NonDtoReleaseDateType)}
		out.Release = &api.ReleaseDate{Date: optDate(d.ReleaseDate), ConfirmedDate: optDate(d.ConfirmedReleaseDate)}
		out.Sentence = &api.SentenceDate{
			StartDate: optDate(d.Sentence.Start), ExpiryDate: optDate(d.Sentence.Expiry), ExpiryCalculatedDate: optDate(d.Sentence.ExpiryCalculated),
			ExpiryOverrideDate: optDate(d.Sentence.ExpiryOverride), EffectiveEndDate: optDate(d.Sentence.EffectiveEnd),
		}
		out.TopupSupervision = &api.TopupSupervision{
			StartDate: optDate(d.TopupSupervision.Start), ExpiryDate: optDate(d.TopupSupervision.Expiry),
			ExpiryCalculatedDate: optDate(d.TopupSupervision.ExpiryCalculated), ExpiryOverrideDate: optDate(d.TopupSupervision.ExpiryOverride),
		}
		out.ActualParoleDate = optDate(d.ActualParole)
		out.EarlyRemovalSchemeEligibilityDate = optDate(d.EarlyRemovalSchemeEligibility)
		out.ReleaseOnTemporaryLicenceDate = optDate(d.ReleaseOnTemporaryLicence)
		out.TariffDate = optDate(d.Tariff)
		out.TariffEarlyRemovalSchemeEligibilityDate = optDate(d.TariffEarlyRemovalSchemeEligibility)
	}
	return api.GetLatestKeyDatesAndAdjustments200JSONResponse{Data: out}, nil
}

func keyDate(k prison.KeyDate) *api.SentenceKeyDate {
	return &api.SentenceKeyDate{Date: optDate(k.Date), OverrideDate: optDate(k.Override)}
}

func calculatedKeyDate(k prison.KeyDate) *api.SentenceKeyDateWithCalculatedDate {
	return &api.SentenceKeyDateWithCalculatedDate{Date: optDate(k.Date), OverrideDate: optDate(k.Override), CalculatedDate: optDate(k.Calculated)}
}

// days renders an adjustment as the spec's number of days.
func days(v *int) *float32 {
	if v == nil {
		return nil
	}
	f := float32(*v)
	return &f
}
