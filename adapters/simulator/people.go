package simulator

import "time"

// Prison codes used by the default world.
const (
	Moorland    = "MDI"
	Leeds       = "LEI"
	Pentonville = "PNT"
	Wandsworth  = "WWI"
)

// Shared descriptive values, kept in NOMIS/nDelius wording.
const (
	whiteBritish = "White: Eng./Welsh/Scot./N.Irish/British"
	british      = "British"
	single       = "Single-not married/in civil partnership"
)

// DefaultWorld returns a fresh copy of the standard world: the seed person
// A1234AA/X00001 plus people covering each identity shape the service must
// handle (prison-only, probation-only, released, other prisons, LAO). Each
// call builds new values, so a test may change its copy freely.
func DefaultWorld() *World {
	return &World{
		Prisons: []Prison{
			{ID: Moorland, Name: "Moorland (HMP & YOI)"},
			{ID: Leeds, Name: "Leeds (HMP)"},
			{ID: Pentonville, Name: "Pentonville (HMP)"},
			{ID: Wandsworth, Name: "Wandsworth (HMP)"},
		},
		People: []*Person{
			arthurMorgan(),
			fredBloggs(),
			sarahJenkins(),
			joeBloggs(),
			mohammedHussain(),
			liamOConnor(),
			eleanorPrice(),
			marcusReid(),
			kyleTurner(),
			nigelFallon(),
			owenGethin(),
		},
		CaseNotes:          fixtureCaseNotes(),
		PrisonerAlerts:     fixturePrisonerAlerts(),
		PrisonVisits:       fixturePrisonVisits(),
		SocialContacts:     fixtureContacts(),
		NonAssociations:    fixtureNonAssociations(),
		PrisonImages:       fixturePrisonImages(),
		InductionSchedules: fixtureInductionSchedules(),
		ReviewSchedules:    fixtureReviewSchedules(),
		PlanReviews:        fixturePlanReviews(),
		Adjudications:      fixtureAdjudications(),
	}
}

// Community offender managers, one per probation region used.
func yorkshireCOM(staff, forenames, surname string) OffenderManager {
	return OffenderManager{
		StaffCode: staff, Forenames: forenames, Surname: surname,
		TeamCode: "N54DON", TeamDescription: "Doncaster OMU",
		LDUCode: "N54LDU1", LDUDescription: "Doncaster",
		ProbationAreaID: 1500001054, ProbationAreaCode: "N54", ProbationAreaDesc: "North East Region",
		AllocatedFrom:        day(2023, time.March, 20),
		AllocationReasonCode: "IA", AllocationReason: "Initial Allocation",
	}
}

func londonCOM(staff, forenames, surname string) OffenderManager {
	return OffenderManager{
		StaffCode: staff, Forenames: forenames, Surname: surname,
		TeamCode: "N07ISL", TeamDescription: "Islington Probation Team",
		LDUCode: "N07LDU3", LDUDescription: "Islington",
		ProbationAreaID: 1500001007, ProbationAreaCode: "N07", ProbationAreaDesc: "London",
		AllocatedFrom:        day(2024, time.January, 8),
		AllocationReasonCode: "IA", AllocationReason: "Initial Allocation",
	}
}

func unallocated(m OffenderManager) OffenderManager {
	m.Unallocated = true
	return m
}

