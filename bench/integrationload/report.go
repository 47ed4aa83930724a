package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"time"
)

// summary is the figures of one run, or of one operation within it.
type summary struct {
	n                  int
	rps                float64
	p50, p90, p99, max time.Duration
	cpuPerReq          time.Duration // target process CPU per measured request
	simCPUPerReq       time.Duration // simulator CPU per measured request
}

// summarise the run's samples for which keep is true (nil: all of them).
func summarise(r *run, keep func(sample) bool) summary {
	var lat []time.Duration
	for _, s := range r.samples {
		if keep == nil || keep(s) {
			lat = append(lat, s.latency)
		}
	}
	slices.Sort(lat)
	s := summary{n: len(lat), p50: percentile(lat, 50), p90: percentile(lat, 90), p99: percentile(lat, 99)}
	if len(lat) > 0 {
		s.max = lat[len(lat)-1]
	}
	if r.elapsed > 0 {
		s.rps = float64(len(lat)) / r.elapsed.Seconds()
	}
	if len(r.samples) > 0 {
		s.cpuPerReq = r.cpu / time.Duration(len(r.samples))
		s.simCPUPerReq = r.simCPU / time.Duration(len(r.samples))
	}
	return s
}

// percentile is the nearest-rank percentile p (0-100] of sorted latencies.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p/100*float64(len(sorted)))) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// Targets of issue 4 for the /v1 path, on 2 cores.
const (
	maxAddedP50   = time.Millisecond
	maxAddedP99   = 5 * time.Millisecond
	minThroughput = 0.70
	maxRSS        = 100_000_000 // bytes, at the open-loop rate
)

// check is one target and whether the run met it.
type check struct {
	target, measured string
	pass             bool
}

// runs are every measured run of the bench.
type runs struct {
	proxyClosed, oursClosed, proxyOpen, oursOpen *run
}

func (rs runs) errors() int {
	return rs.proxyClosed.errors.count + rs.oursClosed.errors.count + rs.proxyOpen.errors.count + rs.oursOpen.errors.count
}

// evaluate checks issue 4's targets: latency and throughput in the closed
// loop (same concurrency, as the issue states them), RSS in our open loop.
// The last two lines give the added latency at the same open-loop rate, for
// information; they use the same thresholds.
func evaluate(rs runs, errors int) []check {
	ours, proxy := summarise(rs.oursClosed, nil), summarise(rs.proxyClosed, nil)
	oursOpen, proxyOpen := summarise(rs.oursOpen, nil), summarise(rs.proxyOpen, nil)
	addedP50, addedP99 := ours.p50-proxy.p50, ours.p99-proxy.p99
	ratio := 0.0
	if proxy.rps > 0 {
		ratio = ours.rps / proxy.rps
	}
	rss := rs.oursOpen.mem.rss
	return []check{
		{"added latency p50 ≤ 1 ms (closed loop)", signedMS(addedP50), addedP50 <= maxAddedP50},
		{"added latency p99 ≤ 5 ms (closed loop)", signedMS(addedP99), addedP99 <= maxAddedP99},
		{"throughput ≥ 70 % of the proxy's (closed loop)", fmt.Sprintf("%.0f %%", 100*ratio), ratio >= minThroughput},
		{"RSS ≤ 100 MB at the open-loop rate", fmt.Sprintf("%s (%.0f req/s achieved)", mb(rss), oursOpen.rps), rss > 0 && rss <= maxRSS},
		{"zero errors", fmt.Sprint(errors), errors == 0},
		{"(info) added latency p50 ≤ 1 ms at the open-loop rate", signedMS(oursOpen.p50 - proxyOpen.p50), oursOpen.p50-proxyOpen.p50 <= maxAddedP50},
		{"(info) added latency p99 ≤ 5 ms at the open-loop rate", signedMS(oursOpen.p99 - proxyOpen.p99), oursOpen.p99-proxyOpen.p99 <= maxAddedP99},
	}
}

// params are the run's settings, echoed in the report.
type params struct {
	workers          int
	warmup, duration time.Duration
	rounds           int
	rate             int
	rateDuration     time.Duration
	queue            string // our service's QUEUE_BACKEND
}

