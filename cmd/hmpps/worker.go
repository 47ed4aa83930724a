package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/ministryofjustice/hmpps-backbone/adapters/delius"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/alerts"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/casenotes"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/detailurl"
	"github.com/ministryofjustice/hmpps-backbone/adapters/worker"
	"github.com/ministryofjustice/hmpps-backbone/core/casenotes/consumer"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// caseNotesWorkerConfig is the worker's configuration:
//
//	CASE_NOTES_WORKER_ENABLED  run the prison-case-notes-to-probation worker on
//	                           the domain-events queue (default true)
//	DETAIL_URL_ALLOWED_HOSTS   comma-separated origins (scheme://host[:port])
//	                           whose detail URLs may be fetched; default the
//	                           configured case-notes and alerts-api base URLs
//	                           and, with the embedded simulator, its address
//	                           under both its IP and localhost
//
// It is read here, from the process environment, to keep the worker's wiring
// in this one file.
type caseNotesWorkerConfig struct {
	Enabled bool
	Allowed detailurl.AllowList
}

func loadCaseNotesWorkerConfig(cfg config, getenv func(string) string) (caseNotesWorkerConfig, error) {
	out := caseNotesWorkerConfig{Enabled: true}
	if v := strings.TrimSpace(getenv("CASE_NOTES_WORKER_ENABLED")); v != "" {
		enabled, err := strconv.ParseBool(v)
		if err != nil {
			return out, fmt.Errorf("CASE_NOTES_WORKER_ENABLED=%q is not true or false", v)
		}
		out.Enabled = enabled
	}
	origins := strings.Split(getenv("DETAIL_URL_ALLOWED_HOSTS"), ",")
	if strings.TrimSpace(getenv("DETAIL_URL_ALLOWED_HOSTS")) == "" {
		origins = []string{cfg.Upstreams["case-notes"], cfg.Upstreams["alerts-api"]}
		if cfg.Simulator == "embedded" {
			origins = append(origins, "http://"+cfg.SimulatorAddr)
			if _, port, err := net.SplitHostPort(cfg.SimulatorAddr); err == nil {
				// The original's fixtures name the simulator localhost.
				origins = append(origins, "http://localhost:"+port)
			}
		}
	}
	allowed, err := detailurl.New(origins...)
	if err != nil {
		return out, fmt.Errorf("DETAIL_URL_ALLOWED_HOSTS: %w", err)
	}
	out.Allowed = allowed
	return out, nil
}

// startCaseNotesWorker starts the prison-case-notes-to-probation worker on the
// domain-events queue when it is enabled: Case Notes and Alerts API adapters,
// the Delius contact writer on the service's database (its schema migrated at
// start with MIGRATE_ON_START), and the queue runner, stopping when ctx ends.
// The component tests turn it off (TestMain) unless a test asks for it, as
// several of them put their own messages on the domain-events queue.
func startCaseNotesWorker(ctx context.Context, cfg config, logger *slog.Logger, registry prometheus.Registerer, queue ports.Queue, db *store.DB, upstreamClient *http.Client) error {
	wc, err := loadCaseNotesWorkerConfig(cfg, os.Getenv)
	if err != nil || !wc.Enabled {
		return err
	}
	if cfg.MigrateOnStart {
		if err := db.MigrateDeliusUp(ctx); err != nil {
			return err
		}
	}
	caseNotes, err := casenotes.New(cfg.Upstreams["case-notes"], upstreamClient, wc.Allowed)
	if err != nil {
		return err
	}
	alertsAPI, err := alerts.New(cfg.Upstreams["alerts-api"], upstreamClient, wc.Allowed)
	if err != nil {
		return err
	}
	w := worker.New(queue, consumer.New(caseNotes, alertsAPI, delius.New(db)), logger.With("component", "case-notes-worker"), worker.NewMetrics(registry), worker.Config{
		Queue: cfg.Queue.DomainEvents,
		// Keep a slow message hidden well before its visibility runs out.
		Heartbeat: cfg.Queue.VisibilityTimeout / 3, Extension: cfg.Queue.VisibilityTimeout,
	})
	logger.Info("case notes worker enabled", "queue", cfg.Queue.DomainEvents, "detailUrlOrigins", wc.Allowed.Origins())
	go func() { _ = w.Run(ctx) }()
	return nil
}
