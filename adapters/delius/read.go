package delius

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// Contact is a contact as `hmpps contacts` prints it and tests inspect it.
type Contact struct {
	ContactID         int64     `json:"contactId" bun:"contact_id"`
	CRN               string    `json:"crn" bun:"crn"`
	NOMSNumber        *string   `json:"nomsNumber" bun:"noms_number"`
	Type              string    `json:"type" bun:"type"`
	Description       *string   `json:"description" bun:"description"`
	Notes             string    `json:"notes" bun:"notes"`
	Date              time.Time `json:"date" bun:"contact_date"`
	StartTime         time.Time `json:"startTime" bun:"contact_start_time"`
	Sensitive         string    `json:"sensitive" bun:"sensitive"`
	ExternalReference *string   `json:"externalReference" bun:"external_reference"`
	NomisCaseNoteID   *int64    `json:"nomisCaseNoteId" bun:"nomis_case_note_id"`
	EventID           *int64    `json:"eventId" bun:"event_id"`
	NSIID             *int64    `json:"nsiId" bun:"nsi_id"`
	StaffCode         string    `json:"staffCode" bun:"staff_code"`
	StaffForename     string    `json:"staffForename" bun:"staff_forename"`
	TeamCode          string    `json:"teamCode" bun:"team_code"`
	ProbationArea     string    `json:"probationArea" bun:"probation_area"`
	CreatedBy         string    `json:"createdBy" bun:"created_by"`
	LastUpdatedBy     string    `json:"lastUpdatedBy" bun:"last_updated_by"`
	Created           time.Time `json:"created" bun:"created_datetime"`
	LastUpdated       time.Time `json:"lastUpdated" bun:"last_updated_datetime"`
	RowVersion        int64     `json:"rowVersion" bun:"row_version"`
}

const contactsQuery = `SELECT c.contact_id, o.crn, o.noms_number, t.code AS type, c.description, c.notes, c.contact_date,
	c.contact_start_time, c.sensitive, c.external_reference, c.nomis_case_note_id, c.event_id, c.nsi_id,
	s.officer_code AS staff_code, s.forename AS staff_forename, tm.code AS team_code, pa.code AS probation_area,
	cu.distinguished_name AS created_by, uu.distinguished_name AS last_updated_by,
	c.created_datetime, c.last_updated_datetime, c.row_version
	FROM delius_contact c
	JOIN delius_offender o ON o.offender_id = c.offender_id
	JOIN delius_r_contact_type t ON t.contact_type_id = c.contact_type_id
	JOIN delius_staff s ON s.staff_id = c.staff_id
	JOIN delius_team tm ON tm.team_id = c.team_id
	JOIN delius_probation_area pa ON pa.probation_area_id = c.probation_area_id
	JOIN delius_user_ cu ON cu.user_id = c.created_by_user_id
	JOIN delius_user_ uu ON uu.user_id = c.last_updated_user_id
	WHERE c.soft_deleted = 0 AND `

// ContactsByNOMS lists the contacts of the offenders with a NOMS number, oldest first.
func (w *Writer) ContactsByNOMS(ctx context.Context, noms string) ([]Contact, error) {
	return w.contacts(ctx, "o.noms_number = ?", noms)
}

// ContactsByCRN lists the contacts of a case, oldest first.
func (w *Writer) ContactsByCRN(ctx context.Context, crn string) ([]Contact, error) {
	return w.contacts(ctx, "o.crn = ?", crn)
}

// ContactByURN returns the contact with an external reference, or nil.
func (w *Writer) ContactByURN(ctx context.Context, urn string) (*Contact, error) {
	found, err := w.contacts(ctx, "c.external_reference = ?", urn)
	if err != nil || len(found) == 0 {
		return nil, err
	}
	return &found[0], nil
}

func (w *Writer) contacts(ctx context.Context, where string, arg any) ([]Contact, error) {
	out := []Contact{}
	if err := w.db.NewRaw(contactsQuery+where+" ORDER BY c.contact_id", arg).Scan(ctx, &out); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	for i := range out {
		out[i].StartTime, out[i].Created, out[i].LastUpdated = out[i].StartTime.UTC(), out[i].Created.UTC(), out[i].LastUpdated.UTC()
	}
	return out, nil
}
