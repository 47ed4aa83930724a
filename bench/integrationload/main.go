// Command integrationload measures what our HMPPS Integration API (/v1) adds
// over a bare reverse proxy, on one machine, in one go (issue 4):
//
//  1. it starts one upstream simulator (bin/upstream-sim), our service
//     (bin/hmpps serve, SIMULATOR=off, every upstream URL at that simulator)
//     and a bare httputil.ReverseProxy in front of the same simulator (this
//     program again, as a separate process, so CPU and RSS are the proxy's own);
//  2. closed loop: the same workers send the same mix of /v1 GETs (mix.go) to
//     our service and the matching upstream call to the proxy, alternating
//     targets each round, and it reports latency percentiles, throughput,
//     CPU per request and the difference;
//  3. open loop: a constant rate against the proxy, then our service while
//     sampling its VmRSS/VmHWM every 250 ms.
//
// It prints markdown tables for docs/benchmarks.md and PASS/MISS for each
// target, and exits 1 if any request failed (a missed target is reported, not
// fatal). Run it from the repository root after `make build` (make bench-load).
//
// Usage:
//
//	go run ./bench/integrationload [-workers 16] [-duration 15s] [-rounds 2] [-rate 500] [-rate-duration 20s]
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "proxy" {
		if err := runProxy(os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, "proxy:", err)
			os.Exit(1)
		}
		return
	}
	code, err := bench()
	if err != nil {
		fmt.Fprintln(os.Stderr, "integrationload:", err)
		os.Exit(2)
	}
	os.Exit(code)
}

// upstreamURLVars are the service's upstream base-URL variables (README, cmd/hmpps/config.go).
var upstreamURLVars = []string{
	"PRISONER_SEARCH_URL", "PROBATION_SEARCH_URL", "PRISON_API_URL", "NDELIUS_URL", "EPF_URL", "ARNS_URL",
	"CASE_NOTES_URL", "CVL_URL", "POM_URL", "ADJUDICATIONS_URL", "PLP_URL", "NON_ASSOCIATIONS_URL",
	"PERSONAL_RELATIONSHIPS_URL", "VISITS_URL", "INCENTIVES_URL", "ALERTS_API_URL",
}

// identity is how the gateway names a full-access consumer in header identity mode.
const identity = "C=GB,ST=London,L=London,O=Home Office,CN=full-access"

