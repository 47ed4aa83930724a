package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/idempotency"
)

// config is every setting, read once from the environment (see README).
type config struct {
	Port            string
	DatabaseURL     string
	MigrateOnStart  bool
	LogLevel        string
	ShutdownTimeout time.Duration

	Simulator     string // "embedded" starts the upstream simulator in-process; "off" uses real upstreams
	SimulatorAddr string

	AuthURL          string // HMPPS Auth base URL (token at /oauth/token)
	AuthClientID     string
	AuthClientSecret string
	Upstreams        map[string]string // upstream name → base URL

	ConnectTimeout  time.Duration
	ResponseTimeout time.Duration
	RequestDeadline time.Duration
	Retries         int
	// HmppsIDCacheTTL is how long hmppsId lookups are reused (0 turns the cache off).
	HmppsIDCacheTTL time.Duration

	// Integration API access control (see cmd/hmpps/config/authorisation.yaml).
	AuthorisationFile string
	IdentityMode      string // "header" (behind a gateway that sets subject-distinguished-name) or "mtls"
	TLSCertFile       string // mtls: the service's certificate and key, and the CA client certificates must chain to
	TLSKeyFile        string
	TLSClientCAFile   string

	// Book a Secure Move OAuth: clients are in AuthorisationFile under `clients:`.
	OAuthSigningKeyFile string // PEM private key; empty = a development key in OAuthDevKeyFile
	OAuthDevKeyFile     string
	OAuthIssuer         string
	OAuthAudience       string
	OAuthTokenLifetime  time.Duration
	HMPPSAuthJWKSURL    string // empty: HMPPS Auth tokens are not accepted on /api
	HMPPSAuthIssuer     string // checked when set

	Queue queueConfig // message queues (see queueConfig)

	// Idempotency-Key (/api): how long a response is replayed and a key reserved.
	Idempotency idempotency.Policy
}

// upstreamEnv names each upstream's base-URL variable. Every upstream the
// service calls is listed, so real-upstream configuration is complete up front.
var upstreamEnv = map[string]string{
	"prisoner-search":        "PRISONER_SEARCH_URL",
	"probation-search":       "PROBATION_SEARCH_URL",
	"prison-api":             "PRISON_API_URL",
	"ndelius":                "NDELIUS_URL",
	"epf":                    "EPF_URL",
	"arns":                   "ARNS_URL",
	"case-notes":             "CASE_NOTES_URL",
	"cvl":                    "CVL_URL",
	"pom":                    "POM_URL",
	"adjudications":          "ADJUDICATIONS_URL",
	"plp":                    "PLP_URL",
	"non-associations":       "NON_ASSOCIATIONS_URL",
	"personal-relationships": "PERSONAL_RELATIONSHIPS_URL",
	"visits":                 "VISITS_URL",
	"incentives":             "INCENTIVES_URL",
	"alerts-api":             "ALERTS_API_URL",
}

