package prisonapi

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

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
		AutomaticRelease:     prison.KeyDate{Date: optional.Date(d.AutomaticReleaseDate), Override: optional.Date(d.AutomaticReleaseOverrideDate)},
		ConditionalRelease:   prison.KeyDate{Date: optional.Date(d.ConditionalReleaseDate), Override: optional.Date(d.ConditionalReleaseOverrideDate)},
		DtoPostRecallRelease: prison.KeyDate{Date: optional.Date(d.DtoPostRecallReleaseDate), Override: optional.Date(d.DtoPostRecallReleaseDateOverride)},
		NonParole:            prison.KeyDate{Date: optional.Date(d.NonParoleDate), Override: optional.Date(d.NonParoleOverrideDate)},
		PostRecallRelease:    prison.KeyDate{Date: optional.Date(d.PostRecallReleaseDate), Override: optional.Date(d.PostRecallReleaseOverrideDate)},
		EarlyTerm:            prison.KeyDate{Date: optional.Date(d.EarlyTermDate), Override: optional.Date(d.EtdOverrideDate), Calculated: optional.Date(d.EtdCalculatedDate)},
		MidTerm:              prison.KeyDate{Date: optional.Date(d.MidTermDate), Override: optional.Date(d.MtdOverrideDate), Calculated: optional.Date(d.MtdCalculatedDate)},
		LateTerm:             prison.KeyDate{Date: optional.Date(d.LateTermDate), Override: optional.Date(d.LtdOverrideDate), Calculated: optional.Date(d.LtdCalculatedDate)},
		LicenceExpiry:        prison.KeyDate{Date: optional.Date(d.LicenceExpiryDate), Override: optional.Date(d.LicenceExpiryOverrideDate), Calculated: optional.Date(d.LicenceExpiryCalculatedDate)},
		ParoleEligibility:    prison.KeyDate{Date: optional.Date(d.ParoleEligibilityDate), Override: optional.Date(d.ParoleEligibilityOverrideDate), Calculated: optional.Date(d.ParoleEligibilityCalculatedDate)},
		HomeDetentionCurfew: prison.HomeDetentionCurfew{
			Actual: optional.Date(d.HomeDetentionCurfewActualDate), Eligibility: optional.Date(d.HomeDetentionCurfewEligibilityDate),
			EligibilityCalculated: optional.Date(d.HomeDetentionCurfewEligibilityCalculatedDate),
			EligibilityOverride:   optional.Date(d.HomeDetentionCurfewEligibilityOverrideDate), End: optional.Date(d.HomeDetentionCurfewEndDate),
		},
		NonDtoDate:  optional.Date(d.NonDtoReleaseDate),
		ReleaseDate: optional.Date(d.ReleaseDate), ConfirmedReleaseDate: optional.Date(d.ConfirmedReleaseDate),
		Sentence: prison.SentenceDates{
			Start: optional.Date(d.SentenceStartDate), Expiry: optional.Date(d.SentenceExpiryDate), ExpiryCalculated: optional.Date(d.SentenceExpiryCalculatedDate),
			ExpiryOverride: optional.Date(d.SentenceExpiryOverrideDate), EffectiveEnd: optional.Date(d.EffectiveSentenceEndDate),
		},
		TopupSupervision: prison.TopupSupervision{
			Start: optional.Date(d.TopupSupervisionStartDate), Expiry: optional.Date(d.TopupSupervisionExpiryDate),
			ExpiryCalculated: optional.Date(d.TopupSupervisionExpiryCalculatedDate), ExpiryOverride: optional.Date(d.TopupSupervisionExpiryOverrideDate),
		},
		ActualParole: optional.Date(d.ActualParoleDate), EarlyRemovalSchemeEligibility: optional.Date(d.EarlyRemovalSchemeEligibilityDate),
		ReleaseOnTemporaryLicence: optional.Date(d.ReleaseOnTemporaryLicenceDate), Tariff: optional.Date(d.TariffDate),
		TariffEarlyRemovalSchemeEligibility: optional.Date(d.TariffEarlyRemovalSchemeEligibilityDate),
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
