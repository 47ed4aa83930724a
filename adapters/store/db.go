// Package store implements the storage ports with bun, on PostgreSQL or SQLite.
// One implementation serves both engines; the dialect is picked from the DSN.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/dialect/sqlitedialect"
	"github.com/uptrace/bun/driver/pgdriver"
	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

// Engine is the database behind a DB.
type Engine string

// Supported engines.
const (
	Postgres Engine = "postgres"
	SQLite   Engine = "sqlite"
)

// DB is an open database with the engine it runs on.
type DB struct {
	*bun.DB
	Engine Engine
}

// PostgreSQL pool of one process. Connections above the idle limit are
// closed as soon as they are returned, so under sustained concurrency beyond
// it every transaction paid for a new server process (database/sql keeps 2
// idle by default; a limit of 16 under 40 concurrent worker messages still
// churned): the pool keeps every connection it opened, up to the bound, and
// lets them go after a minute unused. The bound keeps a few instances under
// the server's default max_connections (100).
const (
	maxOpenConns    = 32
	connMaxIdleTime = time.Minute
)

// Open connects to dsn: a postgres:// URL, or sqlite:<path> (":memory:" for a
// private in-memory database).
func Open(ctx context.Context, dsn string) (*DB, error) {
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		sqldb := sql.OpenDB(pgdriver.NewConnector(pgdriver.WithDSN(dsn)))
		sqldb.SetMaxOpenConns(maxOpenConns)
		sqldb.SetMaxIdleConns(maxOpenConns)
		sqldb.SetConnMaxIdleTime(connMaxIdleTime)
		db := &DB{DB: bun.NewDB(sqldb, pgdialect.New()), Engine: Postgres}
		if err := db.PingContext(ctx); err != nil {
			_ = db.Close()
			return nil, fmt.Errorf("store: connect to postgres: %w", err)
		}
		return db, nil
	case strings.HasPrefix(dsn, "sqlite:"):
		path := strings.TrimPrefix(dsn, "sqlite:")
		if path != ":memory:" {
			if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
				return nil, fmt.Errorf("store: create database folder: %w", err)
			}
		}
		// In WAL mode synchronous=NORMAL cannot corrupt the file; a power cut may
		// lose the last commits, which the embedded default accepts in exchange
		// for commits that do not wait for the disk (the embedded queue commits
		// every publish and audit batch).
		sqldb, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_time_format=sqlite")
		if err != nil {
			return nil, fmt.Errorf("store: open sqlite: %w", err)
		}
		// SQLite allows one writer; a single connection turns lock contention into
		// queueing inside database/sql instead of "database is locked" errors.
		sqldb.SetMaxOpenConns(1)
		db := &DB{DB: bun.NewDB(sqldb, sqlitedialect.New()), Engine: SQLite}
		if err := db.PingContext(ctx); err != nil {
			_ = db.Close()
			return nil, fmt.Errorf("store: open sqlite: %w", err)
		}
		return db, nil
	}
	return nil, fmt.Errorf("store: unsupported DATABASE_URL %q (want postgres://... or sqlite:<path>)", redact(dsn))
}

// redact hides a password in a DSN before it reaches an error message.
func redact(dsn string) string {
	if i := strings.Index(dsn, "@"); i > 0 {
		if j := strings.Index(dsn, "://"); j > 0 && j < i {
			return dsn[:j+3] + "***" + dsn[i:]
		}
	}
	return dsn
}

// inTx is the transaction a context runs in, for lookups made while a row is
// locked: on SQLite, whose one connection the transaction holds, a lookup on
// the pool would wait for ever.
type inTx struct {
	sqldb *sql.DB // the database the transaction belongs to
	tx    bun.Tx
}

type inTxKey struct{}

// withTx returns ctx whose lookups through this database run in tx.
func (db *DB) withTx(ctx context.Context, tx bun.Tx) context.Context {
	return context.WithValue(ctx, inTxKey{}, inTx{sqldb: db.DB.DB, tx: tx})
}

// conn is where a query made with ctx runs: the transaction ctx was given by
// withTx, or the pool.
func (db *DB) conn(ctx context.Context) bun.IDB {
	if t, ok := ctx.Value(inTxKey{}).(inTx); ok && t.sqldb == db.DB.DB {
		return t.tx
	}
	return db.DB
}