func loadConfig(getenv func(string) string) (config, error) {
	env := func(key, def string) string {
		if v := strings.TrimSpace(getenv(key)); v != "" {
			return v
		}
		return def
	}
	var errs []string
	duration := func(key string, def time.Duration) time.Duration {
		v := env(key, "")
		if v == "" {
			return def
		}
		d, err := time.ParseDuration(v)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s=%q is not a duration (e.g. 10s)", key, v))
		}
		return d
	}
	boolean := func(key string, def bool) bool {
		v := env(key, "")
		if v == "" {
			return def
		}
		b, err := strconv.ParseBool(v)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s=%q is not true or false", key, v))
		}
		return b
	}

	c := config{
		Port:             env("PORT", "8080"),
		DatabaseURL:      env("DATABASE_URL", "sqlite:var/hmpps.db"),
		MigrateOnStart:   boolean("MIGRATE_ON_START", true),
		LogLevel:         env("LOG_LEVEL", "info"),
		ShutdownTimeout:  duration("SHUTDOWN_TIMEOUT", 20*time.Second),
		Simulator:        env("SIMULATOR", "embedded"),
		SimulatorAddr:    env("SIMULATOR_ADDR", "127.0.0.1:8090"),
		AuthClientID:     env("HMPPS_AUTH_CLIENT_ID", "hmpps-backbone"),
		AuthClientSecret: env("HMPPS_AUTH_CLIENT_SECRET", ""),
		ConnectTimeout:   duration("UPSTREAM_CONNECT_TIMEOUT", 10*time.Second),
		ResponseTimeout:  duration("UPSTREAM_RESPONSE_TIMEOUT", 15*time.Second),
		RequestDeadline:  duration("UPSTREAM_REQUEST_DEADLINE", 30*time.Second),
		HmppsIDCacheTTL:  duration("HMPPS_ID_CACHE_TTL", 2*time.Second),
		Upstreams:        map[string]string{},
	}
	retries, err := strconv.Atoi(env("UPSTREAM_RETRIES", "2"))
	if err != nil || retries < 0 {
		errs = append(errs, "UPSTREAM_RETRIES must be a whole number, 0 or more")
	}
	c.Retries = retries

	c.AuthorisationFile = env("AUTHORISATION_FILE", "cmd/hmpps/config/authorisation.yaml")
	c.IdentityMode = env("IDENTITY_MODE", "header")
	c.TLSCertFile, c.TLSKeyFile, c.TLSClientCAFile = env("TLS_CERT_FILE", ""), env("TLS_KEY_FILE", ""), env("TLS_CLIENT_CA_FILE", "")
	switch c.IdentityMode {
	case "header":
	case "mtls":
		if c.TLSCertFile == "" || c.TLSKeyFile == "" || c.TLSClientCAFile == "" {
			errs = append(errs, "IDENTITY_MODE=mtls needs TLS_CERT_FILE, TLS_KEY_FILE and TLS_CLIENT_CA_FILE")
		}
	default:
		errs = append(errs, fmt.Sprintf("IDENTITY_MODE=%q: want header or mtls", c.IdentityMode))
	}

	c.OAuthSigningKeyFile = env("OAUTH_SIGNING_KEY_FILE", "")
	c.OAuthDevKeyFile = "var/oauth-signing-key.pem"
	c.OAuthIssuer = env("OAUTH_ISSUER", "hmpps-backbone")
	c.OAuthAudience = env("OAUTH_AUDIENCE", "book-a-secure-move-api")
	unparsed := len(errs)
	c.OAuthTokenLifetime = duration("OAUTH_TOKEN_LIFETIME", 2*time.Hour)
	if len(errs) == unparsed && c.OAuthTokenLifetime <= 0 {
		errs = append(errs, "OAUTH_TOKEN_LIFETIME must be positive")
	}
	c.HMPPSAuthJWKSURL = env("HMPPS_AUTH_JWKS_URL", "")
	c.HMPPSAuthIssuer = env("HMPPS_AUTH_ISSUER", "")

	c.Queue = loadQueueConfig(env, duration, &errs)
	c.Idempotency = idempotency.Policy{
		ReplayFor:   duration("IDEMPOTENCY_REPLAY_TTL", idempotency.DefaultPolicy.ReplayFor),
		ConflictFor: duration("IDEMPOTENCY_CONFLICT_TTL", idempotency.DefaultPolicy.ConflictFor),
	}
	if c.Idempotency.ReplayFor <= 0 || c.Idempotency.ConflictFor < c.Idempotency.ReplayFor {
		errs = append(errs, "IDEMPOTENCY_REPLAY_TTL must be positive and no longer than IDEMPOTENCY_CONFLICT_TTL")
	}

	switch c.Simulator {
	case "embedded":
		sim := "http://" + c.SimulatorAddr
		c.AuthURL = env("HMPPS_AUTH_URL", sim+"/auth")
		if c.AuthClientSecret == "" {
			c.AuthClientSecret = "simulator-secret"
		}
		for name, key := range upstreamEnv {
			c.Upstreams[name] = strings.TrimSuffix(env(key, sim), "/")
		}
	case "off":
		c.AuthURL = env("HMPPS_AUTH_URL", "")
		if c.AuthURL == "" {
			errs = append(errs, "HMPPS_AUTH_URL is required when SIMULATOR=off")
		}
		for name, key := range upstreamEnv {
			v := env(key, "")
			if v == "" {
				errs = append(errs, key+" is required when SIMULATOR=off")
			}
			c.Upstreams[name] = strings.TrimSuffix(v, "/")
		}
	default:
		errs = append(errs, fmt.Sprintf("SIMULATOR=%q: want embedded or off", c.Simulator))
	}
	if len(errs) > 0 {
		return config{}, fmt.Errorf("configuration:\n  %s", strings.Join(errs, "\n  "))
	}
	return c, nil
}

func (c config) tokenURL() string { return strings.TrimSuffix(c.AuthURL, "/") + "/oauth/token" }

