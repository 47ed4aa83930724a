package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/offending"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

// PrisonerCategories is the offender-detail part of the NOMIS Prison API.
type PrisonerCategories interface {
	// RiskCategory returns the prisoner's category and assessments, or an apperr.NotFound error.
	RiskCategory(ctx context.Context, nomsNumber string) (prison.RiskCategory, error)
}

// PrisonerImages is the images part of the NOMIS Prison API.
type PrisonerImages interface {
	// Images lists the prisoner's images (unsorted), or an apperr.NotFound error.
	Images(ctx context.Context, nomsNumber string) ([]prison.Image, error)
	// ImageData returns the JPEG bytes of an image, or an apperr.NotFound error.
	ImageData(ctx context.Context, id int64) ([]byte, error)
}

// LearningAndWorkProgress is the personal learning plan (PLP) API.
type LearningAndWorkProgress interface {
	// InductionSchedule returns the prisoner's current induction schedule, or an apperr.NotFound error.
	InductionSchedule(ctx context.Context, nomsNumber string) (prison.InductionSchedule, error)
	// InductionScheduleHistory returns every version of the schedule; none is not an error.
	InductionScheduleHistory(ctx context.Context, nomsNumber string) ([]prison.InductionSchedule, error)
	// ReviewSchedules returns every version of the prisoner's review schedules, or an apperr.NotFound error.
	ReviewSchedules(ctx context.Context, nomsNumber string) ([]prison.ReviewSchedule, error)
	// CompletedReviews returns the reviews that took place, or an apperr.NotFound error.
	CompletedReviews(ctx context.Context, nomsNumber string) ([]prison.CompletedReview, error)
}

// Adjudications is the manage-adjudications API.
type Adjudications interface {
	// ReportedAdjudications lists the prisoner's reported adjudications (unsorted); none is not an error.
	ReportedAdjudications(ctx context.Context, nomsNumber string) ([]prison.Adjudication, error)
}

// SentenceCalculations is the sentence-calculation part of the NOMIS Prison API.
type SentenceCalculations interface {
	// KeyDates returns the latest booking's key dates; nil when NOMIS holds none.
	KeyDates(ctx context.Context, nomsNumber string) (*prison.KeyDates, error)
	// Adjustments returns the latest booking's sentence adjustments; nil when NOMIS holds none.
	Adjustments(ctx context.Context, nomsNumber string) (*prison.SentenceAdjustments, error)
}

// PrisonCaseNotes is the Case Notes API as the integration API reads it.
type PrisonCaseNotes interface {
	// CaseNotes returns the first page of the prisoner's case notes matching q
	// (the upstream's own page size), or apperr.NotFound / apperr.Forbidden.
	CaseNotes(ctx context.Context, nomsNumber string, q prison.CaseNoteQuery) ([]prison.CaseNote, error)
}

// PrisonSentences is the offender-sentences part of the NOMIS Prison API.
type PrisonSentences interface {
	// BookingIDs lists the prisoner's NOMIS bookings, or an apperr.NotFound error.
	BookingIDs(ctx context.Context, nomsNumber string) ([]int64, error)
	// BookingSentences returns the sentences on one booking (unsorted), or an apperr.NotFound error.
	BookingSentences(ctx context.Context, bookingID int64) ([]offending.Sentence, error)
}
