package delius

import (
	"time"

	"github.com/uptrace/bun"
)

// contactRow is a row of delius_contact (migrations/delius). TIMESTAMPs are
// UTC; ContactDate is the UK civil date at midnight UTC.
type contactRow struct {
	bun.BaseModel `bun:"table:delius_contact"`

	ContactID           int64     `bun:"contact_id,pk"`
	OffenderID          int64     `bun:"offender_id"`
	EventID             *int64    `bun:"event_id"`
	NSIID               *int64    `bun:"nsi_id"`
	NomisCaseNoteID     *int64    `bun:"nomis_case_note_id"`
	ContactTypeID       int64     `bun:"contact_type_id"`
	Description         *string   `bun:"description"`
	Notes               string    `bun:"notes"`
	ContactDate         time.Time `bun:"contact_date,type:date"`
	ContactStartTime    time.Time `bun:"contact_start_time"`
	StaffID             int64     `bun:"staff_id"`
	StaffEmployeeID     int64     `bun:"staff_employee_id"`
	TeamID              int64     `bun:"team_id"`
	ProbationAreaID     int64     `bun:"probation_area_id"`
	Sensitive           string    `bun:"sensitive"`
	ExternalReference   *string   `bun:"external_reference"`
	CreatedDatetime     time.Time `bun:"created_datetime"`
	LastUpdatedDatetime time.Time `bun:"last_updated_datetime"`
	CreatedByUserID     int64     `bun:"created_by_user_id"`
	LastUpdatedUserID   int64     `bun:"last_updated_user_id"`
	RowVersion          int64     `bun:"row_version"`
	TrustProviderTeamID *int64    `bun:"trust_provider_team_id"`
	TrustProviderFlag   int       `bun:"trust_provider_flag"`
	PartitionAreaID     int64     `bun:"partition_area_id"`
	SoftDeleted         int       `bun:"soft_deleted"`
}

type staffRow struct {
	bun.BaseModel `bun:"table:delius_staff"`

	StaffID         int64     `bun:"staff_id,pk"`
	Forename        string    `bun:"forename"`
	Surname         string    `bun:"surname"`
	OfficerCode     string    `bun:"officer_code"`
	ProbationAreaID int64     `bun:"probation_area_id"`
	StartDate       time.Time `bun:"start_date,type:date"`
	Private         int       `bun:"private"`
	CreatedDatetime time.Time `bun:"created_datetime"`
}

type staffTeamRow struct {
	bun.BaseModel `bun:"table:delius_staff_team"`

	StaffID int64 `bun:"staff_id,pk"`
	TeamID  int64 `bun:"team_id,pk"`
}

type auditedInteractionRow struct {
	bun.BaseModel `bun:"table:delius_audited_interaction"`

	AuditedInteractionID  int64     `bun:"audited_interaction_id,pk"`
	DateTime              time.Time `bun:"date_time"`
	Outcome               string    `bun:"outcome"`
	BusinessInteractionID int64     `bun:"business_interaction_id"`
	UserID                int64     `bun:"user_id"`
	Parameters            string    `bun:"parameters"`
}

// offender is the person a contact is on.
type offender struct {
	OffenderID int64  `bun:"offender_id"`
	CRN        string `bun:"crn"`
	NOMSNumber string `bun:"noms_number"`
}

// existingContact is a contact found for an item, with its offender.
type existingContact struct {
	ContactID           int64     `bun:"contact_id"`
	RowVersion          int64     `bun:"row_version"`
	Notes               string    `bun:"notes"`
	ExternalReference   *string   `bun:"external_reference"`
	LastUpdatedDatetime time.Time `bun:"last_updated_datetime"`
	CRN                 string    `bun:"crn"`
	NOMSNumber          *string   `bun:"noms_number"`
}

// area is a probation area with the team case notes are recorded against.
type area struct {
	ProbationAreaID int64  `bun:"probation_area_id"`
	Code            string `bun:"code"`
	TeamID          int64
}

type contactType struct {
	ContactTypeID    int64  `bun:"contact_type_id"`
	Code             string `bun:"code"`
	SensitiveContact string `bun:"sensitive_contact"`
}