// queueConfig chooses and configures the message queues; newQueues
// (queues.go) builds them.
type queueConfig struct {
	// Backend is QUEUE_BACKEND: "embedded" (default), the durable queue kept in
	// DATABASE_URL's database, which survives restarts and is shared with the
	// publish CLI; "sqs", Amazon SQS or an emulator; "memory", lost on exit.
	Backend string
	// SQSEndpoint is SQS_ENDPOINT: an SQS-compatible endpoint such as a local
	// emulator; empty for AWS. Credentials come from the AWS SDK's default
	// chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, web identity on the
	// cluster); an emulator accepts any values but they must be set.
	SQSEndpoint string
	// SQSCreateQueues is SQS_CREATE_QUEUES (default false): create missing
	// queues, with their redrive policy, at start; for emulators only, as in
	// AWS the infrastructure owns the queues.
	SQSCreateQueues bool
	// Region is AWS_REGION (default eu-west-2).
	Region string
	// Queue names. DomainEvents (DOMAIN_EVENTS_QUEUE, default
	// hmpps-domain-events) feeds the case-notes worker, with dead-letter queue
	// DomainEventsDLQ (DOMAIN_EVENTS_DLQ, default hmpps-domain-events-dlq);
	// Audit (AUDIT_QUEUE, default audit) receives the audit of /v1 calls and
	// is never purged; JobsBoard (JOBS_BOARD_QUEUE, default
	// jobsboardintegration) receives expressions of interest.
	DomainEvents, DomainEventsDLQ, Audit, JobsBoard string
	// MaxReceiveCount is QUEUE_MAX_RECEIVE_COUNT (default 3): receives a
	// domain event gets before it moves to the DLQ. On SQS the queue's
	// redrive policy rules; this is used when the service creates the queue.
	MaxReceiveCount int
	// VisibilityTimeout is QUEUE_VISIBILITY_TIMEOUT (default 30s): how long a
	// received message stays hidden before it is delivered again. On SQS,
	// likewise, only when the service creates the queue.
	VisibilityTimeout time.Duration
}

func loadQueueConfig(env func(key, def string) string, duration func(key string, def time.Duration) time.Duration, errs *[]string) queueConfig {
	q := queueConfig{
		Backend:           env("QUEUE_BACKEND", "embedded"),
		SQSEndpoint:       env("SQS_ENDPOINT", ""),
		Region:            env("AWS_REGION", "eu-west-2"),
		DomainEvents:      env("DOMAIN_EVENTS_QUEUE", "hmpps-domain-events"),
		DomainEventsDLQ:   env("DOMAIN_EVENTS_DLQ", "hmpps-domain-events-dlq"),
		Audit:             env("AUDIT_QUEUE", "audit"),
		JobsBoard:         env("JOBS_BOARD_QUEUE", "jobsboardintegration"),
		VisibilityTimeout: duration("QUEUE_VISIBILITY_TIMEOUT", 30*time.Second),
	}
	switch q.Backend {
	case "embedded", "sqs", "memory":
	default:
		*errs = append(*errs, fmt.Sprintf("QUEUE_BACKEND=%q: want embedded, sqs or memory", q.Backend))
	}
	create, err := strconv.ParseBool(env("SQS_CREATE_QUEUES", "false"))
	if err != nil {
		*errs = append(*errs, "SQS_CREATE_QUEUES is not true or false")
	}
	q.SQSCreateQueues = create
	q.MaxReceiveCount, err = strconv.Atoi(env("QUEUE_MAX_RECEIVE_COUNT", "3"))
	if err != nil || q.MaxReceiveCount < 1 {
		*errs = append(*errs, "QUEUE_MAX_RECEIVE_COUNT must be a whole number, 1 or more")
	}
	// SQS takes whole seconds, between 0 and 12 hours; a zero timeout would
	// redeliver every message at once.
	if q.VisibilityTimeout < time.Second || q.VisibilityTimeout > 12*time.Hour {
		*errs = append(*errs, "QUEUE_VISIBILITY_TIMEOUT must be between 1s and 12h")
	}
	// One broker holds them all, so a shared name would make two queues one.
	seen := map[string]string{}
	for _, n := range []struct{ key, name string }{
		{"DOMAIN_EVENTS_QUEUE", q.DomainEvents}, {"DOMAIN_EVENTS_DLQ", q.DomainEventsDLQ},
		{"AUDIT_QUEUE", q.Audit}, {"JOBS_BOARD_QUEUE", q.JobsBoard},
	} {
		if other, dup := seen[n.name]; dup {
			*errs = append(*errs, fmt.Sprintf("%s and %s both name the queue %q", other, n.key, n.name))
		}
		seen[n.name] = n.key
	}
	return q
}
