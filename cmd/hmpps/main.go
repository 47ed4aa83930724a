// Command hmpps is the HMPPS integration backbone: the Integration API, the Book
// a Secure Move API and (later) the case-notes worker in one binary.
//
//	hmpps [serve]              start the service (default)
//	hmpps migrate up|down|status
//	hmpps token [client-id]    print an /api access token (default: the full-access client)
//	hmpps publish FILE         put an SQS-envelope domain event on the domain-events queue
//	hmpps contacts NOMS        print a person's Delius contacts as JSON
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata" // Europe/London without system zoneinfo
)

// Set at build time with -ldflags "-X main.version=... -X main.gitCommit=...".
var (
	version   = "dev"
	gitCommit = "unknown"
	buildTime = "unknown"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "hmpps:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	cmd := "serve"
	if len(args) > 0 {
		cmd, args = args[0], args[1:]
	}
	cfg, err := loadConfig(os.Getenv)
	if err != nil {
		return err
	}
	logger := newLogger(cfg.LogLevel)
	slog.SetDefault(logger)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	switch cmd {
	case "serve":
		return serve(ctx, cfg, logger)
	case "migrate":
		return migrate(ctx, cfg, args)
	case "token":
		// Logs to stderr: stdout is the token, for scripts.
		return token(ctx, cfg, slog.New(slog.NewTextHandler(os.Stderr, nil)), args, os.Stdout)
	case "publish":
		return publish(ctx, cfg, args, os.Stdout)
	case "contacts":
		return contacts(ctx, cfg, args, os.Stdout)
	}
	return fmt.Errorf("unknown command %q (want serve, migrate, token, publish or contacts)", cmd)
}

func newLogger(level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: l}))
}
