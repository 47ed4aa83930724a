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
	casenotestypes "github.com/ministryofjustice/hmpps-backbone/core/casenotes"
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
//	CASE_NOTES_TYPES_OF_INTEREST  the case-note types merged and back-filled,
//	                           e.g. "GEN:OSE,RESET:BCST|GUIDINT,KA"; default
//	                           the original's table plus NEG:IEP_WARN (ADR 0018)
//
// It is read here, from the process environment, to keep the worker's wiring
// in this one file.
type caseNotesWorkerConfig struct {
	Enabled         bool
	Allowed         detailurl.AllowList
	TypesOfInterest casenotestypes.InterestTable
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
	out.TypesOfInterest = casenotestypes.DefaultInterest()
	if v := getenv("CASE_NOTES_TYPES_OF_INTEREST"); strings.TrimSpace(v) != "" {
		if out.TypesOfInterest, err = casenotestypes.ParseInterest(v); err != nil {
			return out, fmt.Errorf("CASE_NOTES_TYPES_OF_INTEREST: %w", err)
		}
	}
	return out, nil
}

// startCaseNotesWorker starts the prison-case-notes-to-probation worker on the
// domain-events queue when it is enabled: Case Notes and Alerts API adapters,
// the Delius contact writer on the service's database (its schema migrated at
// start with MIGRATE_ON_START), and the queue runner, which stops receiving
// when ctx ends. stop stops it for good and waits for the messages in hand
// (see worker.Worker.Stop); call it before closing the database or the queue.
// The component tests turn it off (TestMain) unless a test asks for it, as
// several of them put their own messages on the domain-events queue.
func startCaseNotesWorker(ctx context.Context, cfg config, logger *slog.Logger, registry prometheus.Registerer, queue ports.Queue, db *store.DB, upstreamClient *http.Client) (stop func(context.Context) error, err error) {
	noop := func(context.Context) error { return nil }
	wc, err := loadCaseNotesWorkerConfig(cfg, os.Getenv)
	if err != nil || !wc.Enabled {
		return noop, err
	}
	if cfg.MigrateOnStart {
		if err := db.MigrateDeliusUp(ctx); err != nil {
			return noop, err
		}
	}
	caseNotes, err := casenotes.New(cfg.Upstreams["case-notes"], upstreamClient, wc.Allowed)
	if err != nil {
		return noop, err
	}
	alertsAPI, err := alerts.New(cfg.Upstreams["alerts-api"], upstreamClient, wc.Allowed)
	if err != nil {
		return noop, err
	}
	w := worker.New(queue, consumer.New(caseNotes, alertsAPI, delius.New(db), consumer.WithTypesOfInterest(wc.TypesOfInterest)),
		logger.With("component", "case-notes-worker"), worker.NewMetrics(registry), worker.Config{
			Queue: cfg.Queue.DomainEvents,
			// Keep a slow message hidden well before its visibility runs out.
			Heartbeat: cfg.Queue.VisibilityTimeout / 3, Extension: cfg.Queue.VisibilityTimeout,
			Pollers: pollers(cfg.Queue.Backend),
		})
	logger.Info("case notes worker enabled", "queue", cfg.Queue.DomainEvents, "detailUrlOrigins", wc.Allowed.Origins(),
		"typesOfInterest", wc.TypesOfInterest.String())
	go func() { _ = w.Run(ctx) }()
	return w.Stop, nil
}

// pollers is how many receive loops the worker runs: the worker's default on
// a broker, one on the embedded queue, whose idle long polls are repeated
// database queries and whose SQLite writes are serialised anyway.
func pollers(backend string) int {
	if backend == "embedded" {
		return 1
	}
	return 0
}
