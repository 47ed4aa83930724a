package prison

import "time"

// RiskCategory is a prisoner's security category and the assessments behind
// it (categorisation, cell-sharing risk), as NOMIS holds them.
type RiskCategory struct {
	OffenderNo   string
	Category     string // e.g. Cat C
	CategoryCode string // e.g. C
	Assessments  []Assessment
}

// Assessment is one NOMIS assessment of the prisoner.
type Assessment struct {
	Classification     string // e.g. Cat C, Standard
	ClassificationCode string
	Code               string // e.g. CATEGORY, CSR
	Description        string
	Status             string // A active, P pending, I inactive
	AgencyID           string // the prison that assessed
	Comment            string
	Date               *time.Time
	NextReviewDate     *time.Time
}