// arthurMorgan is the seed person: in Moorland and under active supervision.
func arthurMorgan() *Person {
	return &Person{
		PrisonerNumber: "A1234AA", CRN: "X00001", PNC: "2008/0545166T", CRO: "SF80/655108T", NINumber: "QQ123456C",
		Title: "Mr", FirstName: "Arthur", MiddleNames: "James", LastName: "Morgan",
		DateOfBirth: day(1979, time.June, 14), Gender: "Male",
		Ethnicity: whiteBritish, RaceCode: "W1", Nationality: british,
		Religion: "Church of England (Anglican)", MaritalStatus: single, SexualOrientation: "Heterosexual",
		Aliases: []Alias{{FirstName: "Arty", LastName: "Morgan"}},
		Addresses: []Address{{
			ID: 2600000101, AddressNumber: "14", StreetName: "Hillside Road", Town: "Doncaster",
			County: "South Yorkshire", Postcode: "DN1 2AB", From: day(2019, time.March, 1), Primary: true,
			TypeCode: "A01A", TypeDesc: "Householder (Owner - freehold or leasehold)",
		}},
		PhoneNumbers: []Phone{{Number: "07700900123", Type: "MOBILE"}},
		Emails:       []string{"arthur.morgan@example.com"},
		Custody: &Custody{
			BookingID: 1201001, BookNumber: "38412A",
			Status: "ACTIVE IN", InOutStatus: "IN", PrisonID: Moorland, LastPrisonID: Moorland, Cell: "MDI-1-1-001",
			LastMovementTypeCode: "ADM", LastMovementReasonCode: "INT",
			LegalStatus: "SENTENCED", ImprisonmentStatus: "SENT03",
			ImprisonmentStatusDescription: "Adult Imprisonment Without Option CJA03",
			ConvictedStatus:               "Convicted", MostSeriousOffence: "Robbery",
			Category: "C", CSRA: "Standard",
			ReceptionDate: day(2023, time.February, 10), LastAdmissionDate: day(2023, time.September, 4),
			SentenceStartDate: day(2023, time.March, 15), ConditionalReleaseDate: day(2028, time.September, 14),
			ReleaseDate: day(2028, time.September, 14), SentenceExpiryDate: day(2030, time.March, 14),
			LicenceExpiryDate: day(2030, time.March, 14), HDCEligibilityDate: day(2028, time.May, 30),
			IncentiveCode: "STD", IncentiveReviewedAt: at(2026, time.January, 14, 10, 15),
			IncentiveNextReview: day(2027, time.January, 14),
			HeightCentimetres:   180, WeightKilograms: 82, FacialImageID: 1413311,
			Alerts: []PrisonAlert{
				{ID: 4101, Type: "X", TypeDescription: "Security", Code: "XA", CodeDescription: "Arsonist",
					Comment: "Set fire to cell bedding at HMP Doncaster.", Created: day(2023, time.March, 2), AddedBy: "Susan Whitfield"},
				{ID: 4102, Type: "H", TypeDescription: "Self Harm", Code: "HA", CodeDescription: "ACCT Open (HMPS)",
					Comment: "ACCT opened after reception screening.", Created: day(2023, time.September, 5),
					Expires: day(2023, time.November, 20), AddedBy: "Mark Ellis"},
				{ID: 4103, Type: "T", TypeDescription: "Hold Against Transfer", Code: "TAH", CodeDescription: "Hold Against Transfer",
					Comment: "Outstanding court appearance.", Created: day(2024, time.April, 11), AddedBy: "Mark Ellis"},
				{ID: 4104, Type: "V", TypeDescription: "Vulnerability", Code: "VIP", CodeDescription: "Isolated Prisoner",
					Comment: "Few visits; keep under review.", Created: day(2025, time.January, 20), AddedBy: "Priti Nair"},
			},
			VisitRestrictions: []VisitRestriction{
				{ID: 5101, Type: "CLOSED", TypeDescription: "Closed", Comment: "Following a drugs find in the visits hall.",
					Start: day(2025, time.October, 1)},
				{ID: 5102, Type: "NONCON", TypeDescription: "Non Contact Visit", Comment: "Risk to visitors.",
					Start: day(2024, time.January, 8), Expiry: day(2024, time.June, 30)},
			},
			VisitBalance:        &VisitBalance{RemainingVO: 2, RemainingPVO: 1, LastIEPAdjust: day(2025, time.November, 1)},
			POM:                 &POMAllocation{StaffID: 485926, Forename: "Paula", Surname: "Smith"},
			Offences:            arthurMorganOffences(),
			Sentences:           arthurMorganSentences(),
			SentenceAdjustments: &SentenceAdjustments{Remand: 45, AdditionalDaysAwarded: 14},
			Accounts: &Accounts{
				Spends: 4250, Savings: 12000, Cash: 1500, NextTransaction: 6179610,
				Entries: []AccountEntry{
					{ID: "6179601-1", Account: "spends", Type: "CANT", TypeDesc: "Canteen Spend", Description: "Canteen purchase", Amount: -750, Date: day(2025, time.October, 3)},
					{ID: "6179602-1", Account: "spends", Type: "A_EARN", TypeDesc: "Offender Payroll", Description: "Kitchen work", Amount: 1500, Date: day(2025, time.October, 10)},
					{ID: "6179603-1", Account: "cash", Type: "POST", TypeDesc: "Postal Order", Description: "Sent in by family", Amount: 1500, Date: day(2025, time.October, 10)},
				},
			},
			ReasonableAdjustments: arthurMorganAdjustments(),
		},
		Probation: &Probation{
			OffenderID: 2500000001, ActiveSupervision: true, Status: "CURRENT", Tier: "B2",
			Manager:  yorkshireCOM("N54A001", "Jane", "Fletcher"),
			Records:  arthurMorganRecords(),
			OASys:    arthurMorganOASys(),
			Licences: arthurMorganLicences(),
		},
	}
}