func bench() (int, error) {
	var p params
	hmppsBin := flag.String("hmpps", "bin/hmpps", "service binary (make build)")
	simBin := flag.String("sim", "bin/upstream-sim", "simulator binary (make build)")
	authz := flag.String("authorisation", "cmd/hmpps/config/authorisation.yaml", "AUTHORISATION_FILE for the service")
	flag.IntVar(&p.workers, "workers", 16, "closed loop: concurrent clients per target")
	flag.DurationVar(&p.warmup, "warmup", 3*time.Second, "closed loop: unmeasured start of each round")
	flag.DurationVar(&p.duration, "duration", 15*time.Second, "closed loop: measured time per target per round")
	flag.IntVar(&p.rounds, "rounds", 2, "closed loop: rounds; each runs both targets, alternating which goes first")
	flag.IntVar(&p.rate, "rate", 500, "open loop: requests a second against our service")
	flag.DurationVar(&p.rateDuration, "rate-duration", 20*time.Second, "open loop: how long")
	queue := flag.String("queue", "embedded", "our service's QUEUE_BACKEND: embedded (SQLite, the default) or memory")
	keep := flag.Bool("keep", false, "keep the temporary directory (logs, SQLite database)")
	flag.Parse()
	if *queue != "embedded" && *queue != "memory" {
		return 0, errors.New("-queue: want embedded or memory (the bench starts no SQS)")
	}
	p.queue = *queue
	if p.workers < 1 || p.rounds < 1 || p.rate < 1 || p.duration <= 0 || p.rateDuration <= 0 {
		return 0, errors.New("-workers, -rounds, -rate, -duration and -rate-duration must be positive")
	}

	self, err := os.Executable()
	if err != nil {
		return 0, err
	}
	bins := map[string]*string{"-hmpps": hmppsBin, "-sim": simBin, "-authorisation": authz}
	for name, path := range bins {
		if *path, err = filepath.Abs(*path); err != nil {
			return 0, err
		}
		if _, err := os.Stat(*path); err != nil {
			return 0, fmt.Errorf("%s: %w (run make build from the repository root)", name, err)
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	dir, err := os.MkdirTemp("", "integrationload-")
	if err != nil {
		return 0, err
	}
	failed := true
	defer func() {
		if *keep || failed {
			fmt.Fprintln(os.Stderr, "logs and database kept in", dir)
			return
		}
		_ = os.RemoveAll(dir)
	}()

	// The load generator's pool is large enough that it never makes a
	// request wait for a connection, in either loop.
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		MaxIdleConns: 2048, MaxIdleConnsPerHost: 1024, IdleConnTimeout: 90 * time.Second,
	}}

	procs, targets, err := startAll(ctx, client, dir, self, *hmppsBin, *simBin, *authz, *queue)
	defer func() {
		for i := len(procs) - 1; i >= 0; i-- {
			procs[i].stop()
		}
	}()
	if err != nil {
		return 0, err
	}
	sim, proxy, ours := procs[0], targets[0], targets[1]
	fmt.Fprintf(os.Stderr, "simulator pid %d, proxy pid %d at %s, our service pid %d at %s; logs in %s\n",
		sim.pid(), proxy.pid, proxy.base, ours.pid, ours.base, dir)

	// Every operation must answer 200 on both before load means anything.
	var pre errorLog
	for _, t := range targets {
		for _, o := range mix {
			if err := t.request(ctx, client, o); err != nil {
				pre.add(t, o, err)
			}
		}
	}
	if pre.count > 0 {
		for _, e := range pre.first {
			fmt.Fprintln(os.Stderr, "preflight:", e)
		}
		return 1, nil
	}

	proxyRun, oursRun := &run{}, &run{}
	for round := range p.rounds {
		order := []int{0, 1}
		if round%2 == 1 {
			order = []int{1, 0}
		}
		for _, i := range order {
			t := targets[i]
			fmt.Fprintf(os.Stderr, "round %d/%d: closed loop against %s, %d workers, %s + %s\n",
				round+1, p.rounds, t.name, p.workers, p.warmup, p.duration)
			waitAuditIdle(ctx, client, ours.base, 30*time.Second)
			before, _ := auditCounts(ctx, client, ours.base)
			r := closedLoop(ctx, client, t, sim.pid(), p.workers, p.warmup, p.duration)
			r.audit = auditDelta(ctx, client, ours.base, before)
			[]*run{proxyRun, oursRun}[i].merge(r)
		}
	}
	// The proxy's open loop is only a reference: added latency at a rate
	// both sustain, free of the queueing a saturated closed loop adds.
	fmt.Fprintf(os.Stderr, "open loop against %s: %d req/s for %s\n", proxy.name, p.rate, p.rateDuration)
	waitAuditIdle(ctx, client, ours.base, 30*time.Second)
	proxyOpen := openLoop(ctx, client, proxy, sim.pid(), p.rate, p.rateDuration)
	fmt.Fprintf(os.Stderr, "open loop against %s: %d req/s for %s\n", ours.name, p.rate, p.rateDuration)
	before, _ := auditCounts(ctx, client, ours.base)
	oursOpen := openLoop(ctx, client, ours, sim.pid(), p.rate, p.rateDuration)
	oursOpen.audit = auditDelta(ctx, client, ours.base, before)
	if err := ctx.Err(); err != nil {
		return 0, err
	}

	rs := runs{proxyClosed: proxyRun, oursClosed: oursRun, proxyOpen: proxyOpen, oursOpen: oursOpen}
	errs := rs.errors()
	writeReport(os.Stdout, p, rs, evaluate(rs, errs))
	failed = errs > 0
	if failed {
		return 1, nil
	}
	return 0, nil
}

