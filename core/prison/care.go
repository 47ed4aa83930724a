package prison

import "time"

// PersonalCareNeed is a health or disability need NOMIS records for a prisoner.
type PersonalCareNeed struct {
	ProblemType        string // domain: PHY, DISAB, MATSTAT, ...
	ProblemCode        string
	ProblemDescription string
	ProblemStatus      string
	Comment            string
	StartDate          *time.Time
	EndDate            *time.Time
}