// fredBloggs is prison-only: in Leeds, unknown to nDelius.
func fredBloggs() *Person {
	return &Person{
		PrisonerNumber: "G8133UA", PNC: "14/120018R", CRO: "351774/14D",
		Title: "Mr", FirstName: "Fred", LastName: "Bloggs",
		DateOfBirth: day(1995, time.November, 17), Gender: "Male",
		Ethnicity: whiteBritish, RaceCode: "W1", Nationality: british,
		Religion: "No Religion", MaritalStatus: single,
		Aliases: []Alias{{FirstName: "Frederick", LastName: "Bloggs"}},
		Custody: &Custody{
			BookingID: 1201002, BookNumber: "41233B",
			Status: "ACTIVE IN", InOutStatus: "IN", PrisonID: Leeds, LastPrisonID: Leeds, Cell: "LEI-A-2-014",
			LastMovementTypeCode: "ADM", LastMovementReasonCode: "24",
			LegalStatus: "SENTENCED", ImprisonmentStatus: "SEC91_03",
			ImprisonmentStatusDescription: "Serious Offence -18 CJA03 POCCA 2000",
			ConvictedStatus:               "Convicted", MostSeriousOffence: "Burglary dwelling - with intent to steal",
			Category: "B", CSRA: "Standard",
			ReceptionDate: day(2024, time.June, 3), LastAdmissionDate: day(2024, time.June, 3),
			SentenceStartDate: day(2024, time.July, 22), ConditionalReleaseDate: day(2027, time.July, 21),
			ReleaseDate: day(2027, time.July, 21), SentenceExpiryDate: day(2029, time.January, 21),
			LicenceExpiryDate: day(2029, time.January, 21),
			IncentiveCode:     "ENH", IncentiveReviewedAt: at(2026, time.March, 3, 14, 30),
			IncentiveNextReview: day(2027, time.March, 3),
			HeightCentimetres:   175, WeightKilograms: 70, FacialImageID: 1413312,
			Alerts: []PrisonAlert{
				{ID: 4201, Type: "M", TypeDescription: "Medical", Code: "MAS", CodeDescription: "Asthmatic",
					Comment: "Inhaler kept in cell.", Created: day(2024, time.June, 4), AddedBy: "Grace Holt"},
				// The walkthrough's NOMIS sync (seed 001): P0 → other_risks, ROM and PC2 → violent.
				{ID: 4202, Type: "P", TypeDescription: "MAPPP Case", Code: "P0", CodeDescription: "MAPPA Nominal",
					Comment: "MAPPA level 1.", Created: day(2024, time.June, 10), AddedBy: "Grace Holt"},
				{ID: 4203, Type: "R", TypeDescription: "Risk", Code: "ROM", CodeDescription: "Risk to Other Males",
					Comment: "Assaulted a cellmate on remand.", Created: day(2024, time.July, 1), AddedBy: "Grace Holt"},
				{ID: 4204, Type: "P", TypeDescription: "MAPPP Case", Code: "PC2", CodeDescription: "Serious Harm to Others: Medium",
					Comment: "", Created: day(2024, time.July, 1), AddedBy: "Grace Holt"},
			},
			VisitBalance: &VisitBalance{RemainingVO: 4, RemainingPVO: 0, LastIEPAdjust: day(2025, time.October, 6)},
			Accounts:     &Accounts{Spends: 300, NextTransaction: 7200001},
		},
	}
}

