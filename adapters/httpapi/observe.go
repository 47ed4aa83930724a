package httpapi

import (
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the Prometheus series the router records.
type Metrics struct {
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
}

// NewMetrics registers the HTTP series on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "http_server_requests_total",
			Help: "HTTP requests answered, by operation id and status.",
		}, []string{"operation", "method", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "http_server_request_duration_seconds",
			Help:    "Time to answer HTTP requests, by operation id and status.",
			Buckets: prometheus.DefBuckets,
		}, []string{"operation", "method", "status"}),
	}
	reg.MustRegister(m.requests, m.latency)
	return m
}

// A caller-supplied request id is echoed only when it is short and plain, so it
// cannot be used to inject text into logs or headers.
var safeRequestID = regexp.MustCompile(`^[A-Za-z0-9._:-]{1,128}$`)

func newRequestID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Auditor records each successful Integration API call; its Audit must not block.
type Auditor interface {
	Audit(operationID, consumer string, when time.Time, params map[string]string)
}

// observe assigns a request id, then logs, measures and (for /v1) audits every
// request once it is answered.
func observe(log *slog.Logger, metrics *Metrics, auditor Auditor) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			id := r.Header.Get("X-Request-Id")
			if !safeRequestID.MatchString(id) {
				id = newRequestID()
			}
			w.Header().Set("X-Request-Id", id)
			info := &RequestInfo{RequestID: id}
			rec := &statusRecorder{ResponseWriter: w}
			r = withInfo(r, info)

			defer func() {
				if rec.status == 0 {
					rec.status = http.StatusOK
				}
				operation := info.OperationID
				if operation == "" {
					operation = routePattern(r)
				}
				status := strconv.Itoa(rec.status)
				elapsed := time.Since(start)
				metrics.requests.WithLabelValues(operation, r.Method, status).Inc()
				metrics.latency.WithLabelValues(operation, r.Method, status).Observe(elapsed.Seconds())
				level := slog.LevelInfo
				if rec.status >= 500 {
					level = slog.LevelError
				}
				if auditor != nil && rec.status < 300 && info.OperationID != "" && strings.HasPrefix(r.URL.Path, "/v1/") {
					auditor.Audit(info.OperationID, info.Consumer, start, info.PathParams)
				}
				log.LogAttrs(r.Context(), level, "request",
					slog.String("request_id", id),
					slog.String("method", r.Method),
					slog.String("path", r.URL.EscapedPath()),
					slog.String("operation", operation),
					slog.Int("status", rec.status),
					slog.Int("bytes", rec.bytes),
					slog.String("consumer", info.Consumer),
					slog.Duration("duration", elapsed),
				)
			}()
			next.ServeHTTP(rec, r)
		})
	}
}

// routePattern labels requests outside the specs by chi route, never by raw path,
// so metric cardinality stays bounded.
func routePattern(r *http.Request) string {
	if rctx := chi.RouteContext(r.Context()); rctx != nil {
		if p := rctx.RoutePattern(); p != "" {
			return p
		}
	}
	return "unmatched"
}
