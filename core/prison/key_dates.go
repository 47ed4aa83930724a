package prison

import "time"

// KeyDate is one of NOMIS's sentence key dates: the date in force, a
// manual override and, for some, the date NOMIS calculated.
type KeyDate struct {
	Date, Override, Calculated *time.Time
}

// IsZero reports whether NOMIS holds none of the three.
func (k KeyDate) IsZero() bool { return k.Date == nil && k.Override == nil && k.Calculated == nil }

// HomeDetentionCurfew are the dates of release on home detention curfew (tag).
type HomeDetentionCurfew struct {
	Actual, Eligibility, EligibilityCalculated, EligibilityOverride, End *time.Time
}

// SentenceDates bound the sentence itself.
type SentenceDates struct {
	Start, Expiry, ExpiryCalculated, ExpiryOverride, EffectiveEnd *time.Time
}

// TopupSupervision is the supervision period after a short sentence's licence.
type TopupSupervision struct {
	Start, Expiry, ExpiryCalculated, ExpiryOverride *time.Time
}

// KeyDates are the release and sentence dates NOMIS calculated for the
// prisoner's latest booking, grouped as the API shows them.
type KeyDates struct {
	AutomaticRelease, ConditionalRelease, DtoPostRecallRelease KeyDate
	NonParole, PostRecallRelease                               KeyDate
	EarlyTerm, MidTerm, LateTerm                               KeyDate
	LicenceExpiry, ParoleEligibility                           KeyDate
	HomeDetentionCurfew                                        HomeDetentionCurfew
	NonDtoDate                                                 *time.Time
	NonDtoReleaseDateType                                      string // e.g. CRD
	ReleaseDate, ConfirmedReleaseDate                          *time.Time
	Sentence                                                   SentenceDates
	TopupSupervision                                           TopupSupervision
	ActualParole, EarlyRemovalSchemeEligibility                *time.Time
	ReleaseOnTemporaryLicence, Tariff                          *time.Time
	TariffEarlyRemovalSchemeEligibility                        *time.Time
}

// SentenceAdjustments are the days added to or taken off the sentence.
type SentenceAdjustments struct {
	AdditionalDaysAwarded, RestoredAdditionalDaysAwarded *int
	LawfullyAtLarge, UnlawfullyAtLarge                   *int
	Remand, UnusedRemand, RecallSentenceRemand           *int
	TaggedBail, RecallSentenceTaggedBail                 *int
	SpecialRemission                                     *int
}

// IsZero reports whether no adjustment is recorded.
func (a SentenceAdjustments) IsZero() bool { return a == SentenceAdjustments{} }

// LatestKeyDatesAndAdjustments combines the two for the latest booking;
// either may be missing when NOMIS holds none or could not be read.
type LatestKeyDatesAndAdjustments struct {
	KeyDates    *KeyDates
	Adjustments *SentenceAdjustments
}
