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

	"github.com/ministryofjustice/hmpps-backbone/adapters/health"
	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi"
	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/basm"
	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/integration"
	"github.com/ministryofjustice/hmpps-backbone/adapters/simulator"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/prisonersearch"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/probationsearch"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	coreintegration "github.com/ministryofjustice/hmpps-backbone/core/integration"
)

// app is the wired service: its HTTP handler and what must be closed after it.
type app struct {
	handler http.Handler
	db      *store.DB
}

func (a *app) Close() error { return a.db.Close() }

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

	resolver := coreintegration.NewResolver(prisoners, probation)
	clock, ids := systemClock{}, uuidGenerator{}
	locations, people, reference := store.NewLocations(db), store.NewPeople(db), store.NewReferenceData(db)

	// Health pings go without retries or a token: they must answer fast and never hide a failure.
	pingClient := &http.Client{Timeout: 2 * time.Second}
	checks := []health.Check{health.Database("db", string(db.Engine), db)}
	for _, name := range []string{"prisoner-search", "probation-search"} {
		checks = append(checks, health.Upstream(name, cfg.Upstreams[name], pingClient))
	}

	registry := prometheus.NewRegistry()
	registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	handler, err := httpapi.NewRouter(httpapi.Config{
		Logger:   logger,
		Registry: registry,
		Integration: integration.NewServer(integration.UseCases{
			PersonName: coreintegration.NewGetPersonName(resolver),
		}, health.NewChecker(3*time.Second, checks...), integration.BuildInfo{Version: version, GitCommit: gitCommit, BuildTime: buildTime}),
		Moves: basm.NewServer(basm.UseCases{
			Locations: booking.NewLocations(locations),
			People:    booking.NewPeople(people, reference, clock, ids),
			Reference: booking.NewReference(reference),
		}),
	})
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	return &app{handler: handler, db: db}, nil
}

// serve runs the service until ctx is cancelled (SIGTERM), then lets in-flight requests finish.
func serve(ctx context.Context, cfg config, logger *slog.Logger) error {
	if cfg.Simulator == "embedded" {
		sim, err := startSimulator(cfg.SimulatorAddr, logger)
		if err != nil {
			return err
		}
		defer sim.Close()
	}
	a, err := newApp(ctx, cfg, logger)
	if err != nil {
		return err
	}
	defer a.Close()

	srv := &http.Server{
		Addr:              ":" + cfg.Port,
		Handler:           a.handler,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	logger.Info("service started", "port", cfg.Port, "database", string(a.db.Engine), "simulator", cfg.Simulator, "version", version)

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down", "timeout", cfg.ShutdownTimeout.String())
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Info("stopped")
	return nil
}

// startSimulator runs the upstream simulator on a real listener, so upstream
// URLs in logs and messages are real.
func startSimulator(addr string, logger *slog.Logger) (*http.Server, error) {
	ln, err := net.Listen("tcp", addr)
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
