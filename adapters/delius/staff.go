package delius

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/core/casenotes"
)

// createStaff adds the author of a prison case note to the probation area's
// staff, with the next officer code, in its own transaction: the staff
// member stays even if the contact's transaction fails, as in the original.
// It re-checks under the area's lock, so waiting workers find the one created.
func (w *Writer) createStaff(ctx context.Context, a area, name casenotes.StaffName) error {
	mu, _ := w.staffLocks.LoadOrStore(a.ProbationAreaID, &sync.Mutex{})
	mu.(*sync.Mutex).Lock()
	defer mu.(*sync.Mutex).Unlock()
	id, err := w.nextID(ctx, "staff_id_seq") // outside the transaction, see nextID
	if err != nil {
		return err
	}
	return w.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if id, err := findStaff(ctx, tx, a.ProbationAreaID, name); err != nil || id != 0 {
			return err
		}
		code, err := nextOfficerCode(ctx, tx, a.Code)
		if err != nil {
			return err
		}
		now := w.now()
		row := &staffRow{
			StaffID: id, Forename: name.Forename, Surname: name.Surname, OfficerCode: code,
			ProbationAreaID: a.ProbationAreaID, StartDate: civilDate(now), CreatedDatetime: now.UTC(),
		}
		if _, err := tx.NewInsert().Model(row).Exec(ctx); err != nil {
			return classify(err)
		}
		_, err = tx.NewInsert().Model(&staffTeamRow{StaffID: id, TeamID: a.TeamID}).Exec(ctx)
		return err
	})
}

// nextOfficerCode finds the highest <area><letter><3 digits> code in use and
// takes the next. Other shapes sharing the prefix (e.g. the unallocated
// "LEICSNU") are not in the sequence and are skipped.
func nextOfficerCode(ctx context.Context, tx bun.IDB, areaCode string) (string, error) {
	if len(areaCode) < 3 {
		return "", fmt.Errorf("probation area code %q is too short for officer codes", areaCode)
	}
	prefix := areaCode[:3]
	var codes []string
	err := tx.NewRaw("SELECT officer_code FROM delius_staff WHERE officer_code LIKE ?", prefix+"____").Scan(ctx, &codes)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	highest := ""
	for _, c := range codes {
		if casenotes.IsOfficerCode(areaCode, c) && c > highest {
			highest = c
		}
	}
	return casenotes.NextOfficerCode(areaCode, highest)
}