// sarahJenkins is probation-only: a community order, never in prison.
func sarahJenkins() *Person {
	return &Person{
		CRN: "X00002", PNC: "2011/0234567K", CRO: "123456/11B", NINumber: "QQ654321A",
		Title: "Ms", FirstName: "Sarah", MiddleNames: "Louise", LastName: "Jenkins",
		DateOfBirth: day(1990, time.February, 28), Gender: "Female",
		Ethnicity: whiteBritish, Nationality: british, Religion: "Christian",
		SexualOrientation: "Heterosexual",
		Addresses: []Address{{
			ID: 2600000201, AddressNumber: "7", StreetName: "Kirkstall Road", District: "Kirkstall",
			Town: "Leeds", County: "West Yorkshire", Postcode: "LS3 1HR", From: day(2021, time.October, 1), Primary: true,
			TypeCode: "A03", TypeDesc: "Rental Accommodation - private rental",
		}},
		PhoneNumbers: []Phone{{Number: "01132496000", Type: "TELEPHONE"}, {Number: "07700900456", Type: "MOBILE"}},
		Probation: &Probation{
			OffenderID: 2500000002, ActiveSupervision: true, Status: "CURRENT", Tier: "C1",
			Manager: yorkshireCOM("N54A002", "Priya", "Shah"),
			Records: sarahJenkinsRecords(),
			OASys:   sarahJenkinsOASys(),
			Disabilities: []Disability{{
				ID: 2700000201, TypeCode: "LD", TypeDesc: "Learning Difficulties",
				StartDate: day(2022, time.January, 10), Notes: "Dyslexia; prefers letters read aloud.",
			}},
		},
	}
}

// joeBloggs was released from Leeds on licence and is supervised on probation.
func joeBloggs() *Person {
	return &Person{
		PrisonerNumber: "A7777BB", CRN: "X00003", PNC: "2002/0101010X", CRO: "101010/02C",
		Title: "Mr", FirstName: "Joe", LastName: "Bloggs",
		DateOfBirth: day(1988, time.August, 8), Gender: "Male",
		Ethnicity: "White: Irish", RaceCode: "W2", Nationality: british,
		Religion: "Roman Catholic", MaritalStatus: "Married or in civil partnership",
		Addresses: []Address{{
			ID: 2600000301, BuildingName: "Elm Bank Approved Premises", AddressNumber: "3", StreetName: "Elm Bank",
			Town: "Leeds", County: "West Yorkshire", Postcode: "LS7 3AA", From: day(2025, time.June, 20), Primary: true,
			TypeCode: "A02", TypeDesc: "Approved Premises",
		}},
		Custody: &Custody{
			BookingID: 1201003, BookNumber: "40021C",
			Status: "INACTIVE OUT", InOutStatus: "OUT", PrisonID: "OUT", LastPrisonID: Leeds,
			LastMovementTypeCode: "REL", LastMovementReasonCode: "CR",
			LegalStatus: "SENTENCED", ImprisonmentStatus: "ADIMP_ORA",
			ImprisonmentStatusDescription: "ORA Sentencing Code Standard Determinate Sentence",
			ConvictedStatus:               "Convicted", MostSeriousOffence: "Possession of a controlled drug with intent to supply",
			Category: "C", CSRA: "Standard",
			ReceptionDate: day(2023, time.November, 2), LastAdmissionDate: day(2023, time.November, 2),
			SentenceStartDate: day(2024, time.January, 12), ConditionalReleaseDate: day(2025, time.June, 20),
			ReleaseDate: day(2025, time.June, 20), SentenceExpiryDate: day(2027, time.December, 20),
			LicenceExpiryDate: day(2027, time.December, 20),
			IncentiveCode:     "STD", IncentiveReviewedAt: at(2024, time.November, 5, 9, 0),
			IncentiveNextReview: day(2025, time.November, 5),
			HeightCentimetres:   172, WeightKilograms: 77, FacialImageID: 1413313,
		},
		Probation: &Probation{
			OffenderID: 2500000003, ActiveSupervision: true, Status: "CURRENT", Tier: "B1",
			Manager:  yorkshireCOM("N54A003", "Tom", "Ashworth"),
			Records:  joeBloggsRecords(),
			Licences: joeBloggsLicences(),
		},
	}
}

