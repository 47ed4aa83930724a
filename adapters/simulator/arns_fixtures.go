package simulator

import "time"

// OASys assessments of the default world's probation cases.

// arthurMorganOASys: high risk to known adults and children in the community
// after the robbery; two scored assessments.
func arthurMorganOASys() *OASys {
	return &OASys{
		AssessedOn: at(2025, time.October, 2, 14, 20),
		RiskToSelf: map[string]RiskAnswer{
			"suicide":       {Risk: "NO"},
			"selfHarm":      {Risk: "YES", Previous: "YES", PreviousConcernsText: "ACCT opened on reception in 2023.", Current: "NO"},
			"custody":       {Risk: "YES", Current: "YES", CurrentConcernsText: "Struggles with long periods of lock-up."},
			"hostelSetting": {Risk: "DK"},
			"vulnerability": {Risk: "NO"},
		},
		OtherRisks: map[string]string{
			"escapeOrAbscond": "NO", "controlIssuesDisruptiveBehaviour": "YES", "breachOfTrust": "NO", "riskToOtherPrisoners": "DK",
		},
		Summary: RoshSummary{
			WhoIsAtRisk:           "Elderly people living alone; his nephew.",
			NatureOfRisk:          "Violence used to steal, including pushing the victim to the ground.",
			RiskImminence:         "Not imminent while in custody; increases on release without stable housing.",
			RiskIncreaseFactors:   "Debt, alcohol misuse, loss of accommodation.",
			RiskMitigationFactors: "Stable housing and employment; engagement with alcohol services.",
			OverallRiskLevel:      "HIGH",
			InCommunity:           map[string][]string{"HIGH": {"Children", "Known Adult"}, "MEDIUM": {"Public"}, "LOW": {"Staff"}},
			InCustody:             map[string][]string{"LOW": {"Staff", "Prisoners"}},
		},
		Scores: []PredictorScores{
			{Completed: at(2024, time.March, 11, 9, 30), Status: "COMPLETE", OGP: "MEDIUM", OVP: "MEDIUM", OGRS: "MEDIUM", RSR: "MEDIUM",
				OSPIndecent: "NOT_APPLICABLE", OSPContact: "NOT_APPLICABLE", RSRPercentage: 3.1},
			{Completed: at(2025, time.October, 2, 14, 20), Status: "COMPLETE", OGP: "HIGH", OVP: "MEDIUM", OGRS: "HIGH", RSR: "HIGH",
				OSPIndecent: "LOW", OSPContact: "LOW", RSRPercentage: 5.4},
		},
		Plans: []RiskManagementPlan{{
			AssessmentID: 9100001, Status: "COMPLETE", Type: "LAYER3",
			Initiated: at(2025, time.September, 22, 10, 0), Completed: at(2025, time.October, 2, 14, 20),
			SignLocked: at(2025, time.October, 1, 16, 45), Countersigned: at(2025, time.October, 2, 14, 20),
			KeyInformation:            "Serving 7 years for robbery; release expected September 2028.",
			FurtherConsiderations:     "Will need approved premises on release.",
			Supervision:               "Weekly appointments with the probation practitioner for the first three months.",
			MonitoringAndControl:      "Curfew and an exclusion zone around the victim's home.",
			InterventionsAndTreatment: "Thinking skills programme; alcohol treatment requirement.",
			VictimSafetyPlanning:      "No contact with the victim or her family.",
			ContingencyPlans:          "Breach of the exclusion zone triggers a recall review.",
		}},
		NeedsOn: at(2025, time.October, 2, 14, 20),
		Needs: []AssessedNeed{
			{Section: "ALCOHOL_MISUSE", Name: "Alcohol misuse", Outcome: "IDENTIFIED", RiskOfHarm: true, RiskOfReoffending: true, Severity: "SEVERE"},
			{Section: "ACCOMMODATION", Name: "Accommodation", Outcome: "IDENTIFIED", RiskOfReoffending: true, Severity: "STANDARD"},
			{Section: "EDUCATION_TRAINING_AND_EMPLOYABILITY", Name: "Education, training and employability", Outcome: "NOT_IDENTIFIED", Severity: "NO_NEED"},
			{Section: "FINANCIAL_MANAGEMENT_AND_INCOME", Name: "Financial management and income", Outcome: "UNANSWERED"},
		},
	}
}

// sarahJenkinsOASys: low risk; drug misuse is her need.
func sarahJenkinsOASys() *OASys {
	return &OASys{
		AssessedOn: at(2025, time.May, 19, 11, 0),
		RiskToSelf: map[string]RiskAnswer{"suicide": {Risk: "NO"}, "selfHarm": {Risk: "NO"}, "custody": {Risk: "NA"}, "hostelSetting": {Risk: "NA"}, "vulnerability": {Risk: "YES"}},
		OtherRisks: map[string]string{"escapeOrAbscond": "NA", "controlIssuesDisruptiveBehaviour": "NA", "breachOfTrust": "NO", "riskToOtherPrisoners": "NA"},
		Summary:    RoshSummary{OverallRiskLevel: "LOW", InCommunity: map[string][]string{"LOW": {"Public", "Known Adult"}}},
		Scores:     []PredictorScores{{Completed: at(2025, time.May, 19, 11, 0), Status: "COMPLETE", OGP: "LOW", OVP: "LOW", OGRS: "LOW", RSR: "LOW", RSRPercentage: 0.4}},
		NeedsOn:    at(2025, time.May, 19, 11, 0),
		Needs:      []AssessedNeed{{Section: "DRUG_MISUSE", Name: "Drug misuse", Outcome: "IDENTIFIED", RiskOfReoffending: true, Severity: "STANDARD"}},
	}
}

// eleanorPriceOASys exists, but ARNS refuses it: she is a limited access case.
func eleanorPriceOASys() *OASys {
	return &OASys{AssessedOn: at(2025, time.January, 6, 9, 0), Summary: RoshSummary{OverallRiskLevel: "VERY_HIGH"}}
}
