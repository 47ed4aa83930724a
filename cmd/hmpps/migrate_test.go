package main

import (
	"context"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/delius"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store/storetest"
)

// `hmpps migrate up` leaves a database serve can run on without migrating at
// start: the app schema and, with the case-notes worker enabled, the Delius
// schema it writes contacts into.
func TestMigrateUpAlsoMigratesDeliusForTheWorker(t *testing.T) {
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		for _, tt := range []struct {
			worker string
			delius bool
		}{{"true", true}, {"", true}, {"false", false}} {
			t.Run("worker="+tt.worker, func(t *testing.T) {
				env := map[string]string{"DATABASE_URL": storetest.DSN(t, engine), "AUTHORISATION_FILE": "config/authorisation.yaml", "CASE_NOTES_WORKER_ENABLED": tt.worker}
				getenv := func(k string) string { return env[k] }
				cfg, err := loadConfig(getenv)
				require.NoError(t, err)
				ctx := context.Background()
				require.NoError(t, runMigrations(ctx, cfg, []string{"up"}, getenv, io.Discard))
				require.NoError(t, runMigrations(ctx, cfg, []string{"up"}, getenv, io.Discard), "a second run is a no-op")

				db, err := store.Open(ctx, cfg.DatabaseURL)
				require.NoError(t, err)
				defer db.Close()
				_, err = db.NewSelect().Table("queue_messages").Count(ctx)
				require.NoError(t, err, "the app schema")
				contacts, err := delius.New(db).ContactsByNOMS(ctx, "AA0001A")
				if !tt.delius {
					require.Error(t, err, "no Delius schema without the worker")
					return
				}
				require.NoError(t, err, "the Delius schema, seeded")
				assert.NotEmpty(t, contacts, "the seed's contacts")
			})
		}
	})
}