// mohammedHussain is remanded in Pentonville and not known to probation.
func mohammedHussain() *Person {
	return &Person{
		PrisonerNumber: "A2345BC", PNC: "2019/0077123M", CRO: "77123/19H",
		Title: "Mr", FirstName: "Mohammed", LastName: "Hussain",
		DateOfBirth: day(1992, time.March, 21), Gender: "Male",
		Ethnicity: "Asian/Asian British: Pakistani", RaceCode: "A2", Nationality: british,
		Religion: "Muslim", MaritalStatus: "Married or in civil partnership",
		Custody: &Custody{
			BookingID: 1201004, BookNumber: "52210D",
			Status: "ACTIVE IN", InOutStatus: "IN", PrisonID: Pentonville, LastPrisonID: Pentonville, Cell: "PNT-C-3-021",
			LastMovementTypeCode: "ADM", LastMovementReasonCode: "N",
			LegalStatus: "REMAND", ImprisonmentStatus: "RX", ImprisonmentStatusDescription: "Remanded to Magistrates Court",
			ConvictedStatus: "Remand", MostSeriousOffence: "Assault occasioning actual bodily harm",
			CSRA:          "Standard",
			ReceptionDate: day(2026, time.September, 29), LastAdmissionDate: day(2026, time.September, 29),
			IncentiveCode: "STD", IncentiveReviewedAt: at(2026, time.September, 29, 16, 40),
			IncentiveNextReview: day(2026, time.December, 29),
			HeightCentimetres:   178, WeightKilograms: 74, FacialImageID: 1413314,
		},
	}
}

// liamOConnor is in Wandsworth and previously known to probation (no active
// supervision).
func liamOConnor() *Person {
	return &Person{
		PrisonerNumber: "A3456CD", CRN: "X00006", PNC: "2005/0033221H", CRO: "33221/05L",
		Title: "Mr", FirstName: "Liam", LastName: "O'Connor",
		DateOfBirth: day(1984, time.December, 2), Gender: "Male",
		Ethnicity: "White: Irish", RaceCode: "W2", Nationality: "Irish",
		Religion: "Roman Catholic", MaritalStatus: "Divorced or dissolved",
		Custody: &Custody{
			BookingID: 1201005, BookNumber: "47105E",
			Status: "ACTIVE IN", InOutStatus: "IN", PrisonID: Wandsworth, LastPrisonID: Wandsworth, Cell: "WWI-K-2-011",
			LastMovementTypeCode: "ADM", LastMovementReasonCode: "INT",
			LegalStatus: "SENTENCED", ImprisonmentStatus: "SENT03",
			ImprisonmentStatusDescription: "Adult Imprisonment Without Option CJA03",
			ConvictedStatus:               "Convicted", MostSeriousOffence: "Fraud by false representation",
			Category: "C", CSRA: "Standard",
			ReceptionDate: day(2024, time.February, 19), LastAdmissionDate: day(2024, time.August, 1),
			SentenceStartDate: day(2024, time.April, 9), ConditionalReleaseDate: day(2027, time.April, 8),
			ReleaseDate: day(2027, time.April, 8), SentenceExpiryDate: day(2028, time.April, 8),
			LicenceExpiryDate: day(2028, time.April, 8),
			IncentiveCode:     "ENH", IncentiveReviewedAt: at(2026, time.February, 11, 11, 5),
			IncentiveNextReview: day(2027, time.February, 11),
			HeightCentimetres:   183, WeightKilograms: 90, FacialImageID: 1413315,
			VisitBalance: &VisitBalance{RemainingVO: 3, RemainingPVO: 1, LastIEPAdjust: day(2025, time.September, 1)},
		},
		Probation: &Probation{
			OffenderID: 2500000006, ActiveSupervision: false, Status: "PREVIOUSLY_KNOWN",
			Manager: unallocated(londonCOM("N07ISLU", "Unallocated", "Staff")),
		},
	}
}

