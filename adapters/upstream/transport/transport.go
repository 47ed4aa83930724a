// Package transport builds the HTTP client every upstream adapter uses: HMPPS
// Auth client-credentials tokens (cached until shortly before expiry), connect
// and response timeouts, a per-request deadline, and retries of idempotent
// requests with jittered backoff.
package transport

import (
	"context"
	"errors"
	"math/rand/v2"
	"net"
	"net/http"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// Config describes how to reach upstreams.
type Config struct {
	// TokenURL is HMPPS Auth's token endpoint; empty sends no token.
	TokenURL     string
	ClientID     string
	ClientSecret string

	ConnectTimeout  time.Duration // dialling (default 10s)
	ResponseTimeout time.Duration // waiting for response headers per attempt (default 15s)
	RequestDeadline time.Duration // whole call including retries (default 30s)
	Retries         int           // extra attempts for idempotent requests (default 2)
	Backoff         time.Duration // first retry delay, doubled each time (default 200ms)
}

func (c Config) withDefaults() Config {
	if c.ConnectTimeout == 0 {
		c.ConnectTimeout = 10 * time.Second
	}
	if c.ResponseTimeout == 0 {
		c.ResponseTimeout = 15 * time.Second
	}
	if c.RequestDeadline == 0 {
		c.RequestDeadline = 30 * time.Second
	}
	if c.Retries < 0 {
		c.Retries = 0
	}
	if c.Backoff == 0 {
		c.Backoff = 200 * time.Millisecond
	}
	return c
}

// NewClient returns an *http.Client for upstream calls configured by c.
func NewClient(c Config) *http.Client {
	c = c.withDefaults()
	base := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: c.ConnectTimeout, KeepAlive: 30 * time.Second}).DialContext,
		ResponseHeaderTimeout: c.ResponseTimeout,
		MaxIdleConnsPerHost:   32,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   c.ConnectTimeout,
	}
	var rt http.RoundTripper = &retrying{next: base, retries: c.Retries, backoff: c.Backoff}
	if c.TokenURL != "" {
		cc := clientcredentials.Config{
			ClientID:     c.ClientID,
			ClientSecret: c.ClientSecret,
			TokenURL:     c.TokenURL,
			AuthStyle:    oauth2.AuthStyleInHeader,
		}
		// The token request itself goes through the plain transport with the same timeouts.
		tokenCtx := context.WithValue(context.Background(), oauth2.HTTPClient, &http.Client{Transport: base, Timeout: c.RequestDeadline})
		rt = &oauth2.Transport{Source: &authSource{src: cc.TokenSource(tokenCtx)}, Base: rt}
	}
	return &http.Client{Transport: rt, Timeout: c.RequestDeadline}
}

// AuthError marks a failure to obtain an HMPPS Auth token, which the APIs report as 502.
type AuthError struct{ Err error }

func (e *AuthError) Error() string { return "HMPPS Auth token: " + e.Err.Error() }
func (e *AuthError) Unwrap() error { return e.Err }

// authSource tags token failures so callers can tell them from upstream failures.
// oauth2's clientcredentials source already caches the token until ten seconds before expiry.
type authSource struct{ src oauth2.TokenSource }

func (a *authSource) Token() (*oauth2.Token, error) {
	tok, err := a.src.Token()
	if err != nil {
		return nil, &AuthError{Err: err}
	}
	return tok, nil
}

// retrying repeats idempotent requests that failed to connect or met a gateway
// error. Non-idempotent requests (POSTs) are never repeated here: the caller
// reconciles them, since a POST may have committed before the failure.
type retrying struct {
	next    http.RoundTripper
	retries int
	backoff time.Duration
}

func (t *retrying) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method != http.MethodGet && req.Method != http.MethodHead {
		return t.next.RoundTrip(req)
	}
	delay := t.backoff
	for attempt := 0; ; attempt++ {
		resp, err := t.next.RoundTrip(req)
		if attempt >= t.retries || !retryable(resp, err) || req.Context().Err() != nil {
			return resp, err
		}
		if resp != nil {
			_ = resp.Body.Close()
		}
		// Full jitter keeps many callers from retrying in step.
		wait := time.Duration(rand.Int64N(int64(delay) + 1))
		select {
		case <-req.Context().Done():
			return nil, req.Context().Err()
		case <-time.After(wait):
		}
		delay *= 2
	}
}

func retryable(resp *http.Response, err error) bool {
	if err != nil {
		var netErr net.Error
		return errors.As(err, &netErr) || errors.Is(err, net.ErrClosed) || isConnRefused(err)
	}
	switch resp.StatusCode {
	case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

func isConnRefused(err error) bool {
	var opErr *net.OpError
	return errors.As(err, &opErr) && opErr.Op == "dial"
}
