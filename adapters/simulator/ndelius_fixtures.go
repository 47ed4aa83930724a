package simulator

import (
	"net/http"
	"time"
)

// nDelius registrations and events of the default world's probation cases,
// consistent with their NOMIS records (the same offences, courts and dates).

const (
	doncasterMagistrates = "Doncaster Magistrates' Court"
	sheffieldCrown       = "Sheffield Crown Court"
	leedsCrown           = "Leeds Crown Court"
	leedsMagistrates     = "Leeds Magistrates' Court"
)

// Registrations used by several people, in nDelius wording.
var (
	sfoReview = func(start time.Time, notes string) Registration {
		return Registration{Code: "ASFO", Description: "Serious Further Offence - Subject to SFO review/investigation",
			Start: start, Review: start.AddDate(0, 6, 0), Notes: notes}
	}
	warrant = func(start time.Time, notes string) Registration {
		return Registration{Code: "WRSM", Description: "Warrant/Summons - Outstanding warrant or summons",
			Start: start, Review: start.AddDate(0, 3, 0), Notes: notes}
	}
)

// arthurMorganRecords: custody for robbery (event 1) after a community order
// for shop theft (event 2); MAPPA level 2 and an SFO review in progress.
func arthurMorganRecords() ProbationRecords {
	return ProbationRecords{
		ManagerEmail: "jane.fletcher@justice.gov.uk", ManagerTelephone: "01302 555 101",
		TeamEmail: "doncaster.omu@justice.gov.uk", TeamTelephone: "01302 555 100",
		Mappa: &MappaRegistration{
			Level: 2, LevelDescription: "MAPPA Level 2", Category: 1, CategoryDescription: "MAPPA Category 1",
			Start: day(2023, time.March, 20), Review: day(2026, time.March, 20),
			Notes: "Level 2 agreed at the MAPPA meeting after sentence.",
		},
		DynamicRisks: []Registration{
			{Code: "RCCO", Description: "Child Concerns - Safeguarding concerns where a child is at risk from the offender",
				Start: day(2023, time.April, 3), Review: day(2026, time.April, 3), Notes: "Contact with his nephew to be supervised."},
			{Code: "RVAD", Description: "Risk to Vulnerable Adult", Start: day(2023, time.April, 3),
				Notes: "Targeted an elderly victim."},
		},
		PersonStatus: []Registration{
			sfoReview(day(2025, time.December, 1), "Review opened after a further offence in custody."),
			{Code: "RMDO", Description: "Missing/Wanted - Missing from home", Start: day(2021, time.May, 4), Notes: "Historic."},
		},
		Events: []Event{
			{
				Number: 1, Active: true, Date: day(2023, time.March, 15),
				Sentence:    EventSentence{Description: "ORA Adult Custody (inc PSS)", Date: day(2023, time.March, 15), Length: 7, LengthUnits: "Years", Custodial: true},
				MainOffence: EventOffence{Code: "03400", Description: "Robbery (other than armed robbery)", Date: day(2022, time.November, 2)},
				AdditionalOffences: []EventOffence{
					{Code: "10501", Description: "Common assault and battery", Date: day(2022, time.November, 2)},
				},
				Hearings: []Hearing{
					{Court: doncasterMagistrates, At: at(2022, time.November, 4, 10, 0), Type: "Trial/Adjournment", Plea: "Not Guilty"},
					{Court: sheffieldCrown, At: at(2023, time.March, 15, 10, 30), Type: "Sentence", Plea: "Guilty"},
				},
			},
			{
				Number: 2, Active: false, Date: day(2019, time.February, 20),
				Sentence:    EventSentence{Description: "ORA Community Order", Date: day(2019, time.February, 20), Length: 12, LengthUnits: "Months"},
				MainOffence: EventOffence{Code: "04600", Description: "Theft from a shop", Date: day(2019, time.January, 12)},
				Hearings:    []Hearing{{Court: doncasterMagistrates, At: at(2019, time.February, 20, 14, 0), Type: "Sentence", Plea: "Guilty"}},
			},
		},
	}
}

