package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"strings"

	"github.com/ministryofjustice/hmpps-backbone/adapters/delius"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// publish puts an SQS-envelope message (an HMPPS domain event as SNS delivers
// it, e.g. testdata/casenotes/*.json) on the domain-events queue of the current
// configuration, for the case-notes worker. The original fixtures' port
// placeholders are replaced with the simulator's port so their detail URLs work.
func publish(ctx context.Context, cfg config, args []string, out io.Writer) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: hmpps publish FILE")
	}
	raw, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	body := string(raw)
	if _, port, err := net.SplitHostPort(cfg.SimulatorAddr); err == nil {
		body = strings.NewReplacer("{wiremock.port}", port, "{dev.wiremock.port}", port).Replace(body)
	}
	var envelope struct {
		MessageAttributes map[string]struct {
			Value string `json:"Value"`
		} `json:"MessageAttributes"`
	}
	if err := json.Unmarshal([]byte(body), &envelope); err != nil {
		return fmt.Errorf("%s is not an SQS envelope: %w", args[0], err)
	}
	// SNS copies the message attributes onto the SQS message too; keep both.
	attributes := map[string]string{}
	for name, a := range envelope.MessageAttributes {
		if a.Value != "" {
			attributes[name] = a.Value
		}
	}
	db, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if cfg.MigrateOnStart {
		if err := db.MigrateUp(ctx); err != nil {
			return err
		}
	}
	queue, err := newQueues(ctx, cfg.Queue, db)
	if err != nil {
		return err
	}
	id, err := queue.Publish(ctx, cfg.Queue.DomainEvents, ports.OutboundMessage{Body: body, Attributes: attributes})
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(out, "published %s to %s (%s)\n", id, cfg.Queue.DomainEvents, cfg.Queue.Backend)
	return err
}

// contacts prints a person's Delius contacts, by NOMS number, as JSON.
func contacts(ctx context.Context, cfg config, args []string, out io.Writer) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: hmpps contacts NOMS_NUMBER")
	}
	db, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if cfg.MigrateOnStart {
		if err := db.MigrateDeliusUp(ctx); err != nil {
			return err
		}
	}
	list, err := delius.New(db).ContactsByNOMS(ctx, strings.ToUpper(strings.TrimSpace(args[0])))
	if err != nil {
		return err
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(list)
}
