package probation

import "time"

// CaseDetail is the background on a case and one of its events that the
// Effective Proposal Framework pre-fills, so users need not re-key it.
type CaseDetail struct {
	NomsID                  string
	Forename                string
	MiddleName              string
	Surname                 string
	DateOfBirth             *time.Time
	Gender                  string
	CourtAppearanceDate     *time.Time
	CourtName               string
	ExpectedReleaseDate     *time.Time
	ResponsibleProviderCode string
	ResponsibleProviderName string
	OGRSScore               *int64
	RSRScore                *float64
	Age                     *int64
	AgeAtRelease            *int64
}