// eleanorPrice is a limited access offender (restricted) on probation only.
func eleanorPrice() *Person {
	return &Person{
		CRN: "X00007", PNC: "2010/0044556P", CRO: "44556/10T",
		Title: "Mrs", FirstName: "Eleanor", LastName: "Price",
		DateOfBirth: day(1977, time.May, 9), Gender: "Female",
		Ethnicity: whiteBritish, Nationality: british, Religion: "Church of England (Anglican)",
		Addresses: []Address{{
			ID: 2600000701, AddressNumber: "22", StreetName: "Caledonian Road", Town: "London",
			Postcode: "N1 9DX", From: day(2020, time.May, 1), Primary: true,
			TypeCode: "A03", TypeDesc: "Rental Accommodation - private rental",
		}},
		Probation: &Probation{
			OffenderID: 2500000007, ActiveSupervision: true, Status: "CURRENT", Tier: "A3",
			Manager: londonCOM("N07A010", "Samuel", "Okafor"),
			Records: eleanorPriceRecords(),
			OASys:   eleanorPriceOASys(),
			LAO: &LimitedAccess{
				Restricted:         true,
				RestrictionMessage: "This is a restricted record. Please contact a system administrator",
			},
		},
	}
}

// marcusReid is in Moorland and on probation (case-notes fixtures use him).
func marcusReid() *Person {
	return &Person{
		PrisonerNumber: "A4578BX", CRN: "X00004", PNC: "2012/0394773H", CRO: "29906/12J",
		Title: "Mr", FirstName: "Marcus", MiddleNames: "Anthony", LastName: "Reid",
		DateOfBirth: day(1986, time.October, 30), Gender: "Male",
		Ethnicity: "Black/Black British: Caribbean", RaceCode: "B1", Nationality: british,
		Religion: "Christian", MaritalStatus: single,
		Custody: &Custody{
			BookingID: 1201006, BookNumber: "39870F",
			Status: "ACTIVE IN", InOutStatus: "IN", PrisonID: Moorland, LastPrisonID: Moorland, Cell: "MDI-2-1-017",
			LastMovementTypeCode: "ADM", LastMovementReasonCode: "INT",
			LegalStatus: "SENTENCED", ImprisonmentStatus: "SENT03",
			ImprisonmentStatusDescription: "Adult Imprisonment Without Option CJA03",
			ConvictedStatus:               "Convicted", MostSeriousOffence: "Wounding with intent to do grievous bodily harm",
			Category: "C", CSRA: "High",
			ReceptionDate: day(2022, time.May, 16), LastAdmissionDate: day(2023, time.January, 9),
			SentenceStartDate: day(2022, time.August, 1), ConditionalReleaseDate: day(2027, time.July, 31),
			ReleaseDate: day(2027, time.July, 31), SentenceExpiryDate: day(2032, time.July, 31),
			LicenceExpiryDate: day(2032, time.July, 31),
			IncentiveCode:     "BAS", IncentiveReviewedAt: at(2026, time.October, 22, 15, 20),
			IncentiveNextReview: day(2027, time.January, 22),
			HeightCentimetres:   188, WeightKilograms: 95, FacialImageID: 1413316,
			Alerts: []PrisonAlert{
				{ID: 4601, Type: "X", TypeDescription: "Security", Code: "XEL", CodeDescription: "Escape List",
					Comment: "Found with a cell key impression.", Created: day(2023, time.February, 14), AddedBy: "Susan Whitfield"},
				{ID: 4602, Type: "X", TypeDescription: "Security", Code: "XCU", CodeDescription: "Controlled Unlock",
					Comment: "Two officers to unlock.", Created: day(2023, time.February, 14), AddedBy: "Susan Whitfield"},
			},
			VisitBalance: &VisitBalance{RemainingVO: 1, RemainingPVO: 2, LastIEPAdjust: day(2025, time.October, 22)},
			POM:          &POMAllocation{StaffID: 485931, Forename: "Dominic", Surname: "Hale"},
		},
		Probation: &Probation{
			OffenderID: 2500000004, ActiveSupervision: true, Status: "CURRENT", Tier: "A1",
			Manager: yorkshireCOM("N54A004", "Helen", "Marsh"),
		},
	}
}

