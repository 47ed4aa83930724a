package delius

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/core/casenotes"
)

// DataCleanse implements ports.DeliusContacts: a "Data Cleanse" contact, recorded
// against the case's current offender manager, tells its practitioners why
// prison contacts disappeared from it. A case without a current manager gets none.
func (w *Writer) DataCleanse(ctx context.Context, crn string) error {
	if err := w.loadReference(ctx); err != nil {
		return err
	}
	id, err := w.nextID(ctx, "contact_id_seq") // outside the transaction, see nextID
	if err != nil {
		return err
	}
	return w.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		var managers []struct {
			OffenderID      int64 `bun:"offender_id"`
			ProbationAreaID int64 `bun:"probation_area_id"`
			TeamID          int64 `bun:"team_id"`
			StaffID         int64 `bun:"staff_id"`
		}
		err := tx.NewRaw(`SELECT om.offender_id, om.probation_area_id, om.team_id, om.staff_id
			FROM delius_offender_manager om JOIN delius_offender o ON o.offender_id = om.offender_id
			WHERE o.crn = ? AND om.active_flag = 1 AND om.soft_deleted = 0 ORDER BY om.offender_manager_id DESC LIMIT 1`, crn).Scan(ctx, &managers)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if len(managers) == 0 {
			return nil
		}
		m := managers[0]
		ct, err := findContactTypeByCode(ctx, tx, casenotes.DataCleanseContactType)
		if err != nil {
			return err
		}
		now := w.now()
		description := casenotes.DataCleanseDescription
		_, err = tx.NewInsert().Model(&contactRow{
			ContactID: id, OffenderID: m.OffenderID, ContactTypeID: ct.ContactTypeID, Description: &description,
			Notes: casenotes.DataCleanseNotes(now), ContactDate: civilDate(now), ContactStartTime: now.UTC(),
			StaffID: m.StaffID, StaffEmployeeID: m.StaffID, TeamID: m.TeamID, ProbationAreaID: m.ProbationAreaID,
			Sensitive: ct.SensitiveContact, CreatedDatetime: now.UTC(), LastUpdatedDatetime: now.UTC(),
			CreatedByUserID: w.serviceUserID, LastUpdatedUserID: w.serviceUserID, RowVersion: 1, TrustProviderTeamID: &m.TeamID,
		}).Exec(ctx)
		if err != nil {
			return fmt.Errorf("data cleanse contact on %s: %w", crn, err)
		}
		return nil
	})
}
