package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
)

func migrate(ctx context.Context, cfg config, args []string) error {
	return runMigrations(ctx, cfg, args, os.Getenv, os.Stdout)
}

// runMigrations applies, rolls back or lists the app's migrations. "up" also
// applies the stand-in Delius schema (migrations/delius) when the case-notes
// worker, which writes it, is enabled: the same rule serve follows at start,
// so a database migrated here serves with MIGRATE_ON_START=false. "down" and
// "status" concern the app's migrations only.
func runMigrations(ctx context.Context, cfg config, args []string, getenv func(string) string, out io.Writer) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: hmpps migrate up|down|status")
	}
	db, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	switch args[0] {
	case "up":
		if err := db.MigrateUp(ctx); err != nil {
			return err
		}
		wc, err := loadCaseNotesWorkerConfig(cfg, getenv)
		if err != nil || !wc.Enabled {
			return err
		}
		return db.MigrateDeliusUp(ctx)
	case "down":
		return db.MigrateDown(ctx)
	case "status":
		return db.MigrationStatus(ctx, out)
	}
	return fmt.Errorf("usage: hmpps migrate up|down|status")
}