// kyleTurner is in Leeds and on probation (case-notes fixtures use him). His
// prisoner number AA0001A is a legacy shape that the service's NOMS pattern
// (^[A-Z]\d{4}[A-Z]{2}$) does not match; the upstreams accept it.
func kyleTurner() *Person {
	return &Person{
		PrisonerNumber: "AA0001A", CRN: "X00005", PNC: "2015/0011991D", CRO: "11991/15Y",
		Title: "Mr", FirstName: "Kyle", LastName: "Turner",
		DateOfBirth: day(1993, time.April, 12), Gender: "Male",
		Ethnicity: "Mixed: White and Black Caribbean", RaceCode: "M1", Nationality: british,
		Religion: "No Religion", MaritalStatus: single,
		Custody: &Custody{
			BookingID: 1201007, BookNumber: "43321G",
			Status: "ACTIVE IN", InOutStatus: "IN", PrisonID: Leeds, LastPrisonID: Leeds, Cell: "LEI-B-1-007",
			LastMovementTypeCode: "ADM", LastMovementReasonCode: "24",
			LegalStatus: "RECALL", ImprisonmentStatus: "LR_ORA",
			ImprisonmentStatusDescription: "ORA Licence Recall",
			ConvictedStatus:               "Convicted", MostSeriousOffence: "Theft from the person of another",
			Category: "C", CSRA: "Standard", Recall: true,
			ReceptionDate: day(2026, time.August, 14), LastAdmissionDate: day(2026, time.August, 14),
			SentenceStartDate: day(2025, time.March, 4), ReleaseDate: day(2027, time.February, 13),
			SentenceExpiryDate: day(2027, time.September, 3), LicenceExpiryDate: day(2027, time.September, 3),
			IncentiveCode: "STD", IncentiveReviewedAt: at(2026, time.August, 14, 17, 0),
			IncentiveNextReview: day(2027, time.February, 14),
			HeightCentimetres:   170, WeightKilograms: 68, FacialImageID: 1413317,
			VisitBalance: &VisitBalance{RemainingVO: 0, RemainingPVO: 0, LastIEPAdjust: day(2025, time.August, 14)},
			POM:          &POMAllocation{StaffID: 485940, Forename: "Aisha", Surname: "Karim"},
		},
		Probation: &Probation{
			OffenderID: 2500000005, ActiveSupervision: true, Status: "CURRENT", Tier: "B3", InBreach: true,
			Manager: yorkshireCOM("N54A005", "Omar", "Siddiqui"),
			Records: kyleTurnerRecords(),
		},
	}
}

// nigelFallon is in Leeds, unknown to probation, and his records are broken
// upstream: prison-api answers 500 and incentives never answers, so tests can
// see how the service reports upstream failures and timeouts.
func nigelFallon() *Person {
	return &Person{
		PrisonerNumber: "A5000EE", PNC: "2017/0066001Q", CRO: "66001/17V",
		Title: "Mr", FirstName: "Nigel", LastName: "Fallon",
		DateOfBirth: day(1971, time.July, 3), Gender: "Male",
		Ethnicity: whiteBritish, RaceCode: "W1", Nationality: british,
		Religion: "No Religion", MaritalStatus: single,
		Custody: &Custody{
			BookingID: 1201008, BookNumber: "45590H",
			Status: "ACTIVE IN", InOutStatus: "IN", PrisonID: Leeds, LastPrisonID: Leeds, Cell: "LEI-C-1-004",
			LastMovementTypeCode: "ADM", LastMovementReasonCode: "INT",
			LegalStatus: "SENTENCED", ImprisonmentStatus: "SENT03",
			ImprisonmentStatusDescription: "Adult Imprisonment Without Option CJA03",
			ConvictedStatus:               "Convicted", MostSeriousOffence: "Handling stolen goods",
			Category: "D", CSRA: "Standard",
			ReceptionDate: day(2025, time.May, 6), LastAdmissionDate: day(2025, time.May, 6),
			SentenceStartDate: day(2025, time.May, 6), ReleaseDate: day(2027, time.May, 5),
			SentenceExpiryDate: day(2028, time.May, 5),
			IncentiveCode:      "STD", IncentiveReviewedAt: at(2025, time.May, 7, 9, 30),
			IncentiveNextReview: day(2026, time.May, 7),
			HeightCentimetres:   176, WeightKilograms: 81, FacialImageID: 1413318,
		},
		Failures: map[string]int{"prison-api": 500, "incentives": Hang},
	}
}
