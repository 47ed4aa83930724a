package risks

import "time"

// ManagementPlan is the risk management plan section of one OASys assessment.
type ManagementPlan struct {
	AssessmentID                          string
	AssessmentStatus                      string
	AssessmentType                        string
	DateCompleted                         *time.Time
	InitiationDate                        *time.Time
	KeyInformationCurrentSituation        string
	FurtherConsiderationsCurrentSituation string
	Supervision                           string
	MonitoringAndControl                  string
	InterventionsAndTreatment             string
	VictimSafetyPlanning                  string
	ContingencyPlans                      string
	LatestSignLockDate                    *time.Time
	LatestCompleteDate                    *time.Time
}
