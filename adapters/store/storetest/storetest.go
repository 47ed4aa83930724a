// Package storetest opens fresh, migrated databases for tests, on every engine
// the store supports: SQLite always, PostgreSQL when TEST_POSTGRES_DSN names a
// server (make test starts a throwaway one and sets REQUIRE_POSTGRES=1).
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
)

// Engines lists the engines to run a suite against. Without a PostgreSQL server
// it fails when one is required, rather than quietly testing less.
func Engines(t testing.TB) []store.Engine {
	t.Helper()
	engines := []store.Engine{store.SQLite}
	if os.Getenv("TEST_POSTGRES_DSN") != "" {
		engines = append(engines, store.Postgres)
	} else if os.Getenv("REQUIRE_POSTGRES") != "" {
		t.Fatal("REQUIRE_POSTGRES is set but TEST_POSTGRES_DSN is empty")
	}
	return engines
}

// Open returns a new, empty, migrated database on engine, dropped when the test ends.
func Open(t testing.TB, engine store.Engine) *store.DB {
	t.Helper()
	ctx := context.Background()
	dsn := DSN(t, engine)
	db, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatalf("open %s: %v", engine, err)
	}
	t.Cleanup(func() { _ = db.Close() })
	if err := db.MigrateUp(ctx); err != nil {
		t.Fatalf("migrate %s: %v", engine, err)
	}
	return db
}

// DSN creates a fresh empty database on engine and returns its DSN.
func DSN(t testing.TB, engine store.Engine) string {
	t.Helper()
	switch engine {
	case store.SQLite:
		return "sqlite:" + filepath.Join(t.TempDir(), "test.db")
	case store.Postgres:
		return freshPostgres(t)
	}
	t.Fatalf("unknown engine %q", engine)
	return ""
}

func freshPostgres(t testing.TB) string {
	t.Helper()
	base := os.Getenv("TEST_POSTGRES_DSN")
	if base == "" {
		t.Fatal("TEST_POSTGRES_DSN is not set")
	}
	ctx := context.Background()
	admin, err := store.Open(ctx, base)
	if err != nil {
		t.Fatalf("connect to test postgres: %v", err)
	}
	defer admin.Close()
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "t_" + hex.EncodeToString(b[:])
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		admin, err := store.Open(context.Background(), base)
		if err != nil {
			return
		}
		defer admin.Close()
		_, _ = admin.ExecContext(context.Background(), fmt.Sprintf("DROP DATABASE IF EXISTS %s WITH (FORCE)", name))
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse TEST_POSTGRES_DSN: %v", err)
	}
	u.Path = "/" + name
	return u.String()
}
