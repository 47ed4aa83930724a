// Command upstream-sim runs the upstream simulator on its own, for other
// teams' contract pipelines: every simulated HMPPS upstream is served at the
// root of one address.
//
// Usage:
//
//	upstream-sim [-addr host:port]
//
// The address defaults to $SIMULATOR_ADDR, then 127.0.0.1:8090.
package main

import (
	"context"
	"errors"
	"flag"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/simulator"
)

const defaultAddr = "127.0.0.1:8090"

func main() {
	addr := flag.String("addr", envOr("SIMULATOR_ADDR", defaultAddr), "listen address (env SIMULATOR_ADDR)")
	flag.Parse()

	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	if err := run(*addr, logger); err != nil {
		logger.Error("upstream simulator stopped", slog.String("error", err.Error()))
		os.Exit(1)
	}
}

// run serves until SIGINT/SIGTERM, then lets in-flight requests finish.
func run(addr string, logger *slog.Logger) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	srv := &http.Server{
		Addr:              addr,
		Handler:           simulator.New(simulator.DefaultWorld(), simulator.WithLogger(logger)),
		ReadHeaderTimeout: 10 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	logger.Info("upstream simulator listening", slog.String("addr", addr))

	select {
	case err := <-errc:
		return err // could not listen
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
