package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"
)

func TestPercentileIsNearestRank(t *testing.T) {
	t.Parallel()
	var lat []time.Duration
	for i := 1; i <= 200; i++ {
		lat = append(lat, time.Duration(i)*time.Millisecond)
	}
	for p, want := range map[float64]time.Duration{50: 100 * time.Millisecond, 99: 198 * time.Millisecond, 100: 200 * time.Millisecond, 0.1: time.Millisecond} {
		if got := percentile(lat, p); got != want {
			t.Errorf("percentile(1..200 ms, %v) = %v, want %v", p, got, want)
		}
	}
	if got := percentile(nil, 50); got != 0 {
		t.Errorf("percentile(nil) = %v, want 0", got)
	}
}

func TestProxyForwardsThePathUnchangedWithTheBearerToken(t *testing.T) {
	t.Parallel()
	type seen struct{ uri, auth string }
	got := make(chan seen, 1)
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got <- seen{r.RequestURI, r.Header.Get("Authorization")}
		_, _ = w.Write([]byte(`{"ok":true}`))
	}))
	defer upstream.Close()
	target, _ := url.Parse(upstream.URL)
	proxy := httptest.NewServer(newProxy(target, "tok123"))
	defer proxy.Close()

	resp, err := http.Get(proxy.URL + "/api/offenders/A1234AA/alerts/v2?x=1")
	if err != nil {
		t.Fatal(err)
	}
	_ = resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if s := <-got; s.uri != "/api/offenders/A1234AA/alerts/v2?x=1" || s.auth != "Bearer tok123" {
		t.Errorf("upstream saw %+v, want the same path and query with Bearer tok123", s)
	}
}

func TestMixComparesOurV1PathsWithUpstreamPaths(t *testing.T) {
	t.Parallel()
	names := map[string]bool{}
	for _, o := range mix {
		if !strings.HasPrefix(o.ours, "/v1/") || strings.HasPrefix(o.upstream, "/v1/") || !strings.HasPrefix(o.upstream, "/") {
			t.Errorf("%s: ours %q must be a /v1 path and upstream %q a simulator path", o.name, o.ours, o.upstream)
		}
		if names[o.name] {
			t.Errorf("operation %q listed twice", o.name)
		}
		names[o.name] = true
	}
	if len(mix) < 8 || len(mix) > 12 {
		t.Errorf("mix has %d operations, want 8-12 (issue 4)", len(mix))
	}
}

func TestEvaluateReportsEachTarget(t *testing.T) {
	t.Parallel()
	closed := func(rps float64, p50, p99 time.Duration) *run {
		r := &run{elapsed: time.Second}
		for i := range int(rps) {
			// The fastest 98 % at p50, the slowest 2 % at p99.
			latency := p50
			if i >= int(rps)*98/100 {
				latency = p99
			}
			r.samples = append(r.samples, sample{latency: latency})
		}
		return r
	}
	rs := runs{
		proxyClosed: closed(1000, 2*time.Millisecond, 10*time.Millisecond),
		oursClosed:  closed(690, 2500*time.Microsecond, 16*time.Millisecond),
		proxyOpen:   closed(500, time.Millisecond, 3*time.Millisecond),
		oursOpen:    closed(500, 1500*time.Microsecond, 9*time.Millisecond),
	}
	rs.oursOpen.mem.rss = 101_000_000
	// p50 +0.5 ms, p99 +6 ms, 69 %, 101 MB, no errors; open loop p50 +0.5 ms, p99 +6 ms.
	want := []bool{true, false, false, false, true, true, false}
	checks := evaluate(rs, 0)
	if len(checks) != len(want) {
		t.Fatalf("%d checks, want %d", len(checks), len(want))
	}
	for i, c := range checks {
		if c.pass != want[i] {
			t.Errorf("%s (%s): pass = %v, want %v", c.target, c.measured, c.pass, want[i])
		}
	}
	rs.oursOpen.mem.rss = 50_000_000
	if checks := evaluate(rs, 3); !checks[3].pass || checks[4].pass {
		t.Errorf("50 MB and 3 errors: got %+v", checks[3:5])
	}
}

func TestProcessMemoryAndCPUAreReadFromProc(t *testing.T) {
	t.Parallel()
	m, err := readMemory(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if m.rss <= 0 || m.hwm < m.rss {
		t.Errorf("readMemory(self) = %+v, want 0 < VmRSS <= VmHWM", m)
	}
	before, err := cpuTime(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	// Burn CPU until the kernel's tick-granular counter moves.
	deadline, x := time.Now().Add(5*time.Second), 0
	for after := before; after == before && time.Now().Before(deadline); after, _ = cpuTime(os.Getpid()) {
		for i := range 1_000_000 {
			x += i
		}
	}
	if after, _ := cpuTime(os.Getpid()); after <= before {
		t.Errorf("cpuTime did not grow while burning CPU (%v → %v, %d)", before, after, x)
	}
}

func TestAuditCountsAreReadFromMetrics(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, "# HELP audit_records_total x\n# TYPE audit_records_total counter\n"+
			"audit_records_total{outcome=\"dropped\"} 12\naudit_records_total{outcome=\"published\"} 3.4e+06\n"+
			"http_server_requests_total{operation=\"x\"} 9\n")
	}))
	defer srv.Close()
	got, err := auditCounts(context.Background(), srv.Client(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if got["dropped"] != 12 || got["published"] != 3_400_000 || len(got) != 2 {
		t.Errorf("auditCounts = %v, want dropped 12, published 3400000", got)
	}
}
