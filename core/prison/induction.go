package prison

import "time"

// InductionSchedule is when a prisoner's education and work induction (the
// start of their personal learning plan) is due, and how it went.
type InductionSchedule struct {
	NomisNumber     string
	DeadlineDate    *time.Time
	Status          string // SCHEDULED, COMPLETED or EXEMPT_...
	CalculationRule string // e.g. NEW_PRISON_ADMISSION
	ExemptionReason string

	PerformedBy       string
	PerformedByRole   string
	PerformedAt       *time.Time // the day it was carried out
	PerformedAtPrison string

	CreatedBy, CreatedAtPrison string
	CreatedAt                  time.Time
	UpdatedBy, UpdatedAtPrison string
	UpdatedAt                  time.Time
	Version                    *int
}
