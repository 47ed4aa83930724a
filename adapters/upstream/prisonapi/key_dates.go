package prisonapi

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/prisonapi"
)

// KeyDates implements ports.SentenceCalculations with the sentence detail of
// the latest booking; a booking with no calculation is nil.
func (c *Client) KeyDates(ctx context.Context, nomsNumber string) (*prison.KeyDates, error) {
	resp, err := c.api.GetOffenderSentenceDetailWithResponse(ctx, nomsNumber)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	d := resp.JSON200.SentenceDetail
	if d == nil {
		return nil, nil
	}
	out := &prison.KeyDates{
		AutomaticRelease:     prison.KeyDate{Date: date(d.AutomaticReleaseDate), Override: date(d.AutomaticReleaseOverrideDate)},
		ConditionalRelease:   prison.KeyDate{Date: date(d.ConditionalReleaseDate), Override: date(d.ConditionalReleaseOverrideDate)},
		DtoPostRecallRelease: prison.KeyDate{Date: date(d.DtoPostRecallReleaseDate), Override: date(d.DtoPostRecallReleaseDateOverride)},
		NonParole:            prison.KeyDate{Date: date(d.NonParoleDate), Override: date(d.NonParoleOverrideDate)},
		PostRecallRelease:    prison.KeyDate{Date: date(d.PostRecallReleaseDate), Override: date(d.PostRecallReleaseOverrideDate)},
		EarlyTerm:            prison.KeyDate{Date: date(d.EarlyTermDate), Override: date(d.EtdOverrideDate), Calculated: date(d.EtdCalculatedDate)},
		MidTerm:              prison.KeyDate{Date: date(d.MidTermDate), Override: date(d.MtdOverrideDate), Calculated: date(d.MtdCalculatedDate)},
		LateTerm:             prison.KeyDate{Date: date(d.LateTermDate), Override: date(d.LtdOverrideDate), Calculated: date(d.LtdCalculatedDate)},
		LicenceExpiry:        prison.KeyDate{Date: date(d.LicenceExpiryDate), Override: date(d.LicenceExpiryOverrideDate), Calculated: date(d.LicenceExpiryCalculatedDate)},
		ParoleEligibility:    prison.KeyDate{Date: date(d.ParoleEligibilityDate), Override: date(d.ParoleEligibilityOverrideDate), Calculated: date(d.ParoleEligibilityCalculatedDate)},
		HomeDetentionCurfew: prison.HomeDetentionCurfew{
			Actual: date(d.HomeDetentionCurfewActualDate), Eligibility: date(d.HomeDetentionCurfewEligibilityDate),
			EligibilityCalculated: date(d.HomeDetentionCurfewEligibilityCalculatedDate),
			EligibilityOverride:   date(d.HomeDetentionCurfewEligibilityOverrideDate), End: date(d.HomeDetentionCurfewEndDate),
		},
		NonDtoDate:  date(d.NonDtoReleaseDate),
		ReleaseDate: date(d.ReleaseDate), ConfirmedReleaseDate: date(d.ConfirmedReleaseDate),
		Sentence: prison.SentenceDates{
			Start: date(d.SentenceStartDate), Expiry: date(d.SentenceExpiryDate), ExpiryCalculated: date(d.SentenceExpiryCalculatedDate),
			ExpiryOverride: date(d.SentenceExpiryOverrideDate), EffectiveEnd: date(d.EffectiveSentenceEndDate),
		},
		TopupSupervision: prison.TopupSupervision{
			Start: date(d.TopupSupervisionStartDate), Expiry: date(d.TopupSupervisionExpiryDate),
			ExpiryCalculated: date(d.TopupSupervisionExpiryCalculatedDate), ExpiryOverride: date(d.TopupSupervisionExpiryOverrideDate),
		},
		ActualParole: date(d.ActualParoleDate), EarlyRemovalSchemeEligibility: date(d.EarlyRemovalSchemeEligibilityDate),
		ReleaseOnTemporaryLicence: date(d.ReleaseOnTemporaryLicenceDate), Tariff: date(d.TariffDate),
		TariffEarlyRemovalSchemeEligibility: date(d.TariffEarlyRemovalSchemeEligibilityDate),
	}
	if d.NonDtoReleaseDateType != nil {
		out.NonDtoReleaseDateType = string(*d.NonDtoReleaseDateType)
	}
	return out, nil
}

// Adjustments implements ports.SentenceCalculations with the latest prison
// term of the sentence summary; no term, or no adjustments on it, is nil.
func (c *Client) Adjustments(ctx context.Context, nomsNumber string) (*prison.SentenceAdjustments, error) {
	resp, err := c.api.GetLatestSentenceSummaryWithResponse(ctx, nomsNumber)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	term := resp.JSON200.LatestPrisonTerm
	if term == nil || term.SentenceAdjustments == nil {
		return nil, nil
	}
	return toAdjustments(*term.SentenceAdjustments), nil
}

func toAdjustments(a api.SentenceAdjustmentDetail) *prison.SentenceAdjustments {
	days := func(v *int32) *int {
		if v == nil {
			return nil
		}
		d := int(*v)
		return &d
	}
	return &prison.SentenceAdjustments{
		AdditionalDaysAwarded: days(a.AdditionalDaysAwarded), RestoredAdditionalDaysAwarded: days(a.RestoredAdditionalDaysAwarded),
		LawfullyAtLarge: days(a.LawfullyAtLarge), UnlawfullyAtLarge: days(a.UnlawfullyAtLarge),
		Remand: days(a.Remand), UnusedRemand: days(a.UnusedRemand), RecallSentenceRemand: days(a.RecallSentenceRemand),
		TaggedBail: days(a.TaggedBail), RecallSentenceTaggedBail: days(a.RecallSentenceTaggedBail),
		SpecialRemission: days(a.SpecialRemission),
	}
}
