package main

import (
	"context"
	"fmt"
	"os"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
)

func migrate(ctx context.Context, cfg config, args []string) error {
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
		return db.MigrateUp(ctx)
	case "down":
		return db.MigrateDown(ctx)
	case "status":
		return db.MigrationStatus(ctx, os.Stdout)
	}
	return fmt.Errorf("usage: hmpps migrate up|down|status")
}
