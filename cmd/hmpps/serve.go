package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/ministryofjustice/hmpps-backbone/adapters/audit"
	"github.com/ministryofjustice/hmpps-backbone/adapters/health"
	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi"
	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/basm"
	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/integration"
	"github.com/ministryofjustice/hmpps-backbone/adapters/simulator"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/idcache"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/prisonersearch"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/probationsearch"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	coreintegration "github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/queues"
)

// app is the wired service: its HTTP handler and what must be closed after it.
type app struct {
	handler http.Handler
	db      *store.DB
	// stopWorker stops the case-notes worker (a no-op when it is disabled).
	stopWorker func(context.Context) error
}

// Shutdown stops the background work that uses the database and the queue —
// the case-notes worker finishes, or within ctx gives up, the messages in
// hand — and only then closes the database, so no message is cut off by a
// closed database half way through.
func (a *app) Shutdown(ctx context.Context) error {
	err := a.stopWorker(ctx)
	if err != nil {
		err = fmt.Errorf("case notes worker: %w", err)
	}
	return errors.Join(err, a.db.Close())
}

// Close is Shutdown with a fixed budget, for tests and start-up failures.
func (a *app) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return a.Shutdown(ctx)
}

// newApp wires configuration → adapters → core → HTTP.
func newApp(ctx context.Context, cfg config, logger *slog.Logger) (*app, error) {
	db, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return nil, err
	}
	if cfg.MigrateOnStart {
		if err := db.MigrateUp(ctx); err != nil {
			_ = db.Close()
			return nil, err
		}
	}

	upstreamClient := transport.NewClient(transport.Config{
		TokenURL: cfg.tokenURL(), ClientID: cfg.AuthClientID, ClientSecret: cfg.AuthClientSecret,
		ConnectTimeout: cfg.ConnectTimeout, ResponseTimeout: cfg.ResponseTimeout,
		RequestDeadline: cfg.RequestDeadline, Retries: cfg.Retries,
	})
	prisoners, err := prisonersearch.New(cfg.Upstreams["prisoner-search"], upstreamClient)
	if err != nil {
		return nil, err
	}
	probation, err := probationsearch.New(cfg.Upstreams["probation-search"], upstreamClient)
	if err != nil {
		return nil, err
	}

	resolver := coreintegration.NewResolver(idcache.Prisoners(prisoners, cfg.HmppsIDCacheTTL), idcache.Probation(probation, cfg.HmppsIDCacheTTL))
	prison, err := newPrisonReads(cfg, upstreamClient, resolver, prisoners)
	if err != nil {
		return nil, err
	}
	probationReads, err := newProbationReads(cfg, upstreamClient, resolver, prisoners, probation)
	if err != nil {
		return nil, err
	}
	prisonRecords, err := newPrisonRecords(cfg, upstreamClient, resolver)
	if err != nil {
		return nil, err
	}
	clock, ids := systemClock{}, uuidGenerator{}
	locations, people, reference := store.NewLocations(db), store.NewPeople(db), store.NewReferenceData(db)
	profiles, err := newProfiles(cfg, upstreamClient, db, prisoners, clock, ids)
	if err != nil {
		return nil, err
	}

	// Health pings go without retries or a token: they must answer fast and never hide a failure.
	pingClient := &http.Client{Timeout: 2 * time.Second}
	checks := []health.Check{health.Database("db", string(db.Engine), db)}
	for _, name := range []string{"prisoner-search", "probation-search", "prison-api", "incentives"} {
		checks = append(checks, health.Upstream(name, cfg.Upstreams[name], pingClient))
	}
	queue, err := newQueues(ctx, cfg.Queue, db)
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	checks = append(checks, queueHealth(cfg.Queue.Backend, queue))

	accessControl, err := integrationAccess(cfg, resolver, upstreamClient)
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	movesAccess, err := newMovesAuth(ctx, cfg, logger, reference, clock)
	if err != nil {
		_ = db.Close()
		return nil, err
	}

	registry := prometheus.NewRegistry()
	registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	stopWorker, err := startCaseNotesWorker(ctx, cfg, logger, registry, queue, db, upstreamClient)
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	a := &app{db: db, stopWorker: stopWorker}
	// Audit records of /v1 calls go to the audit queue in the background, for as long as the service runs.
	auditor := audit.New(queue, cfg.Queue.Audit, 1024, logger, registry)
	go auditor.Run(ctx)
	handler, err := httpapi.NewRouter(httpapi.Config{
		Logger:            logger,
		Registry:          registry,
		Auditor:           auditor,
		IntegrationAccess: accessControl,
		MovesAccess:       movesAccess.authenticate,
		Integration: integration.NewServer(integration.UseCases{
			PersonName:           coreintegration.NewGetPersonName(resolver),
			Prisoner:             prison.Prisoner,
			Prisoners:            prison.Prisoners,
			CellLocation:         prison.CellLocation,
			ConvertIDs:           prison.ConvertIDs,
			Alerts:               prison.Alerts,
			VisitRestrictions:    prison.VisitRestrictions,
			VisitOrders:          prison.VisitOrders,
			IepLevel:             prison.IepLevel,
			Probation:            probationReads,
			PrisonRecords:        prisonRecords,
			QueueAdmin:           queues.NewAdmin(queue, cfg.Queue.Audit),
			ExpressionOfInterest: coreintegration.NewExpressInterest(resolver, queue, cfg.Queue.JobsBoard, ids),
		}, health.NewChecker(3*time.Second, checks...), integration.BuildInfo{Version: version, GitCommit: gitCommit, BuildTime: buildTime}),
		Moves: basm.NewServer(basm.UseCases{
			Locations: booking.NewLocations(locations),
			People:    booking.NewPeople(people, reference, prisoners, clock, ids),
			Profiles:  profiles,
			Reference: booking.NewReference(reference),
			Tokens:    movesAccess.issue,
			Moves:     moveUseCases(db, locations, reference, cfg.Idempotency, clock, ids),
			Journeys:  journeyUseCases(db, locations, reference, clock, ids),
			Hearings:  courtHearingUseCase(db, locations, clock, ids),
			Escorts:   escortRecordUseCases(db, clock, ids),
			Events:    eventUseCases(db, locations, reference, people, clock, ids),
		}),
	})
	if err != nil {
		_ = a.Close()
		return nil, err
	}
	a.handler = handler
	return a, nil
}

