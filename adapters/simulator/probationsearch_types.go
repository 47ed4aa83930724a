package simulator

// Shapes of probation-offender-search (probation-offender-search.json), named
// after its schemas with a "pos" prefix.

type posSearchDto struct {
	FirstName      string `json:"firstName"`
	Surname        string `json:"surname"`
	DateOfBirth    string `json:"dateOfBirth"`
	PNCNumber      string `json:"pncNumber"`
	CRONumber      string `json:"croNumber"`
	CRN            string `json:"crn"`
	NomsNumber     string `json:"nomsNumber"`
	IncludeAliases bool   `json:"includeAliases"`
}

type posOffenderDetail struct {
	OffenderID                     int64                `json:"offenderId"`
	Title                          string               `json:"title,omitempty"`
	FirstName                      string               `json:"firstName,omitempty"`
	MiddleNames                    []string             `json:"middleNames,omitempty"`
	Surname                        string               `json:"surname,omitempty"`
	DateOfBirth                    string               `json:"dateOfBirth,omitempty"`
	Gender                         string               `json:"gender,omitempty"`
	OtherIDs                       posIDs               `json:"otherIds"`
	ContactDetails                 *posContactDetails   `json:"contactDetails,omitempty"`
	OffenderProfile                *posOffenderProfile  `json:"offenderProfile,omitempty"`
	OffenderAliases                []posOffenderAlias   `json:"offenderAliases"`
	OffenderManagers               []posOffenderManager `json:"offenderManagers"`
	SoftDeleted                    bool                 `json:"softDeleted"`
	CurrentDisposal                string               `json:"currentDisposal,omitempty"`
	PartitionArea                  string               `json:"partitionArea,omitempty"`
	CurrentRestriction             bool                 `json:"currentRestriction"`
	RestrictionMessage             string               `json:"restrictionMessage,omitempty"`
	CurrentExclusion               bool                 `json:"currentExclusion"`
	ExclusionMessage               string               `json:"exclusionMessage,omitempty"`
	CurrentTier                    string               `json:"currentTier,omitempty"`
	ActiveProbationManagedSentence bool                 `json:"activeProbationManagedSentence"`
	ProbationStatus                *posProbationStatus  `json:"probationStatus,omitempty"`
	Age                            int                  `json:"age,omitempty"`
}

type posIDs struct {
	CRN                      string `json:"crn"`
	PNCNumber                string `json:"pncNumber,omitempty"`
	CRONumber                string `json:"croNumber,omitempty"`
	NINumber                 string `json:"niNumber,omitempty"`
	NomsNumber               string `json:"nomsNumber,omitempty"`
	MostRecentPrisonerNumber string `json:"mostRecentPrisonerNumber,omitempty"`
}

type posContactDetails struct {
	PhoneNumbers   []posPhoneNumber `json:"phoneNumbers"`
	EmailAddresses []string         `json:"emailAddresses"`
	AllowSMS       bool             `json:"allowSMS"`
	Addresses      []posAddress     `json:"addresses"`
}

type posPhoneNumber struct {
	Number string `json:"number"`
	Type   string `json:"type"` // TELEPHONE | MOBILE
}

type posAddress struct {
	ID            int64        `json:"id"`
	From          string       `json:"from"`
	To            string       `json:"to,omitempty"`
	NoFixedAbode  bool         `json:"noFixedAbode"`
	AddressNumber string       `json:"addressNumber,omitempty"`
	BuildingName  string       `json:"buildingName,omitempty"`
	StreetName    string       `json:"streetName,omitempty"`
	District      string       `json:"district,omitempty"`
	Town          string       `json:"town,omitempty"`
	County        string       `json:"county,omitempty"`
	Postcode      string       `json:"postcode,omitempty"`
	Status        *posKeyValue `json:"status,omitempty"`
	Type          *posKeyValue `json:"type,omitempty"`
}

type posKeyValue struct {
	Code        string `json:"code"`
	Description string `json:"description"`
}

type posOffenderProfile struct {
	Ethnicity         string                `json:"ethnicity,omitempty"`
	Nationality       string                `json:"nationality,omitempty"`
	Religion          string                `json:"religion,omitempty"`
	SexualOrientation string                `json:"sexualOrientation,omitempty"`
	OffenderLanguages *posOffenderLanguages `json:"offenderLanguages,omitempty"`
	Disabilities      []posDisability       `json:"disabilities"`
}

type posOffenderLanguages struct {
	PrimaryLanguage     string `json:"primaryLanguage,omitempty"`
	RequiresInterpreter bool   `json:"requiresInterpreter"`
}

type posDisability struct {
	DisabilityID   int64        `json:"disabilityId"`
	DisabilityType *posKeyValue `json:"disabilityType,omitempty"`
	StartDate      string       `json:"startDate,omitempty"`
	Notes          string       `json:"notes,omitempty"`
}

type posOffenderAlias struct {
	ID          string   `json:"id,omitempty"`
	DateOfBirth string   `json:"dateOfBirth,omitempty"`
	FirstName   string   `json:"firstName,omitempty"`
	MiddleNames []string `json:"middleNames,omitempty"`
	Surname     string   `json:"surname,omitempty"`
	Gender      string   `json:"gender,omitempty"`
}

type posOffenderManager struct {
	Staff            *posStaffHuman    `json:"staff,omitempty"`
	PartitionArea    string            `json:"partitionArea,omitempty"`
	SoftDeleted      bool              `json:"softDeleted"`
	Team             *posTeam          `json:"team,omitempty"`
	ProbationArea    *posProbationArea `json:"probationArea,omitempty"`
	FromDate         string            `json:"fromDate,omitempty"`
	Active           bool              `json:"active"`
	AllocationReason *posKeyValue      `json:"allocationReason,omitempty"`
}

type posStaffHuman struct {
	Code        string `json:"code,omitempty"`
	Forenames   string `json:"forenames,omitempty"`
	Surname     string `json:"surname,omitempty"`
	Unallocated bool   `json:"unallocated"`
}

type posTeam struct {
	Code              string       `json:"code,omitempty"`
	Description       string       `json:"description,omitempty"`
	LocalDeliveryUnit *posKeyValue `json:"localDeliveryUnit,omitempty"`
}

type posProbationArea struct {
	ProbationAreaID int64  `json:"probationAreaId"`
	Code            string `json:"code,omitempty"`
	Description     string `json:"description,omitempty"`
	NPS             bool   `json:"nps"`
}

type posProbationStatus struct {
	Status              string `json:"status"`
	InBreach            bool   `json:"inBreach"`
	PreSentenceActivity bool   `json:"preSentenceActivity"`
	AwaitingPsr         bool   `json:"awaitingPsr"`
}
