// Package health runs the component checks behind /health, in the shape HMPPS
// services report: an overall status plus one entry per component.
package health

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// Status values, as Spring Boot actuator names them.
const (
	Up   = "UP"
	Down = "DOWN"
)

// Check is one component. A critical component that fails makes the service
// DOWN (and not ready); a non-critical one is reported with its error but
// leaves the service UP, so an upstream outage does not restart our pods.
type Check struct {
	Name     string
	Critical bool
	Probe    func(ctx context.Context) (details map[string]any, err error)
}

// Component is the outcome of one check.
type Component struct {
	Status  string
	Details map[string]any
}

// Report is the outcome of all checks.
type Report struct {
	Status     string
	Components map[string]Component
}

// Checker runs a fixed set of checks, each bounded by a timeout.
type Checker struct {
	checks  []Check
	timeout time.Duration
}

// NewChecker builds a Checker.
func NewChecker(timeout time.Duration, checks ...Check) *Checker {
	return &Checker{checks: checks, timeout: timeout}
}

// Run performs every check concurrently.
func (c *Checker) Run(ctx context.Context) Report {
	report := Report{Status: Up, Components: make(map[string]Component, len(c.checks))}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, check := range c.checks {
		wg.Go(func() {
			ctx, cancel := context.WithTimeout(ctx, c.timeout)
			defer cancel()
			details, err := check.Probe(ctx)
			comp := Component{Status: Up, Details: details}
			if err != nil {
				if comp.Details == nil {
					comp.Details = map[string]any{}
				}
				comp.Details["error"] = err.Error()
				if check.Critical {
					comp.Status = Down
				}
			}
			mu.Lock()
			defer mu.Unlock()
			report.Components[check.Name] = comp
			if comp.Status != Up {
				report.Status = Down
			}
		})
	}
	wg.Wait()
	return report
}

// Pinger is anything with a PingContext, such as *sql.DB.
type Pinger interface {
	PingContext(ctx context.Context) error
}

// Database checks a database connection (critical).
func Database(name, engine string, db Pinger) Check {
	return Check{Name: name, Critical: true, Probe: func(ctx context.Context) (map[string]any, error) {
		return map[string]any{"database": engine}, db.PingContext(ctx)
	}}
}

// Upstream checks an upstream's /health/ping (not critical).
func Upstream(name, baseURL string, client *http.Client) Check {
	url := baseURL + "/health/ping"
	return Check{Name: name, Probe: func(ctx context.Context) (map[string]any, error) {
		details := map[string]any{"healthurl": url}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return details, err
		}
		resp, err := client.Do(req)
		if err != nil {
			return details, err
		}
		_ = resp.Body.Close()
		details["httpStatusCode"] = resp.StatusCode
		if resp.StatusCode != http.StatusOK {
			return details, fmt.Errorf("%s answered %d", url, resp.StatusCode)
		}
		return details, nil
	}}
}
