package risks

import "time"

// Needs are the criminogenic needs of the latest OASys assessment, by outcome.
type Needs struct {
	AssessedOn         *time.Time
	IdentifiedNeeds    []Need
	NotIdentifiedNeeds []Need
	UnansweredNeeds    []Need
}

// Need is one OASys section's assessment (e.g. DRUG_MISUSE). Unanswered
// sections leave the flags and severity unknown.
type Need struct {
	Section           string
	RiskOfHarm        *bool
	RiskOfReoffending *bool
	Severity          string
}
