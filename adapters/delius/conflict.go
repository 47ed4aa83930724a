package delius

import (
	"errors"
	"fmt"

	"github.com/uptrace/bun/driver/pgdriver"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// classify marks unique-constraint violations as lost races (errConflict):
// the same URN inserted by a concurrent merge, or an officer code taken by
// another process. Retrying the merge then finds the winner's row.
func classify(err error) error {
	var pgErr pgdriver.Error
	if errors.As(err, &pgErr) && pgErr.Field('C') == "23505" {
		return fmt.Errorf("%w: %w", errConflict, err)
	}
	var liteErr *sqlite.Error
	if errors.As(err, &liteErr) && (liteErr.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || liteErr.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY) {
		return fmt.Errorf("%w: %w", errConflict, err)
	}
	return err
}