// sarahJenkinsRecords: a community order, no MAPPA, no status flags.
func sarahJenkinsRecords() ProbationRecords {
	return ProbationRecords{
		ManagerEmail: "priya.shah@justice.gov.uk", TeamEmail: "doncaster.omu@justice.gov.uk",
		DynamicRisks: []Registration{
			{Code: "RDRG", Description: "Drug Misuse", Start: day(2022, time.February, 1), Review: day(2026, time.February, 1)},
		},
		Events: []Event{{
			Number: 1, Active: true, Date: day(2021, time.September, 14),
			Sentence:    EventSentence{Description: "ORA Community Order", Date: day(2021, time.September, 14), Length: 24, LengthUnits: "Months"},
			MainOffence: EventOffence{Code: "09210", Description: "Possession of a controlled drug - Class B", Date: day(2021, time.July, 30)},
			Hearings:    []Hearing{{Court: leedsMagistrates, At: at(2021, time.September, 14, 10, 0), Type: "Sentence", Plea: "Guilty"}},
		}},
	}
}

// joeBloggsRecords: on licence after custody for supply; MAPPA level 1.
func joeBloggsRecords() ProbationRecords {
	return ProbationRecords{
		ManagerEmail: "tom.ashworth@justice.gov.uk", TeamEmail: "doncaster.omu@justice.gov.uk",
		Mappa: &MappaRegistration{
			Level: 1, LevelDescription: "MAPPA Level 1", Category: 2, CategoryDescription: "MAPPA Category 2",
			Start: day(2025, time.June, 20), Review: day(2026, time.June, 20),
		},
		Events: []Event{{
			Number: 1, Active: true, Date: day(2024, time.January, 12),
			Sentence:    EventSentence{Description: "ORA Adult Custody (< 12m)", Date: day(2024, time.January, 12), Length: 36, LengthUnits: "Months", Custodial: true},
			MainOffence: EventOffence{Code: "09204", Description: "Possession of a controlled drug with intent to supply - Class A", Date: day(2023, time.October, 28)},
			Hearings:    []Hearing{{Court: leedsCrown, At: at(2024, time.January, 12, 10, 0), Type: "Sentence", Plea: "Guilty"}},
		}},
	}
}

// kyleTurnerRecords: recalled, with an outstanding warrant.
func kyleTurnerRecords() ProbationRecords {
	return ProbationRecords{
		PersonStatus: []Registration{warrant(day(2026, time.August, 1), "Failed to attend; recall issued.")},
	}
}

// eleanorPriceRecords: a limited access case.
func eleanorPriceRecords() ProbationRecords {
	return ProbationRecords{
		Mappa: &MappaRegistration{
			Level: 3, LevelDescription: "MAPPA Level 3", Category: 1, CategoryDescription: "MAPPA Category 1",
			Start: day(2024, time.February, 7), Review: day(2026, time.February, 7), Notes: "Restricted: see the case owner.",
		},
	}
}

// owenGethin is on probation only and his probation records are broken
// upstream: nDelius case reads, CVL and EPF answer 500 and ARNS never
// answers, so tests can see how the probation reads report upstream failures
// and timeouts.
func owenGethin() *Person {
	return &Person{
		CRN: "X00008", Title: "Mr", FirstName: "Owen", LastName: "Gethin",
		DateOfBirth: day(1982, time.September, 9), Gender: "Male",
		Ethnicity: whiteBritish, Nationality: british,
		Probation: &Probation{
			OffenderID: 2500000008, ActiveSupervision: true, Status: "CURRENT", Tier: "C2",
			Manager: londonCOM("N07A011", "Ruth", "Adeyemi"),
		},
		Failures: map[string]int{
			"ndelius": http.StatusInternalServerError, "cvl": http.StatusInternalServerError,
			"epf": http.StatusInternalServerError, "arns": Hang,
		},
	}
}
