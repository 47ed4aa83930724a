package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"
)

// target is one server under load: our service or the bare proxy.
type target struct {
	name   string
	base   string          // http://host:port
	path   func(op) string // the path this target is sent for an operation
	header http.Header     // sent with every request
	pid    int             // the server process, for its CPU and memory
}

func (t target) request(ctx context.Context, client *http.Client, o op) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.base+t.path(o), nil)
	if err != nil {
		return err
	}
	req.Header = t.header.Clone()
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 300))
		return fmt.Errorf("%d %s", resp.StatusCode, body)
	}
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

// sample is one measured request.
type sample struct {
	op      int
	latency time.Duration
}

// errorLog counts failed requests and keeps the first few for the report.
type errorLog struct {
	mu    sync.Mutex
	count int
	first []string
}

func (e *errorLog) add(t target, o op, err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.count++
	if len(e.first) < 5 {
		e.first = append(e.first, fmt.Sprintf("%s %s (%s): %v", t.name, t.path(o), o.name, err))
	}
}

// run is what one phase against one target measured.
type run struct {
	samples []sample
	errors  errorLog
	elapsed time.Duration    // the measured window, warm-up excluded
	cpu     time.Duration    // CPU the target's process used in the window
	simCPU  time.Duration    // CPU the simulator used in the window
	mem     memory           // peak VmRSS sampled in the window, and VmHWM at its end
	audit   map[string]int64 // our service's audit records by outcome during the run
}

// merge adds another round against the same target.
func (r *run) merge(o *run) {
	r.samples = append(r.samples, o.samples...)
	r.errors.count += o.errors.count
	r.errors.first = append(r.errors.first, o.errors.first...)
	r.elapsed += o.elapsed
	r.cpu += o.cpu
	r.simCPU += o.simCPU
	r.mem.rss = max(r.mem.rss, o.mem.rss)
	r.mem.hwm = max(r.mem.hwm, o.mem.hwm)
	for k, v := range o.audit {
		if r.audit == nil {
			r.audit = map[string]int64{}
		}
		r.audit[k] += v
	}
}

// meter samples a target's and the simulator's CPU and memory over a window.
type meter struct {
	pid, simPID   int
	cpu0, simCPU0 time.Duration
	stop          chan struct{}
	done          chan memory
}

func startMeter(pid, simPID int) *meter {
	m := &meter{pid: pid, simPID: simPID, stop: make(chan struct{}), done: make(chan memory, 1)}
	m.cpu0, _ = cpuTime(pid)
	m.simCPU0, _ = cpuTime(simPID)
	go func() {
		var peak memory
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for {
			if cur, err := readMemory(pid); err == nil {
				peak.rss, peak.hwm = max(peak.rss, cur.rss), cur.hwm
			}
			select {
			case <-m.stop:
				m.done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return m
}

func (m *meter) end(r *run) {
	close(m.stop)
	r.mem = <-m.done
	cpu, _ := cpuTime(m.pid)
	simCPU, _ := cpuTime(m.simPID)
	r.cpu, r.simCPU = cpu-m.cpu0, simCPU-m.simCPU0
}

// closedLoop runs workers that each send the mix back to back for warmup +
// duration; only requests started after the warm-up are measured.
func closedLoop(ctx context.Context, client *http.Client, t target, simPID, workers int, warmup, duration time.Duration) *run {
	r := &run{}
	start := time.Now()
	measureFrom, stopAt := start.Add(warmup), start.Add(warmup+duration)
	var m *meter
	meterStarted := make(chan struct{})
	go func() {
		time.Sleep(time.Until(measureFrom))
		m = startMeter(t.pid, simPID)
		close(meterStarted)
	}()

	perWorker := make([][]sample, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; ctx.Err() == nil; i++ {
				begun := time.Now()
				if begun.After(stopAt) {
					return
				}
				k := i % len(mix)
				err := t.request(ctx, client, mix[k])
				if err != nil { // an error during the warm-up counts too
					r.errors.add(t, mix[k], err)
					continue
				}
				if begun.Before(measureFrom) {
					continue
				}
				perWorker[w] = append(perWorker[w], sample{k, time.Since(begun)})
			}
		})
	}
	wg.Wait()
	<-meterStarted
	r.elapsed = time.Since(measureFrom)
	m.end(r)
	r.samples = slices.Concat(perWorker...)
	return r
}

// openLoop sends rate requests a second for duration, whatever the answers
// take; latency counts from when a request was due, so a stalled server is
// not hidden by requests that were never sent.
func openLoop(ctx context.Context, client *http.Client, t target, simPID, rate int, duration time.Duration) *run {
	r := &run{}
	interval := time.Second / time.Duration(rate)
	n := int(duration / interval)
	results := make([]sample, n)
	ok := make([]bool, n)
	m := startMeter(t.pid, simPID)
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < n && ctx.Err() == nil; i++ {
		due := start.Add(time.Duration(i) * interval)
		time.Sleep(time.Until(due))
		wg.Go(func() {
			k := i % len(mix)
			if err := t.request(ctx, client, mix[k]); err != nil {
				r.errors.add(t, mix[k], err)
				return
			}
			results[i], ok[i] = sample{k, time.Since(due)}, true
		})
	}
	wg.Wait()
	r.elapsed = time.Since(start)
	m.end(r)
	for i, s := range results {
		if ok[i] {
			r.samples = append(r.samples, s)
		}
	}
	return r
}
