package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
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
		Upstreams:        map[string]string{},
	}
	retries, err := strconv.Atoi(env("UPSTREAM_RETRIES", "2"))
	if err != nil || retries < 0 {
		errs = append(errs, "UPSTREAM_RETRIES must be a whole number, 0 or more")
	}
	c.Retries = retries

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

