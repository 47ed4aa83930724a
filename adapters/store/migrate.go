package store

import (
	"context"
	"fmt"
	"io"
	"io/fs"

	"github.com/pressly/goose/v3"

	"github.com/ministryofjustice/hmpps-backbone/migrations"
)

func (db *DB) provider() (*goose.Provider, error) {
	dialect := goose.DialectSQLite3
	if db.Engine == Postgres {
		dialect = goose.DialectPostgres
	}
	fsys, err := fs.Sub(migrations.App, "app")
	if err != nil {
		return nil, err
	}
	return goose.NewProvider(dialect, db.DB.DB, fsys)
}

// MigrateUp applies every pending migration.
func (db *DB) MigrateUp(ctx context.Context) error {
	p, err := db.provider()
	if err != nil {
		return fmt.Errorf("store: migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("store: migrate up: %w", err)
	}
	return nil
}

// MigrateDown rolls back the latest migration.
func (db *DB) MigrateDown(ctx context.Context) error {
	p, err := db.provider()
	if err != nil {
		return fmt.Errorf("store: migrations: %w", err)
	}
	if _, err := p.Down(ctx); err != nil {
		return fmt.Errorf("store: migrate down: %w", err)
	}
	return nil
}

// MigrationStatus writes one line per migration to w.
func (db *DB) MigrationStatus(ctx context.Context, w io.Writer) error {
	p, err := db.provider()
	if err != nil {
		return fmt.Errorf("store: migrations: %w", err)
	}
	statuses, err := p.Status(ctx)
	if err != nil {
		return fmt.Errorf("store: migration status: %w", err)
	}
	for _, s := range statuses {
		applied := "pending"
		if s.State == goose.StateApplied {
			applied = "applied " + s.AppliedAt.Format("2006-01-02 15:04:05")
		}
		if _, err := fmt.Fprintf(w, "%05d %-50s %s\n", s.Source.Version, s.Source.Path, applied); err != nil {
			return err
		}
	}
	return nil
}

// DeliusVersionTable is goose's version table for migrations/delius, apart
// from the app's so the two folders number their migrations independently.
const DeliusVersionTable = "goose_delius_version"

// MigrateDeliusUp applies every pending migration of the stand-in Delius
// schema (migrations/delius), which shares the database with the app schema.
func (db *DB) MigrateDeliusUp(ctx context.Context) error {
	dialect := goose.DialectSQLite3
	if db.Engine == Postgres {
		dialect = goose.DialectPostgres
	}
	fsys, err := fs.Sub(migrations.Delius, "delius")
	if err != nil {
		return fmt.Errorf("store: delius migrations: %w", err)
	}
	p, err := goose.NewProvider(dialect, db.DB.DB, fsys, goose.WithTableName(DeliusVersionTable))
	if err != nil {
		return fmt.Errorf("store: delius migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("store: delius migrate up: %w", err)
	}
	return nil
}
