package simulator

import "time"

// Licences of the default world's cases, in CVL wording.

var (
	beOfGoodBehaviour = LicenceCondition{Code: "9ce9d594-e346-4785-9642-c87e764bee37",
		Text: "Be of good behaviour and not behave in a way which undermines the purpose of the licence period."}
	notCommitOffence = LicenceCondition{Code: "3b19fdb0-4ca3-4615-9fdd-61fabc1587af", Text: "Not commit any offence."}
	keepInTouch      = LicenceCondition{Code: "b3cd4a30-11fd-4715-9ee7-05a4f7e0f0f9",
		Text: "Keep in touch with the supervisor in accordance with instructions given by the supervisor."}
)

// arthurMorganLicences: a licence being prepared ahead of his 2028 release.
func arthurMorganLicences() []CVLLicence {
	return []CVLLicence{{
		ID: 300101, Type: "AP_PSS", Status: "IN_PROGRESS",
		Created: at(2026, time.October, 5, 9, 15), CreatedBy: "JFLETCHER_GEN", Updated: at(2026, time.October, 20, 16, 0),
		APBespoke:  []string{"Not to approach or communicate with the victim, Mrs Hilda Evans, directly or indirectly."},
		APStandard: []LicenceCondition{beOfGoodBehaviour, notCommitOffence},
		APAdditional: []LicenceCondition{{ID: 70001, Code: "0a370862-5426-49c1-b6d4-3d074d78a81a", Category: "Freedom of movement",
			Text: "Not to enter the area of Hillside Road, Doncaster, as defined by the attached map, without the prior approval of your supervising officer."}},
		PSSAdditional: []LicenceCondition{{ID: 70002, Code: "62c83b80-2223-4562-a195-0670f4072088", Category: "Drug testing",
			Text: "Attend alcohol testing appointments as directed by your supervisor."}},
		PSSStandard: []LicenceCondition{keepInTouch},
	}}
}

// joeBloggsLicences: the licence he was released on in June 2025, and the
// variation approved later.
func joeBloggsLicences() []CVLLicence {
	return []CVLLicence{
		{
			ID: 300201, Type: "AP", Status: "VARIATION_APPROVED",
			Created: at(2025, time.August, 1, 11, 0), CreatedBy: "TASHWORTH_GEN",
			Approved: at(2025, time.August, 4, 14, 30), ApprovedBy: "SMANAGER_GEN",
			APStandard: []LicenceCondition{beOfGoodBehaviour, notCommitOffence},
			APAdditional: []LicenceCondition{{ID: 70101, Code: "fce34fb2-02f4-4eb0-9b8d-d091e11451fa", Category: "Residence at a specific place",
				Text: "You must reside overnight at Elm Bank Approved Premises, Leeds."}},
		},
		{
			ID: 300200, Type: "AP", Status: "ACTIVE",
			Created: at(2025, time.May, 20, 10, 0), CreatedBy: "TASHWORTH_GEN",
			Approved: at(2025, time.June, 2, 15, 45), ApprovedBy: "SMANAGER_GEN",
			APStandard: []LicenceCondition{beOfGoodBehaviour},
		},
	}
}
