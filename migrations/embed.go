// Package migrations embeds the goose SQL migrations, one folder per schema.
// Every file is written in the SQL subset PostgreSQL and SQLite share, so one
// set of migrations serves both storage engines.
package migrations

import "embed"

// App is the service's own schema (Book a Secure Move and the embedded queue).
//
//go:embed app/*.sql
var App embed.FS

// Delius is the stand-in Delius schema the case-notes-to-probation worker
// writes contacts into; goose tracks it in its own version table.
//
//go:embed delius/*.sql
var Delius embed.FS