// serve runs the service until ctx is cancelled (SIGTERM), then lets in-flight requests finish.
func serve(ctx context.Context, cfg config, logger *slog.Logger) error {
	if cfg.Simulator == "embedded" {
		sim, err := startSimulator(cfg.SimulatorAddr, logger)
		if err != nil {
			return err
		}
		defer func() { _ = sim.Close() }()
	}
	a, err := newApp(ctx, cfg, logger)
	if err != nil {
		return err
	}
	// Until the shutdown below owns it, a start-up failure still closes the app.
	shutDown := false
	defer func() {
		if !shutDown {
			_ = a.Close()
		}
	}()

	tlsConfig, err := serverTLS(cfg)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Addr:              ":" + cfg.Port,
		TLSConfig:         tlsConfig,
		Handler:           a.handler,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	errc := make(chan error, 1)
	go func() {
		if tlsConfig != nil {
			errc <- srv.ListenAndServeTLS("", "") // the certificate is in TLSConfig
			return
		}
		errc <- srv.ListenAndServe()
	}()
	logger.Info("service started", "port", cfg.Port, "database", string(a.db.Engine), "simulator", cfg.Simulator, "version", version)

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down", "timeout", cfg.ShutdownTimeout.String())
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	// One budget for both: requests drain while the worker (which stopped
	// receiving when ctx ended) finishes its messages; then the database closes.
	httpErr := srv.Shutdown(shutdownCtx)
	if httpErr != nil {
		httpErr = fmt.Errorf("shutdown: %w", httpErr)
	} else if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		httpErr = err
	}
	shutDown = true
	if err := errors.Join(httpErr, a.Shutdown(shutdownCtx)); err != nil {
		return err
	}
	logger.Info("stopped")
	return nil
}

// startSimulator runs the upstream simulator on a real listener, so upstream
// URLs in logs and messages are real.
func startSimulator(addr string, logger *slog.Logger) (*http.Server, error) {
	ln, err := (&net.ListenConfig{}).Listen(context.Background(), "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("simulator: listen on %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           simulator.New(simulator.DefaultWorld(), simulator.WithLogger(logger.With("component", "simulator"))),
		ReadHeaderTimeout: 10 * time.Second,
	}
	go func() { _ = srv.Serve(ln) }()
	logger.Info("upstream simulator started", "addr", ln.Addr().String())
	return srv, nil
}