// writeReport prints markdown tables that can be pasted into docs/benchmarks.md.
func writeReport(w io.Writer, p params, rs runs, checks []check) {
	proxyRun, oursRun := rs.proxyClosed, rs.oursClosed
	proxy, ours := summarise(proxyRun, nil), summarise(oursRun, nil)
	fmt.Fprintf(w, "\n#### Closed loop: %d workers, %d × %s per target, alternating (warm-up %s excluded); QUEUE_BACKEND=%s\n\n",
		p.workers, p.rounds, p.duration, p.warmup, p.queue)
	fmt.Fprintln(w, "| target | requests | req/s | p50 | p90 | p99 | max | errors | CPU/request | simulator CPU/request |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|")
	row := func(name string, s summary, errs int) {
		fmt.Fprintf(w, "| %s | %d | %.0f | %s | %s | %s | %s | %d | %s | %s |\n", name, s.n, s.rps,
			ms(s.p50), ms(s.p90), ms(s.p99), ms(s.max), errs, us(s.cpuPerReq), us(s.simCPUPerReq))
	}
	row("bare `httputil.ReverseProxy`", proxy, proxyRun.errors.count)
	row("our service", ours, oursRun.errors.count)
	ratio := 0.0
	if proxy.rps > 0 {
		ratio = 100 * ours.rps / proxy.rps
	}
	fmt.Fprintf(w, "| ours − proxy | | %.0f %% | %s | %s | %s | | | %s | |\n", ratio,
		signedMS(ours.p50-proxy.p50), signedMS(ours.p90-proxy.p90), signedMS(ours.p99-proxy.p99),
		signedUS(ours.cpuPerReq-proxy.cpuPerReq))

	fmt.Fprintf(w, "\nAudit records of our service's requests: %s.\n", auditLine(oursRun.audit))

	fmt.Fprintln(w, "\n#### Per operation (closed loop)")
	fmt.Fprintln(w, "\n| operation | our path | proxy path | proxy p50 | ours p50 | added p50 | proxy p99 | ours p99 |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
	for k, o := range mix {
		only := func(s sample) bool { return s.op == k }
		px, ou := summarise(proxyRun, only), summarise(oursRun, only)
		fmt.Fprintf(w, "| %s | `%s` | `%s` | %s | %s | %s | %s | %s |\n", o.name, o.ours, o.upstream,
			ms(px.p50), ms(ou.p50), signedMS(ou.p50-px.p50), ms(px.p99), ms(ou.p99))
	}

	fmt.Fprintf(w, "\n#### Open loop: %d req/s for %s against each\n\n", p.rate, p.rateDuration)
	fmt.Fprintln(w, "| target | achieved | p50 | p90 | p99 | max | errors | max VmRSS (250 ms samples) | VmHWM at end | CPU/request |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|")
	proxyOpen, oursOpen := summarise(rs.proxyOpen, nil), summarise(rs.oursOpen, nil)
	for _, t := range []struct {
		name string
		s    summary
		r    *run
	}{{"bare `httputil.ReverseProxy`", proxyOpen, rs.proxyOpen}, {"our service", oursOpen, rs.oursOpen}} {
		fmt.Fprintf(w, "| %s | %.0f req/s | %s | %s | %s | %s | %d | %s | %s | %s |\n", t.name, t.s.rps,
			ms(t.s.p50), ms(t.s.p90), ms(t.s.p99), ms(t.s.max), t.r.errors.count,
			mb(t.r.mem.rss), mb(t.r.mem.hwm), us(t.s.cpuPerReq))
	}
	fmt.Fprintf(w, "| ours − proxy | | %s | %s | %s | | | | | %s |\n", signedMS(oursOpen.p50-proxyOpen.p50),
		signedMS(oursOpen.p90-proxyOpen.p90), signedMS(oursOpen.p99-proxyOpen.p99), signedUS(oursOpen.cpuPerReq-proxyOpen.cpuPerReq))
	fmt.Fprintf(w, "\nAudit records of our service's requests: %s.\n", auditLine(rs.oursOpen.audit))

	fmt.Fprintln(w, "\n#### Targets (issue 4)")
	fmt.Fprintln(w, "\n| target | measured | |")
	fmt.Fprintln(w, "|---|---|---|")
	for _, c := range checks {
		verdict := "MISS"
		if c.pass {
			verdict = "PASS"
		}
		fmt.Fprintf(w, "| %s | %s | %s |\n", c.target, c.measured, verdict)
	}

	for _, r := range []*run{proxyRun, oursRun, rs.proxyOpen, rs.oursOpen} {
		for _, e := range r.errors.first {
			fmt.Fprintln(w, "\nerror:", e)
		}
	}
}

func auditLine(counts map[string]int64) string {
	if counts == nil {
		return "not read"
	}
	return fmt.Sprintf("%d published, %d dropped (buffer full), %d failed", counts["published"], counts["dropped"], counts["failed"])
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }

func signedMS(d time.Duration) string {
	return fmt.Sprintf("%+.2f ms", float64(d)/float64(time.Millisecond))
}

func us(d time.Duration) string { return fmt.Sprintf("%.0f µs", float64(d)/float64(time.Microsecond)) }

func signedUS(d time.Duration) string {
	return fmt.Sprintf("%+.0f µs", float64(d)/float64(time.Microsecond))
}

func mb(b int64) string { return fmt.Sprintf("%.1f MB", float64(b)/1e6) }