// startAll starts the simulator, the proxy and our service, in that order,
// and waits until each is ready. It returns what it started even on error,
// so the caller can stop it; targets are [proxy, ours].
func startAll(ctx context.Context, client *http.Client, dir, self, hmppsBin, simBin, authz, queue string) ([]*proc, []target, error) {
	var procs []*proc
	simAddr, err := freeAddr()
	if err != nil {
		return procs, nil, err
	}
	simURL := "http://" + simAddr
	sim, err := startProc("simulator", filepath.Join(dir, "simulator.log"), dir, os.Environ(), simBin, "-addr", simAddr)
	if err != nil {
		return procs, nil, err
	}
	procs = append(procs, sim)
	if err := sim.waitReady(ctx, client, simURL+"/health/ping", 30*time.Second); err != nil {
		return procs, nil, err
	}
	bearer, err := simulatorToken(ctx, client, simURL)
	if err != nil {
		return procs, nil, err
	}

	proxyAddr, err := freeAddr()
	if err != nil {
		return procs, nil, err
	}
	proxy, err := startProc("proxy", filepath.Join(dir, "proxy.log"), dir, os.Environ(), self,
		"proxy", "-listen", proxyAddr, "-upstream", simURL, "-bearer", bearer)
	if err != nil {
		return procs, nil, err
	}
	procs = append(procs, proxy)
	if err := proxy.waitReady(ctx, client, "http://"+proxyAddr+"/health/ping", 30*time.Second); err != nil {
		return procs, nil, err
	}

	oursAddr, err := freeAddr()
	if err != nil {
		return procs, nil, err
	}
	_, port, _ := strings.Cut(oursAddr, ":")
	// Production-like and serverless: SQLite in the temporary directory with
	// the embedded durable queue (so every /v1 call's audit record is
	// written), the case-notes worker on, info logs to a file, and the
	// default hmppsId cache. Only the upstreams are the shared simulator.
	// -queue memory isolates the request path from the SQLite queue.
	set := map[string]string{
		"PORT": port, "DATABASE_URL": "sqlite:" + filepath.Join(dir, "hmpps.db"), "QUEUE_BACKEND": queue,
		"LOG_LEVEL": "info", "SIMULATOR": "off", "HMPPS_AUTH_URL": simURL + "/auth",
		"HMPPS_AUTH_CLIENT_SECRET": "simulator-secret", "AUTHORISATION_FILE": authz, "IDENTITY_MODE": "header",
	}
	for _, k := range upstreamURLVars {
		set[k] = simURL
	}
	// The service keeps its development signing key under ./var.
	if err := os.MkdirAll(filepath.Join(dir, "var"), 0o755); err != nil {
		return procs, nil, err
	}
	ours, err := startProc("our service", filepath.Join(dir, "hmpps.log"), dir, environ(set), hmppsBin, "serve")
	if err != nil {
		return procs, nil, err
	}
	procs = append(procs, ours)
	if err := ours.waitReady(ctx, client, "http://"+oursAddr+"/info", 60*time.Second); err != nil {
		return procs, nil, err
	}

	targets := []target{
		{name: "proxy", base: "http://" + proxyAddr, path: func(o op) string { return o.upstream }, header: http.Header{}, pid: proxy.pid()},
		{name: "ours", base: "http://" + oursAddr, path: func(o op) string { return o.ours },
			header: http.Header{"Subject-Distinguished-Name": {identity}}, pid: ours.pid()},
	}
	return procs, targets, nil
}

// auditDelta is our service's audit records by outcome since before, once
// the publisher has caught up.
func auditDelta(ctx context.Context, client *http.Client, base string, before map[string]int64) map[string]int64 {
	waitAuditIdle(ctx, client, base, 30*time.Second)
	after, err := auditCounts(ctx, client, base)
	if err != nil {
		return nil
	}
	for k := range after {
		after[k] -= before[k]
	}
	return after
}

// environ is this process's environment with set's variables replaced, so a
// stray SIMULATOR or DATABASE_URL in the caller's shell cannot change the run.
func environ(set map[string]string) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if _, ok := set[k]; !ok {
			env = append(env, kv)
		}
	}
	for k, v := range set {
		env = append(env, k+"="+v)
	}
	return env
}

// simulatorToken gets a client-credentials token from the simulator's HMPPS
// Auth, as our service does, for the proxy to add.
func simulatorToken(ctx context.Context, client *http.Client, simURL string) (string, error) {
	form := url.Values{"grant_type": {"client_credentials"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, simURL+"/auth/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth("integrationload", "simulator-secret")
	resp, err := client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	if resp.StatusCode != http.StatusOK || json.Unmarshal(body, &tok) != nil || tok.AccessToken == "" {
		return "", fmt.Errorf("simulator token: %d %s", resp.StatusCode, body)
	}
	return tok.AccessToken, nil
}
